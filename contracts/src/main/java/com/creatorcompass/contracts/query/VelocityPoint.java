package com.creatorcompass.contracts.query;

/**
 * Views at one age after posting against the creator's median at that age (docs/metrics.md
 * "Velocity"). {@code age} is 1h, 6h, 24h or 7d; the median is null below its minimum sample.
 */
public record VelocityPoint(String age, long views, boolean interpolated, boolean rounded, Double creatorMedian,
                            int medianSample, Double outlierScore) {
}
