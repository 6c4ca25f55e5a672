package com.creatorcompass.streams.metrics;

import java.util.Arrays;
import java.util.Collection;

/** The median as docs/metrics.md defines it: the middle value, or the mean of the two middle values. */
public final class Medians {

    private Medians() {
    }

    public static Double of(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static Double mean(Collection<? extends Number> values) {
        return values.isEmpty() ? null : Arrays.stream(values.stream().mapToDouble(Number::doubleValue).toArray()).average().orElseThrow();
    }
}
