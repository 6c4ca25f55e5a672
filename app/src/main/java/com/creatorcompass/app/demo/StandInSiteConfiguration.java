package com.creatorcompass.app.demo;

import com.creatorcompass.standin.StandInSite;
import com.creatorcompass.standin.SyntheticWorld;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The demo's stand-in TikTok, in-process on loopback; everything scraped from it is labelled SIMULATION. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class StandInSiteConfiguration {

    @Bean(destroyMethod = "close")
    StandInSite standInSite(@Value("${compass.standin.port}") int port, @Value("${compass.standin.seed}") long seed,
                            @Value("${compass.standin.creators-per-niche}") int perNiche,
                            @Value("${compass.standin.speed}") double speed) throws IOException {
        // Starts a month back and fast-forwards: numbers move between scrapes, never ahead of real time.
        return new StandInSite(new SyntheticWorld(seed, perNiche), StandInSite.catchingUpClock(Duration.ofDays(30), speed), port);
    }
}
