package com.creatorcompass.app.demo;

import com.creatorcompass.standin.StandInSite;
import com.creatorcompass.standin.SyntheticWorld;
import java.io.IOException;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The demo's stand-in TikTok, in-process on loopback; everything scraped from it is labelled SIMULATION. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class StandInSiteConfiguration {

    @Bean(destroyMethod = "close")
    StandInSite standInSite(
            @Value("${compass.standin.port}") int port,
            @Value("${compass.standin.seed}") long seed,
            @Value("${compass.standin.creators-per-niche}") int perNiche)
            throws IOException {
        // Real time: the page served at t shows what the demo's recorded history says at t (one world).
        return new StandInSite(new SyntheticWorld(seed, perNiche), Instant::now, port);
    }
}
