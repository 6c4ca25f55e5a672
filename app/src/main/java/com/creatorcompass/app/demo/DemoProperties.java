package com.creatorcompass.app.demo;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code compass.demo.*} (what the demo tracks and records on a first start) and {@code compass.standin.*}
 * (its stand-in TikTok site). The defaults live in application.yml alone (the README's table is
 * generated from it).
 */
final class DemoProperties {

    private DemoProperties() {}

    @ConfigurationProperties("compass.demo")
    record Seed(boolean seed, Integer trackedPerNiche, Integer historyDays) {
        Seed {
            Objects.requireNonNull(trackedPerNiche, "compass.demo.tracked-per-niche is required");
            Objects.requireNonNull(historyDays, "compass.demo.history-days is required");
        }
    }

    @ConfigurationProperties("compass.standin")
    record StandIn(Integer port, Long seed, Integer creatorsPerNiche) {
        StandIn {
            Objects.requireNonNull(port, "compass.standin.port is required");
            Objects.requireNonNull(seed, "compass.standin.seed is required");
            Objects.requireNonNull(creatorsPerNiche, "compass.standin.creators-per-niche is required");
        }
    }
}
