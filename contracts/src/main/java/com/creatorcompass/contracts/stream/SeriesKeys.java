package com.creatorcompass.contracts.stream;

import java.time.Instant;
import java.time.LocalDate;

/** Keys of the output tables: one row per key, the last value wins. */
public final class SeriesKeys {

    private SeriesKeys() {}

    /** A key of one owner (a creator, a hashtag) and one day: {@code owner|2026-03-01}. */
    public record OwnerDay(String owner, LocalDate day) {

        /** The key read back; an owner may itself hold '|', the day never does. */
        public static OwnerDay of(String key) {
            int split = key.lastIndexOf('|');
            if (split < 0) {
                throw new IllegalArgumentException("not an owner|day key: " + key);
            }
            return new OwnerDay(key.substring(0, split), LocalDate.parse(key.substring(split + 1)));
        }

        public String key() {
            return owner + "|" + day;
        }
    }

    public static String creatorDay(String creatorId, LocalDate day) {
        return new OwnerDay(creatorId, day).key();
    }

    public static String videoObservation(String videoId, Instant capturedAt) {
        return videoId + "|" + capturedAt;
    }

    public static String videoAge(String videoId, VelocityAge age) {
        return videoId + "|" + age.label();
    }

    public static String hashtagDay(String hashtag, LocalDate day) {
        return new OwnerDay(hashtag, day).key();
    }
}
