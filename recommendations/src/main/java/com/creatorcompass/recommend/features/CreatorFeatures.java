package com.creatorcompass.recommend.features;

import java.util.Map;

/**
 * What the recommender knows of a tracked creator (docs/recommendations.md, "Creator features"):
 * its latest profile, the stream jobs' engagement rate (by views, median of the 30 latest videos)
 * and 28-day follower growth (null until known), and from its videos of the last 12 weeks the
 * posting cadence, typical length, term shares and topic vector.
 */
public record CreatorFeatures(
        String creatorId,
        String handle,
        String nickname,
        long followers,
        String tier,
        String region,
        String language,
        Double engagementRate,
        Double followersGrowth28d,
        double videosPerWeek,
        Integer medianDurationSeconds,
        int videosConsidered,
        Map<String, Double> termShares,
        TopicVector topics) {

    public CreatorFeatures {
        termShares = Map.copyOf(termShares);
    }

    public double share(String term) {
        return termShares.getOrDefault(term, 0.0);
    }
}
