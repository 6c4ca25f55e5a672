package com.creatorcompass.contracts.stream;

import java.time.Instant;

/**
 * A video's views at a fixed age and where the creator's previous videos stood at that age (lower
 * quartile, median, upper quartile); see docs/metrics.md ("Velocity"). The band and
 * {@code outlierScore} are null below the minimum sample.
 */
public record VideoVelocity(
        String creatorId,
        String videoId,
        String age,
        Instant postedAt,
        long views,
        boolean interpolated,
        boolean rounded,
        Double creatorLowerQuartile,
        Double creatorMedian,
        Double creatorUpperQuartile,
        int medianSample,
        Double outlierScore) {}
