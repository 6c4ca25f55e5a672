package com.creatorcompass.query.read;

import com.creatorcompass.contracts.query.Granularity;
import com.creatorcompass.contracts.query.GrowthPoint;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Growth by day, week or month (docs/metrics.md "Growth by week and month"): a bucket closes with
 * its last day that has a close; its change is that close minus the close before the bucket.
 */
final class GrowthBuckets {

    /** A daily close of {@code series.creator_growth_daily}. */
    record DailyClose(LocalDate day, long followers, long likes, long videos, boolean rounded) {}

    private GrowthBuckets() {}

    /**
     * @param before the last close before the range, or null: the first bucket's change is then unknown
     * @param closes the closes in the range, oldest first
     */
    static List<GrowthPoint> of(DailyClose before, List<DailyClose> closes, Granularity granularity) {
        List<GrowthPoint> points = new ArrayList<>();
        DailyClose previous = before;
        for (int i = 0; i < closes.size(); i++) {
            DailyClose close = closes.get(i);
            LocalDate start = start(close.day(), granularity);
            boolean lastOfBucket = i + 1 == closes.size()
                    || !start(closes.get(i + 1).day(), granularity).equals(start);
            if (lastOfBucket) {
                points.add(new GrowthPoint(
                        start,
                        close.day(),
                        close.followers(),
                        close.likes(),
                        close.videos(),
                        previous == null ? null : close.followers() - previous.followers(),
                        previous == null ? null : close.likes() - previous.likes(),
                        previous == null ? null : close.videos() - previous.videos(),
                        close.rounded() || previous != null && previous.rounded()));
                previous = close;
            }
        }
        return points;
    }

    static LocalDate start(LocalDate day, Granularity granularity) {
        return switch (granularity) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }
}
