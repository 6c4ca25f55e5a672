package com.creatorcompass.recommend;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code compass.recommendations.*}: how fresh the feature index is kept. The defaults live in
 * application.yml alone (the README's table is generated from it).
 */
@ConfigurationProperties("compass.recommendations")
public record RecommendationsProperties(Duration checkEvery, Duration rebuildAtLeastEvery) {

    public RecommendationsProperties {
        Objects.requireNonNull(checkEvery, "compass.recommendations.check-every is required");
        Objects.requireNonNull(rebuildAtLeastEvery, "compass.recommendations.rebuild-at-least-every is required");
    }
}
