package com.creatorcompass.recommend.insights;

import java.time.Instant;
import java.util.List;

/** One of a creator's videos as last observed: what the insights read. */
public record VideoFact(String videoId, Instant postedAt, Integer durationSeconds, List<String> hashtags, long views,
                        long interactions, Instant lastSeenAt) {

    public VideoFact {
        hashtags = List.copyOf(hashtags);
    }

    /** (likes + comments + shares) / views, docs/metrics.md; only asked of videos with views. */
    public double engagementRate() {
        return (double) interactions / views;
    }
}
