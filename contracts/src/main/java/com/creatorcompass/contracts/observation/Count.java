package com.creatorcompass.contracts.observation;

/** A count as observed, with its precision. Non-negativity is a command-side rule with its own rejection. */
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
}
