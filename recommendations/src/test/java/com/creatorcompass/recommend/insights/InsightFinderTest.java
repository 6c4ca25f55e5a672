package com.creatorcompass.recommend.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creatorcompass.contracts.recommend.Insight;
import com.creatorcompass.contracts.recommend.InsightKind;
import com.creatorcompass.contracts.recommend.InsightReport;
import com.creatorcompass.contracts.recommend.WithheldInsight;
import com.creatorcompass.contracts.recommend.WithheldReason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each insight type on a history whose answer is known, including the cases with too little to go on. */
class InsightFinderTest {

    /**
     * 12 weeks x 3 videos, 1,000 views each: two at 09:00 with engagement 6 %, one at 19:00 with 12 %
     * (on day 0, 2 or 4 of the week in turn, so no weekday stands out). Median 6 %: the evening ones
     * are at 2.0x, every week.
     */
    static Histories eveningPoster(int eveningHour) {
        Histories history = Histories.creator();
        for (int week = 0; week < 12; week++) {
            int eveningDay = week % 3 * 2;
            for (int day = 0; day <= 4; day += 2) {
                boolean evening = day == eveningDay;
                history.video(week, day, evening ? eveningHour : 9, 20, 1_000, evening ? 0.12 : 0.06, "fyp");
            }
        }
        return history;
    }

    @Test
    void the_best_posting_window_is_shown_with_its_evidence_and_backtest() {
        InsightReport report = InsightFinder.find(eveningPoster(19).build());
        assertThat(report.timeZone()).isEqualTo("UTC");
        assertThat(report.videosAnalysed()).isEqualTo(36);
        Insight hour = only(report, InsightKind.POSTING_HOUR);
        assertThat(hour.subject()).isEqualTo("18:00\u201321:00");
        assertThat(hour.effect()).isCloseTo(2.0, within(1e-12));
        assertThat(hour.sampleSize()).isEqualTo(12);
        assertThat(hour.headline())
                .isEqualTo("Videos posted 18:00\u201321:00 (UTC) got 100 % more engagement than your median");
        assertThat(hour.evidence())
                .containsExactly(
                        "12 videos posted 18:00\u201321:00 (UTC): median engagement 12.0 % by views",
                        "your median: 6.0 % over 36 videos in the last 12 weeks",
                        "beat your median in 12 of the last 12 weeks with videos posted 18:00\u201321:00 (UTC)");
        assertThat(hour.backtest().hits()).isEqualTo(12);
        assertThat(hour.backtest().confidence()).isCloseTo(1 - 1.0 / 4096, within(1e-12));
        // Each weekday has 12 videos, 4 of them evening ones: every weekday's median is yours.
        assertThat(withheld(report, InsightKind.POSTING_WEEKDAY).reason()).isEqualTo(WithheldReason.NO_EFFECT);
        // One length (20 s), so no group differs.
        assertThat(withheld(report, InsightKind.VIDEO_LENGTH).reason()).isEqualTo(WithheldReason.NO_EFFECT);
        // #fyp is on every video: nothing to compare with.
        assertThat(withheld(report, InsightKind.HASHTAG).reason()).isEqualTo(WithheldReason.NOT_ENOUGH_DATA);
        assertThat(withheld(report, InsightKind.OUTLIERS).reason()).isEqualTo(WithheldReason.NO_EFFECT);
        assertThat(withheld(report, InsightKind.CADENCE).reason()).isEqualTo(WithheldReason.NOT_ENOUGH_DATA);
    }

