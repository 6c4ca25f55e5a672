package com.creatorcompass.contracts.stream;

import java.time.Instant;

/**
 * A video's views at a fixed age and the creator's median at that age; see docs/metrics.md
 * ("Velocity"). {@code creatorMedian} and {@code outlierScore} are null below the minimum sample.
 */
public record VideoVelocity(
        String creatorId,
        String videoId,
        String age,
        Instant postedAt,
        long views,
        boolean interpolated,
        boolean rounded,
        Double creatorMedian,
        int medianSample,
        Double outlierScore) {
}
