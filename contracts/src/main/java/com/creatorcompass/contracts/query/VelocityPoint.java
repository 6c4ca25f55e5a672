package com.creatorcompass.contracts.query;

/**
 * Views at one age after posting against the creator's band at that age: the lower quartile, median
 * and upper quartile of its previous videos there (docs/metrics.md "Velocity"). {@code age} is 1h, 6h,
 * 24h or 7d; the band is null below its minimum sample.
 */
public record VelocityPoint(
        String age,
        long views,
        boolean interpolated,
        boolean rounded,
        Double creatorLowerQuartile,
        Double creatorMedian,
        Double creatorUpperQuartile,
        int medianSample,
        Double outlierScore) {}