    @Test
    void posting_hours_are_read_in_the_creators_time_zone_when_its_region_has_one() {
        // 17:00 UTC is 19:00 in Berlin in summer time (to 25 October) and 18:00 after: 18:00-21:00 local either way.
        InsightReport berlin = InsightFinder.find(eveningPoster(17).region("DE").build());
        assertThat(berlin.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(berlin.timeZoneFromRegion()).isTrue();
        assertThat(only(berlin, InsightKind.POSTING_HOUR).subject()).isEqualTo("18:00\u201321:00");
        // The US spans several zones: UTC, where 17:00 is in 15:00-18:00.
        InsightReport us = InsightFinder.find(eveningPoster(17).region("US").build());
        assertThat(us.timeZone()).isEqualTo("UTC");
        assertThat(us.timeZoneFromRegion()).isFalse();
        assertThat(only(us, InsightKind.POSTING_HOUR).subject()).isEqualTo("15:00\u201318:00");
    }

    @Test
    void hashtags_that_beat_or_trail_the_median_are_shown_and_one_that_held_only_7_weeks_of_12_is_withheld() {
        // Each week: #reading at 9 %, #haul at 4 %, a plain video at 6 %, and #maybe at 9 % in weeks 0-6 but 5.5 %
        // after.
        // Sorted, the 48 rates are 12 x 4 %, 5 x 5.5 %, 12 x 6 %, 19 x 9 %: the median is 6 %.
        Histories history = Histories.creator();
        for (int week = 0; week < 12; week++) {
            history.video(week, 0, 10, 20, 1_000, 0.09, "reading", "fyp")
                    .video(week, 1, 10, 20, 1_000, 0.04, "haul", "fyp")
                    .video(week, 2, 10, 20, 1_000, 0.06, "fyp")
                    .video(week, 3, 10, 20, 1_000, week < 7 ? 0.09 : 0.055, "maybe", "fyp");
        }
        InsightReport report = InsightFinder.find(history.build());
        List<Insight> hashtags = report.insights().stream()
                .filter(i -> i.kind() == InsightKind.HASHTAG)
                .toList();
        assertThat(hashtags).extracting(Insight::subject).containsExactly("#reading", "#haul");
        assertThat(hashtags.get(0).effect()).isCloseTo(1.5, within(1e-12));
        assertThat(hashtags.get(0).headline())
                .isEqualTo("Videos with #reading got 50 % more engagement than your median");
        assertThat(hashtags.get(1).effect()).isCloseTo(0.04 / 0.06, within(1e-12));
        assertThat(hashtags.get(1).headline()).isEqualTo("Videos with #haul got 33 % less engagement than your median");
        assertThat(hashtags.get(1).backtest().statement())
                .isEqualTo("trailed your median in 12 of the last 12 weeks with videos with #haul");
        WithheldInsight maybe = report.withheld().stream()
                .filter(w -> "#maybe".equals(w.subject()))
                .findFirst()
                .orElseThrow();
        assertThat(maybe.reason()).isEqualTo(WithheldReason.DID_NOT_HOLD);
        assertThat(maybe.backtest().hits()).isEqualTo(7);
        assertThat(maybe.backtest().confidence()).isCloseTo(1 - 1586.0 / 4096, within(1e-12));
        assertThat(maybe.detail())
                .isEqualTo("beat your median in 7 of the last 12 weeks with videos with #maybe: confidence 0.61, "
                        + "an insight needs 0.90");
    }

    @Test
    void a_length_bucket_seen_in_too_few_weeks_is_not_backtested_into_advice() {
        // 20 videos of 45 s at 5 % over the 12 weeks; 5 of 20 s at 10 %, all in weeks 10 and 11.
        Histories history = Histories.creator();
        for (int i = 0; i < 20; i++) {
            history.video(i % 12, i % 5, 10, 45, 1_000, 0.05, "fyp");
        }
        for (int i = 0; i < 5; i++) {
            history.video(10 + i % 2, i, 10, 20, 1_000, 0.10, "fyp");
        }
        WithheldInsight length = withheld(InsightFinder.find(history.build()), InsightKind.VIDEO_LENGTH);
        assertThat(length.subject()).isEqualTo("15\u201330 s");
        assertThat(length.reason()).isEqualTo(WithheldReason.NOT_ENOUGH_DATA);
        assertThat(length.detail())
                .isEqualTo("only 2 of the last 12 weeks had videos of 15\u201330 s; a backtest needs 4");
    }

    @Test
    void the_best_length_bucket_when_it_holds() {
        // Every week: two 45 s videos at 5 %, one 20 s video at 8 % -> 15-30 s at 1.6x, 12 weeks of 12.
        Histories history = Histories.creator();
        for (int week = 0; week < 12; week++) {
            history.video(week, 0, 10, 45, 1_000, 0.05)
                    .video(week, 2, 10, 45, 1_000, 0.05)
                    .video(week, 4, 10, 20, 1_000, 0.08);
        }
        Insight length = only(InsightFinder.find(history.build()), InsightKind.VIDEO_LENGTH);
        assertThat(length.subject()).isEqualTo("15\u201330 s");
        assertThat(length.effect()).isCloseTo(1.6, within(1e-12));
    }

    @Test
    void recent_outliers_and_what_they_share() {
        // 24 videos of 1,000 views in weeks 0-11; #collab on 3 older ones with 2,500 views (weeks 1, 3, 5) and on
        // 3 of the last 28 days with 5,000 (weeks 8, 9, 10). Median views 1,000: the recent three are outliers (>=
        // 3,000).
        Histories history = Histories.creator();
        for (int i = 0; i < 24; i++) {
            history.video(i % 12, i % 3, 10, 20, 1_000, 0.05, "fyp");
        }
        history.video(1, 3, 10, 20, 2_500, 0.05, "collab", "fyp")
                .video(3, 4, 10, 20, 2_500, 0.05, "collab", "fyp")
                .video(5, 5, 10, 20, 2_500, 0.05, "collab", "fyp");
        history.video(9, 3, 10, 20, 5_000, 0.05, "collab", "fyp")
                .video(10, 4, 10, 20, 5_000, 0.05, "collab", "fyp")
                .video(11, 5, 10, 20, 5_000, 0.05, "collab", "fyp");
        InsightReport report = InsightFinder.find(history.build());
        Insight outliers = only(report, InsightKind.OUTLIERS);
        assertThat(outliers.subject()).isEqualTo("with #collab");
        assertThat(outliers.sampleSize()).isEqualTo(3);
        assertThat(outliers.effect()).isCloseTo(5.0, within(1e-12));
        assertThat(outliers.evidence().get(0))
                .isEqualTo("3 of 3 outliers were with #collab, against 20 % of your 30 videos");
        // Six weeks have #collab videos and others; in each the #collab ones had more views.
        assertThat(outliers.backtest().weeks()).isEqualTo(6);
        assertThat(outliers.backtest().hits()).isEqualTo(6);
    }

    @Test
    void busier_weeks_growing_faster_is_a_cadence_insight() {
        // Even weeks: 5 posts and +2 % followers; odd weeks: 1 post and +0.5 %. Closes on each week's last day.
        Histories history = Histories.creator();
        double followers = 100_000;
        history.close(LocalDate.parse("2026-09-06"), 100_000);
        for (int week = 0; week < 12; week++) {
            int posts = week % 2 == 0 ? 5 : 1;
            for (int p = 0; p < posts; p++) {
                history.video(week, p, 10, 20, 1_000, 0.05, "fyp");
            }
            followers *= week % 2 == 0 ? 1.02 : 1.005;
            history.close(LocalDate.parse("2026-09-13").plusDays(7L * week), Math.round(followers));
        }
        Insight cadence = only(InsightFinder.find(history.build()), InsightKind.CADENCE);
        assertThat(cadence.subject()).isEqualTo("5+ posts a week");
        assertThat(cadence.effect()).isCloseTo(0.015, within(1e-4));
        assertThat(cadence.backtest().hits()).isEqualTo(12);
        assertThat(cadence.headline())
                .isEqualTo("Weeks with 5 or more posts grew followers faster: +2.00 % against +0.50 % a week");
    }

    @Test
    void growth_unrelated_to_cadence_is_no_insight() {
        // Followers +1 % every week whatever the posts.
        Histories history = Histories.creator();
        double followers = 100_000;
        history.close(LocalDate.parse("2026-09-06"), 100_000);
        for (int week = 0; week < 12; week++) {
            for (int p = 0; p < 1 + week % 3; p++) {
                history.video(week, p, 10, 20, 1_000, 0.05, "fyp");
            }
            followers *= 1.01;
            history.close(LocalDate.parse("2026-09-13").plusDays(7L * week), Math.round(followers));
        }
        assertThat(withheld(InsightFinder.find(history.build()), InsightKind.CADENCE)
                        .reason())
                .isEqualTo(WithheldReason.NO_EFFECT);
    }

    @Test
    void closes_days_apart_at_a_steady_daily_rate_are_steady_weekly_growth() {
        // A scrape every 4 days, followers +0.3 % a day: a week's two closes are 4 to 10 days apart, yet its growth is
        // (1.003^d)^(7/d) - 1 = the same every week; the busier weeks (3 posts, every other week) grow no faster.
        Histories history = Histories.creator();
        for (int day = -4; day <= 84; day += 4) {
            history.close(
                    LocalDate.parse("2026-09-07").plusDays(day), Math.round(1_000_000 * Math.pow(1.003, day + 4)));
        }
        for (int week = 0; week < 12; week++) {
            for (int p = 0; p < (week % 2 == 0 ? 3 : 1); p++) {
                history.video(week, p, 10, 20, 1_000, 0.05, "fyp");
            }
        }
        WithheldInsight cadence = withheld(InsightFinder.find(history.build()), InsightKind.CADENCE);
        assertThat(cadence.reason()).isEqualTo(WithheldReason.NO_EFFECT);
        assertThat(cadence.detail())
                .isEqualTo("weeks with 3 or more posts grew followers by +2.12 % (median), weeks with fewer by "
                        + "+2.12 %: no real difference");
    }

    @Test
    void too_few_videos_withholds_every_video_insight_and_says_how_many_there_were() {
        Histories history = Histories.creator();
        for (int i = 0; i < 19; i++) {
            history.video(i % 12, 0, 19, 20, 1_000, 0.12);
        }
        history.video(11, 6, 20, 20, 1_000, 0.12); // posted 4 hours before it was last seen: not settled, not analysed
        InsightReport report = InsightFinder.find(history.build());
        assertThat(report.insights()).isEmpty();
        assertThat(report.videosAnalysed()).isEqualTo(19);
        assertThat(report.withheld())
                .extracting(WithheldInsight::kind)
                .containsExactly(
                        InsightKind.POSTING_HOUR,
                        InsightKind.POSTING_WEEKDAY,
                        InsightKind.VIDEO_LENGTH,
                        InsightKind.HASHTAG,
                        InsightKind.OUTLIERS,
                        InsightKind.CADENCE);
        assertThat(report.withheld()).allSatisfy(w -> assertThat(w.reason()).isEqualTo(WithheldReason.NOT_ENOUGH_DATA));
        assertThat(report.withheld().get(0).detail())
                .isEqualTo(
                        "19 videos posted in the last 12 weeks and seen a day or more after posting; insights need 20");
    }

    private static Insight only(InsightReport report, InsightKind kind) {
        List<Insight> found =
                report.insights().stream().filter(i -> i.kind() == kind).toList();
        assertThat(found).as("%s insights in %s", kind, report.withheld()).hasSize(1);
        return found.get(0);
    }

    private static WithheldInsight withheld(InsightReport report, InsightKind kind) {
        List<WithheldInsight> found =
                report.withheld().stream().filter(w -> w.kind() == kind).toList();
        assertThat(found)
                .as("%s withheld in %s / shown %s", kind, report.withheld(), report.insights())
                .hasSize(1);
        return found.get(0);
    }
}
