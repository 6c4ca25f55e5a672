package com.creatorcompass.streams.topology;

import java.time.Duration;

/**
 * The thresholds of the alerts and how often the per-day aggregates are recomputed.
 *
 * @param outlierThreshold a video is an outlier at an age when {@code views / median − 1} reaches this
 * @param outlierMinSample the creator median must rest on at least this many earlier videos to alert
 * @param followerDropThreshold a fall in followers from the previous close, as a fraction, that alerts
 * @param flushInterval how often the day aggregates marked as changed are recomputed (wall clock)
 * @param mirroredEntries how many entries of each state store a creator partition keeps decoded in memory
 *     ({@link MirroredStore}); whole creators and videos beyond it are read from the store again
 */
public record StreamSettings(
        double outlierThreshold,
        int outlierMinSample,
        double followerDropThreshold,
        Duration flushInterval,
        int mirroredEntries) {

    public static StreamSettings defaults() {
        return new StreamSettings(1.0, 5, 0.02, Duration.ofMillis(250), 50_000);
    }
}
