package com.creatorcompass.contracts.metric;

import java.util.Arrays;
import java.util.Collection;

/**
 * Medians and quartiles as docs/metrics.md defines them: the q-quantile of n sorted values lies at
 * position q·(n − 1), interpolated linearly between the two values around it, so the median is the
 * middle value or the mean of the two middle values.
 */
public final class Medians {

    private Medians() {}

    public static Double of(Collection<? extends Number> values) {
        return quantile(values, 0.5);
    }

    /** The {@code q}-quantile (0 ≤ q ≤ 1); null for no values. */
    public static Double quantile(Collection<? extends Number> values, double q) {
        if (q < 0 || q > 1) {
            throw new IllegalArgumentException("a quantile lies in [0, 1]: " + q);
        }
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted =
                values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public static Double mean(Collection<? extends Number> values) {
        return values.isEmpty()
                ? null
                : Arrays.stream(values.stream().mapToDouble(Number::doubleValue).toArray())
                        .average()
                        .orElseThrow();
    }
}
