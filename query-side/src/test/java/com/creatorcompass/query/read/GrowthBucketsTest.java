package com.creatorcompass.query.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.query.Granularity;
import com.creatorcompass.contracts.query.GrowthPoint;
import com.creatorcompass.query.read.GrowthBuckets.DailyClose;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/metrics.md "Growth by week and month", its worked example. */
class GrowthBucketsTest {

    static final DailyClose BEFORE = close("2026-10-30", 900, false); // Friday, the week before
    static final List<DailyClose> CLOSES = List.of(
            close("2026-11-02", 1_000, false), // Monday
            close("2026-11-04", 1_060, true), // Wednesday, rounded
            close("2026-11-09", 1_200, false), // next Monday
            close("2026-12-01", 1_500, false));

    @Test
    void by_day_every_close_is_a_point_and_changes_chain() {
        List<GrowthPoint> days = GrowthBuckets.of(BEFORE, CLOSES, Granularity.DAY);
        assertThat(days).extracting(GrowthPoint::followersDelta).containsExactly(100L, 60L, 140L, 300L);
        assertThat(days).extracting(GrowthPoint::restsOnRounded).containsExactly(false, true, true, false);
    }

    @Test
    void by_week_the_last_close_of_each_iso_week_against_the_close_before_it() {
        List<GrowthPoint> weeks = GrowthBuckets.of(BEFORE, CLOSES, Granularity.WEEK);
        assertThat(weeks)
                .extracting(GrowthPoint::periodStart)
                .containsExactly(
                        LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-30"));
        assertThat(weeks)
                .extracting(GrowthPoint::closingDay)
                .containsExactly(
                        LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-09"), LocalDate.parse("2026-12-01"));
        // 1,060 - 900; 1,200 - 1,060; 1,500 - 1,200
        assertThat(weeks).extracting(GrowthPoint::followersDelta).containsExactly(160L, 140L, 300L);
        assertThat(weeks).extracting(GrowthPoint::restsOnRounded).containsExactly(true, true, false);
    }

    @Test
    void by_month_the_first_change_is_against_the_last_close_before_the_month() {
        List<GrowthPoint> months = GrowthBuckets.of(BEFORE, CLOSES, Granularity.MONTH);
        assertThat(months)
                .extracting(GrowthPoint::closingDay)
                .containsExactly(LocalDate.parse("2026-11-09"), LocalDate.parse("2026-12-01"));
        // 1,200 - 900; 1,500 - 1,200
        assertThat(months).extracting(GrowthPoint::followersDelta).containsExactly(300L, 300L);
    }

    @Test
    void by_month_without_a_close_before_the_first_change_is_unknown() {
        List<GrowthPoint> months = GrowthBuckets.of(null, CLOSES, Granularity.MONTH);
        assertThat(months).extracting(GrowthPoint::followers).containsExactly(1_200L, 1_500L);
        assertThat(months).extracting(GrowthPoint::followersDelta).containsExactly(null, 300L);
        assertThat(GrowthBuckets.of(null, List.of(), Granularity.MONTH)).isEmpty();
    }

    private static DailyClose close(String day, long followers, boolean rounded) {
        return new DailyClose(LocalDate.parse(day), followers, followers * 10, 5, rounded);
    }
}
