package com.creatorcompass.contracts.query;

import java.time.LocalDate;

/**
 * Growth as of one day (docs/metrics.md "Growth"): rates are fractions (0.05 = +5 %), null when unknown.
 * {@code restsOnRounded}: a growth figure compares rounded counts; {@code trendRestsOnRounded}: the
 * trend and projections are fitted through rounded counts.
 */
public record GrowthKpis(
        LocalDate day,
        Double followersGrowth1d,
        Double followersGrowth7d,
        Double followersGrowth28d,
        Double likesGrowth1d,
        Double likesGrowth7d,
        Double likesGrowth28d,
        Double followersTrendPerDay,
        Long projectedFollowers30d,
        Long projectedFollowers90d,
        boolean restsOnRounded,
        boolean trendRestsOnRounded) {}
