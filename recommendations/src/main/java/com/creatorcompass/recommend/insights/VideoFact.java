package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.metric.EngagementRate;
import java.time.Instant;
import java.util.List;

/** One of a creator's videos as last observed: what the insights read. */
public record VideoFact(
        String videoId,
        Instant postedAt,
        Integer durationSeconds,
        List<String> hashtags,
        long views,
        long interactions,
        Instant lastSeenAt) {

    public VideoFact {
        hashtags = List.copyOf(hashtags);
    }

    /** {@link EngagementRate#byViews}; only asked of videos with views. */
    public double engagementRate() {
        return EngagementRate.byViews(interactions, views);
    }
}
