package com.creatorcompass.app.demo;

import com.creatorcompass.standin.StandInSite;
import com.creatorcompass.standin.SyntheticWorld;
import java.io.IOException;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The demo's stand-in TikTok, in-process on loopback; everything scraped from it is labelled SIMULATION. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@EnableConfigurationProperties({DemoProperties.StandIn.class, DemoProperties.Seed.class})
class StandInSiteConfiguration {

    @Bean(destroyMethod = "close")
    StandInSite standInSite(DemoProperties.StandIn properties) throws IOException {
        // Real time: the page served at t shows what the demo's recorded history says at t (one world).
        return new StandInSite(
                new SyntheticWorld(properties.seed(), properties.creatorsPerNiche()), Instant::now, properties.port());
    }
}
