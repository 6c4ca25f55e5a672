package com.creatorcompass.contracts.query;

import java.time.LocalDate;

/** Engagement as of one day (docs/metrics.md "Engagement"): rates are fractions, null when unknown. */
public record EngagementKpis(
        LocalDate day,
        int videosConsidered,
        Double byViewsMean,
        Double byViewsMedian,
        Double byFollowersMean,
        Double byFollowersMedian,
        Double medianViewsLast30,
        int postsThatDay,
        boolean restsOnRounded) {}
