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
}
