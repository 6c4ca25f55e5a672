package com.creatorcompass.streams.topology;

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

    static String at(String owner, long epochMilli) {
        return owner + "|" + padded(epochMilli);
    }

    /** A key of the posting-time index within its creator: sorts by posting time, then video. */
    static String postedWithinCreator(Instant postedAt, String videoId) {
        return padded(postedAt.toEpochMilli()) + "|" + videoId;
    }

    /** Sorts before every {@link #postedWithinCreator} key of a video posted at or after {@code at}. */
    static String postedSince(Instant at) {
        return padded(at.toEpochMilli());
    }

    /** Sorts after every {@link #postedWithinCreator} key of a video posted at or before {@code at}. */
    static String postedBy(Instant at) {
        return padded(at.toEpochMilli()) + "|" + END;
    }

    /** Epoch milliseconds zero-padded to 15 digits (years up to 33658), so that they sort as text. */
    private static String padded(long epochMilli) {
        String digits = Long.toString(epochMilli);
        return "0".repeat(Math.max(0, 15 - digits.length())) + digits;
    }

    /** The key of an owner's entry named by {@code name} (a video of a creator, an age of a video). */
    static String within(String owner, String name) {
        return prefix(owner) + name;
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

    /** When the video of a {@link #postedWithinCreator} key was posted. */
    static Instant postedAt(String postedWithinCreator) {
        return Instant.ofEpochMilli(Long.parseLong(postedWithinCreator.substring(0, postedWithinCreator.indexOf('|'))));
    }
}
