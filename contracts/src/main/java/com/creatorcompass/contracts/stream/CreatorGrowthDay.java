package com.creatorcompass.contracts.stream;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One creator's growth on one UTC day; every field is defined in docs/metrics.md ("Growth").
 * Rates are fractions (0.05 = 5 %); null where the definition has no base.
 */
public record CreatorGrowthDay(
        String creatorId,
        LocalDate day,
        Instant closedAt,
        long followers,
        long likes,
        long videos,
        Integer daysSincePrevious,
        Long followersDelta,
        Long likesDelta,
        Long videosDelta,
        Double followersGrowth1d,
        Double followersGrowth7d,
        Double followersGrowth28d,
        Double likesGrowth1d,
        Double likesGrowth7d,
        Double likesGrowth28d,
        Double followersTrendPerDay,
        Long projectedFollowers30d,
        Long projectedFollowers90d,
        boolean followersRounded,
        boolean likesRounded,
        boolean videosRounded,
        boolean growthRestsOnRounded,
        boolean trendRestsOnRounded) {}
