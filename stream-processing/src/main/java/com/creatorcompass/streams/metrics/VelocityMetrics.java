package com.creatorcompass.streams.metrics;

import com.creatorcompass.contracts.metric.Medians;
import com.creatorcompass.contracts.observation.Precision;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Views at a fixed age after posting; definitions in docs/metrics.md ("Velocity"). The value is exact
 * when an observation falls on the age, interpolated linearly between the two observations around it
 * when they are no further apart than the age itself, and unknown otherwise (never extrapolated).
 */
public final class VelocityMetrics {

    public static final int MEDIAN_WINDOW = 30;
    public static final int MEDIAN_MIN_SAMPLE = 3;

    private VelocityMetrics() {}

    public record ViewsAtAge(long views, boolean interpolated, boolean rounded) {}

    /**
     * @param atOrBefore the latest observation at or before {@code at}, or null
     * @param atOrAfter the earliest observation at or after {@code at}, or null
     */
    public static ViewsAtAge viewsAt(Instant at, Duration age, VideoPoint atOrBefore, VideoPoint atOrAfter) {
        if (atOrBefore != null && atOrBefore.capturedAt().equals(at)) {
            return new ViewsAtAge(
                    atOrBefore.views().value(), false, atOrBefore.views().precision() != Precision.EXACT);
        }
        if (atOrBefore == null || atOrAfter == null) {
            return null;
        }
        // Exact durations (nanoseconds), not cut to whole milliseconds: observations carry microseconds.
        long span = Duration.between(atOrBefore.capturedAt(), atOrAfter.capturedAt())
                .toNanos();
        if (span > age.toNanos()) {
            return null;
        }
        double fraction = (double) Duration.between(atOrBefore.capturedAt(), at).toNanos() / span;
        long before = atOrBefore.views().value();
        long views = Math.round(before + fraction * (atOrAfter.views().value() - before));
        boolean rounded = atOrBefore.views().precision() != Precision.EXACT
                || atOrAfter.views().precision() != Precision.EXACT;
        return new ViewsAtAge(views, true, rounded);
    }

    /** Where a creator's previous videos stood at an age: their lower quartile, median and upper quartile. */
    public record CreatorBand(double lowerQuartile, double median, double upperQuartile) {}

    /** The creator's band at an age from the previous videos' values; null below the minimum sample. */
    public static CreatorBand creatorBand(List<Long> previousValues) {
        return previousValues.size() < MEDIAN_MIN_SAMPLE
                ? null
                : new CreatorBand(
                        Medians.quantile(previousValues, 0.25),
                        Medians.of(previousValues),
                        Medians.quantile(previousValues, 0.75));
    }

    /** {@code views / median − 1}; null without a median or with a zero median. */
    public static Double outlierScore(long views, Double median) {
        return median == null || median == 0 ? null : views / median - 1;
    }
}
