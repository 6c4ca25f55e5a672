package com.creatorcompass.contracts.observation;

/**
 * A count as observed, with its precision. Non-negativity is a command-side rule with its own rejection.
 *
 * <p>A count the page did not show is unknown: wherever an observation holds a {@code Count}, null
 * means unknown, never 0. {@link #valueOrNull} and {@link #precisionOrNull} carry that null through to a
 * nullable column or field.
 */
public record Count(long value, Precision precision) {

    public Count {
        if (precision == null) {
            throw new IllegalArgumentException("a count needs its precision");
        }
    }

    public static Count exact(long value) {
        return new Count(value, Precision.EXACT);
    }

    public static Count rounded(long value) {
        return new Count(value, Precision.ROUNDED);
    }

    /** The value of {@code count}, or null when it is unknown. */
    public static Long valueOrNull(Count count) {
        return count == null ? null : count.value();
    }

    /** The precision's name of {@code count}, or null when it is unknown. */
    public static String precisionOrNull(Count count) {
        return count == null ? null : count.precision().name();
    }

    /** Whether {@code count} is known and exact. */
    public static boolean isExact(Count count) {
        return count != null && count.precision() == Precision.EXACT;
    }
}
