package com.creatorcompass.contracts.recommend;

import java.util.List;

/**
 * One recommended creator: its features (posting cadence in videos a week over the last 28 days,
 * typical length the median duration, null when unknown), its score (the weighted sum of
 * {@code components}), the topics it shares with the anchor (hashtags with '#', caption words
 * without) and the reasons in words, each resting on a number.
 */
public record SimilarCreator(
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
        Integer typicalVideoSeconds,
        double score,
        List<ScoreComponent> components,
        List<String> sharedTopics,
        List<String> reasons) {

    public SimilarCreator {
        components = List.copyOf(components);
        sharedTopics = List.copyOf(sharedTopics);
        reasons = List.copyOf(reasons);
    }
}
