package com.creatorcompass.contracts.query;

import java.time.LocalDate;

/**
 * One bucket of growth (docs/metrics.md "Growth by week and month"): the closing counts of its last
 * day with data, and the change from the close of the bucket before (null for the first one known).
 */
public record GrowthPoint(
        LocalDate periodStart,
        LocalDate closingDay,
        long followers,
        long likes,
        long videos,
        Long followersDelta,
        Long likesDelta,
        Long videosDelta,
        boolean restsOnRounded) {}
