package com.creatorcompass.standin;

import java.time.Instant;
import java.util.List;

/** One video as the site shows it at some instant; counts exact. */
public record SyntheticVideo(
        String id,
        Instant postedAt,
        String caption,
        List<String> hashtags,
        int durationSeconds,
        long views,
        long likes,
        long comments,
        long shares,
        long saves) {

    /** Whether it is served as a photo post when the item list is in the older format ({@link Fault#OLDER_ITEM_FORMAT}). */
    public boolean photoPostInOlderFormat() {
        return Long.parseLong(id) % 3 == 0;
    }
}
