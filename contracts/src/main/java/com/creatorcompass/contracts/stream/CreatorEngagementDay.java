package com.creatorcompass.contracts.stream;

import java.time.LocalDate;

/** One creator's engagement on one UTC day; see docs/metrics.md ("Creator engagement"). */
public record CreatorEngagementDay(
        String creatorId,
        LocalDate day,
        int videosConsidered,
        Double engagementByViewsMean,
        Double engagementByViewsMedian,
        Double engagementByFollowersMean,
        Double engagementByFollowersMedian,
        Double medianViewsLast30,
        int postsThatDay,
        boolean restsOnRounded) {}
