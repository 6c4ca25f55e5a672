package com.creatorcompass.contracts.stream;

import java.time.Instant;
import java.time.LocalDate;

/** Keys of the output tables: one row per key, the last value wins. */
public final class SeriesKeys {

    private SeriesKeys() {
    }

    public static String creatorDay(String creatorId, LocalDate day) {
        return creatorId + "|" + day;
    }

    public static String videoObservation(String videoId, Instant capturedAt) {
        return videoId + "|" + capturedAt;
    }

    public static String videoAge(String videoId, VelocityAge age) {
        return videoId + "|" + age.label();
    }

    public static String hashtagDay(String hashtag, LocalDate day) {
        return hashtag + "|" + day;
    }
}
