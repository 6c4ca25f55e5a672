package com.creatorcompass.standin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A post of the stand-in world as it was made: what stays the same as it ages. Its counts at any
 * instant are a function of its age ({@link #at}), so a page served at t and a history recorded for
 * t show the same numbers.
 */
public record SyntheticPost(
        String id,
        Instant postedAt,
        String caption,
        List<String> hashtags,
        int durationSeconds,
        double reach,
        double likeRate) {

    public SyntheticPost {
        hashtags = List.copyOf(hashtags);
    }

    /** The post with its counts at {@code at}: views follow a saturating curve of its age, the rest are fractions of views. */
    public SyntheticVideo at(Instant at) {
        double ageHours = Math.max(0, Duration.between(postedAt, at).toSeconds() / 3600.0);
        long views = Math.round(reach * (1 - Math.exp(-ageHours / 36.0)));
        return new SyntheticVideo(
                id,
                postedAt,
                caption,
                hashtags,
                durationSeconds,
                views,
                Math.round(views * likeRate),
                Math.round(views * 0.004),
                Math.round(views * 0.002),
                Math.round(views * 0.006));
    }
}
