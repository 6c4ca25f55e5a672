package com.creatorcompass.contracts.query;

/**
 * A hashtag over a range of days (docs/metrics.md "Hashtag trends"): the sum of its daily video
 * posts and views, the most creators it had on one day, and the median of its daily engagement medians.
 */
public record HashtagTrend(
        String hashtag,
        int days,
        long videos,
        int peakCreators,
        long views,
        Double medianEngagementRate,
        boolean restsOnRounded) {}
