package com.creatorcompass.recommend.features;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the feature index current with the warehouse: rebuilt when a new observation has landed
 * (checked at most once per {@code checkEvery}) and at least every {@code rebuildAtLeastEvery}, so
 * the stream jobs' later rates reach it too. Requests in between share one index.
 */
public final class FeatureCache {

    private final FeatureReader reader;
    private final Clock clock;
    private final Duration checkEvery;
    private final Duration rebuildAtLeastEvery;
    private FeatureIndex index;
    private String watermark;
    private Instant builtAt;
    private Instant checkedAt;

    public FeatureCache(FeatureReader reader, Clock clock, Duration checkEvery, Duration rebuildAtLeastEvery) {
        this.reader = reader;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.rebuildAtLeastEvery = rebuildAtLeastEvery;
    }

    public synchronized FeatureIndex current() {
        Instant now = clock.instant();
        if (index != null && now.isBefore(checkedAt.plus(checkEvery))) {
            return index;
        }
        checkedAt = now;
        String mark = reader.watermark();
        if (index == null || !mark.equals(watermark) || !now.isBefore(builtAt.plus(rebuildAtLeastEvery))) {
            index = reader.read();
            watermark = mark;
            builtAt = now;
        }
        return index;
    }
}
