package com.creatorcompass.contracts.metric;

/**
 * A post's engagement rate by views (docs/metrics.md): its interactions — likes + comments + shares,
 * saves not counted — over its views. The stream jobs, the recommender and the API (for the browser)
 * all compute it here.
 */
public final class EngagementRate {

    private EngagementRate() {}

    /** likes + comments + shares. */
    public static long interactions(long likes, long comments, long shares) {
        return likes + comments + shares;
    }

    /** {@code interactions / views}; null for a post without views (a rate of nothing is not 0). */
    public static Double byViews(long interactions, long views) {
        return views <= 0 ? null : (double) interactions / views;
    }

    /** The rate of a post whose counts may be unknown (null): null unless views, likes, comments and shares are known. */
    public static Double byViews(Long views, Long likes, Long comments, Long shares) {
        if (views == null || likes == null || comments == null || shares == null) {
            return null;
        }
        return byViews(interactions(likes, comments, shares), views);
    }
}
