package com.creatorcompass.streams.oracle;

import com.creatorcompass.contracts.stream.SeriesKeys.OwnerDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Keys of the state stores. They sort as strings in the order the range scans need: ISO dates and
 * zero-padded epoch milliseconds sort by time within one prefix.
 */
final class StoreKeys {

    /** Sorts after every key with the same prefix. */
    static final String END = "\uffff";

    private StoreKeys() {}

    static String day(String owner, LocalDate day) {
        return new OwnerDay(owner, day).key();
    }

    /** A {@link #day} key read back. */
    static OwnerDay dayOf(String key) {
        return OwnerDay.of(key);
    }

    static String at(String owner, Instant at) {
        return owner + "|" + String.format("%015d", at.toEpochMilli());
    }

    static String posted(String creatorId, Instant postedAt, String videoId) {
        return at(creatorId, postedAt) + "|" + videoId;
    }

    static String prefix(String owner) {
        return owner + "|";
    }

    static LocalDate utcDay(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** When the video of a {@link #posted} key was posted. */
    static Instant postedAt(String postedKey) {
        int end = postedKey.lastIndexOf('|');
        return Instant.ofEpochMilli(Long.parseLong(postedKey.substring(postedKey.lastIndexOf('|', end - 1) + 1, end)));
    }
}
