package com.creatorcompass.contracts.recommend;

import java.time.Instant;
import java.util.List;

/**
 * A creator's insights over the analysis window [{@code from}, {@code to}): those that passed their
 * backtest, and those withheld with the reason. Posting times are read in {@code timeZone} (the
 * creator's when its region has one time zone, else UTC).
 */
public record InsightReport(
        String handle,
        String timeZone,
        boolean timeZoneFromRegion,
        Instant from,
        Instant to,
        int videosAnalysed,
        List<Insight> insights,
        List<WithheldInsight> withheld) {

    public InsightReport {
        insights = List.copyOf(insights);
        withheld = List.copyOf(withheld);
    }
}
