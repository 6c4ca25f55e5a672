package com.creatorcompass.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.stream.CreatorGrowthDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Growth over N days covers N days: never minutes, and a base further back is scaled to the window (docs/metrics.md). */
class GrowthWindowTest {

    final TreeMap<LocalDate, ProfileClose> closes = new TreeMap<>();

    void close(String capturedAt, long followers) {
        Instant at = Instant.parse(capturedAt);
        closes.put(
                LocalDate.ofInstant(at, java.time.ZoneOffset.UTC),
                new ProfileClose(
                        at, "s-" + capturedAt, Count.exact(followers), Count.exact(followers * 5), Count.exact(10)));
    }

    CreatorGrowthDay on(String day) {
        LocalDate d = LocalDate.parse(day);
        var previous = closes.lowerEntry(d);
        return GrowthMetrics.of("c", d, closes, previous);
    }

    @Test
    void just_after_midnight_one_day_growth_rests_on_a_close_a_day_back_not_minutes_back() {
        close("2026-03-01T23:58:00Z", 1_000);
        close("2026-03-02T23:50:00Z", 1_040);
        close("2026-03-03T00:05:00Z", 1_041);

        // The 2nd's close is 15 minutes before: too recent. The 1st's, 1 day 7 minutes back, is the base:
        // 41 / 1,000 over 1,447 minutes, scaled to 1,440 → 0.041 × 1,440 / 1,447.
        assertThat(on("2026-03-03").followersGrowth1d()).isCloseTo(0.041 * 1440 / 1447, within(1e-12));
    }

    @Test
    void a_base_further_back_than_the_window_is_scaled_to_it() {
        close("2026-03-01T12:00:00Z", 1_000);
        close("2026-03-08T18:00:00Z", 1_290); // 7 days 6 hours later, +40 a day

        // 290 / 1,000 over 7.25 days, per 7 days: 0.29 × 7 / 7.25 = 0.28, the same as 280 over exactly 7 days.
        assertThat(on("2026-03-08").followersGrowth7d()).isCloseTo(0.28, within(1e-12));
    }

    @Test
    void a_steady_gainer_observed_at_any_hour_reads_the_same_seven_day_growth_every_day() {
        int[] hours = {12, 9, 15, 6, 21, 11, 14, 8, 18, 13, 10, 16, 7, 20};
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        for (int day = 0; day < hours.length; day++) {
            Instant at = start.plusSeconds(86_400L * day + 3_600L * hours[day]);
            long followers = 10_000 + Math.round(40 * (at.getEpochSecond() - start.getEpochSecond()) / 86_400.0);
            close(at.toString(), followers);
        }
        // Scaled to 7 days, the change is 40 × 7 = 280 whatever the base's hour: growth = 280 / base followers.
        // Unscaled, a
        // base 7 days and 9 hours back read 2.5 % where one exactly 7 days back read 2.7 %.
        for (int day = 9; day < hours.length; day++) {
            CreatorGrowthDay growth =
                    on(LocalDate.parse("2026-03-01").plusDays(day).toString());
            assertThat(growth.followersGrowth7d())
                    .as("day " + day)
                    .isCloseTo(280.0 / (growth.followers() - 280), within(2.5e-4));
        }
    }

    @Test
    void no_close_at_least_n_days_back_within_the_tolerance_gives_no_growth() {
        close("2026-03-01T12:00:00Z", 1_000);
        close("2026-03-02T06:00:00Z", 1_100); // only 18 hours after the 1st

        assertThat(on("2026-03-02").followersGrowth1d()).isNull();
    }

    @Test
    void a_rounded_day_only_the_trend_reads_marks_the_trend_not_the_growth() {
        // Closes on 20 days; day 5's followers were TikTok's rounded display. On day 20 the bases are
        // day 19 (1 day), day 13 (7 days) and no 28-day base: none of them is day 5. The trend's window
        // (days 1–20) holds it.
        for (int day = 1; day <= 20; day++) {
            Instant at = Instant.parse("2026-03-01T20:00:00Z").plusSeconds(86_400L * (day - 1));
            long followers = 10_000 + 40L * day;
            closes.put(
                    LocalDate.ofInstant(at, java.time.ZoneOffset.UTC),
                    new ProfileClose(
                            at,
                            "s" + day,
                            day == 5 ? Count.rounded(10_200) : Count.exact(followers),
                            Count.exact(followers * 5),
                            Count.exact(10)));
        }

        CreatorGrowthDay day20 = on("2026-03-20");
        assertThat(day20.followersGrowth7d()).isNotNull();
        assertThat(day20.growthRestsOnRounded())
                .as("no growth figure compares day 5")
                .isFalse();
        assertThat(day20.trendRestsOnRounded())
                .as("the trend is fitted through day 5")
                .isTrue();

        CreatorGrowthDay day12 = on("2026-03-12");
        assertThat(day12.growthRestsOnRounded())
                .as("day 12's 7-day base is day 5")
                .isTrue();
    }
}
