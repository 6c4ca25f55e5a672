package com.creatorcompass.recommend.features;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the feature index current with the warehouse: rebuilt when a new observation has landed
 * (checked at most once per {@code checkEvery}) and at least every {@code rebuildAtLeastEvery}, so
 * the stream jobs' later rates reach it too. Only the first request waits for a build; later
 * rebuilds run on {@code refresher} while requests go on with the index they have, so a rebuild's
 * cost (seconds at tens of thousands of creators) never lands on a request.
 */
public final class FeatureCache {

    private final FeatureSource reader;
    private final Clock clock;
    private final Duration checkEvery;
    private final Duration rebuildAtLeastEvery;
    private final Executor refresher;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Built built;

    private record Built(FeatureIndex index, String watermark, Instant builtAt, Instant checkedAt) {}

    public FeatureCache(
            FeatureSource reader, Clock clock, Duration checkEvery, Duration rebuildAtLeastEvery, Executor refresher) {
        this.reader = reader;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.rebuildAtLeastEvery = rebuildAtLeastEvery;
        this.refresher = refresher;
    }

    public FeatureIndex current() {
        Built now = built;
        if (now == null) {
            synchronized (this) {
                if (built == null) {
                    built = build(clock.instant());
                }
                return built.index();
            }
        }
        if (!clock.instant().isBefore(now.checkedAt().plus(checkEvery)) && refreshing.compareAndSet(false, true)) {
            refresher.execute(() -> {
                try {
                    refresh();
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return now.index();
    }

    /** Rebuilds when the watermark moved or the index is old; otherwise only notes the check. */
    void refresh() {
        Built now = built;
        Instant at = clock.instant();
        String mark = reader.watermark();
        built = mark.equals(now.watermark()) && at.isBefore(now.builtAt().plus(rebuildAtLeastEvery))
                ? new Built(now.index(), now.watermark(), now.builtAt(), at)
                : build(at);
    }

    private Built build(Instant at) {
        String mark = reader.watermark(); // read first: an observation landing during the read is caught next time
        return new Built(reader.read(), mark, at, at);
    }
}
