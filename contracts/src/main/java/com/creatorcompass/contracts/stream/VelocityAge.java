package com.creatorcompass.contracts.stream;

import java.time.Duration;

/** The fixed ages after posting at which a video's views are compared with the creator's median. */
public enum VelocityAge {
    H1("1h", Duration.ofHours(1)),
    H6("6h", Duration.ofHours(6)),
    H24("24h", Duration.ofHours(24)),
    D7("7d", Duration.ofDays(7));

    private final String label;
    private final Duration age;

    VelocityAge(String label, Duration age) {
        this.label = label;
        this.age = age;
    }

    public String label() {
        return label;
    }

    public Duration age() {
        return age;
    }
}
