package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.metric.Medians;
import com.creatorcompass.contracts.recommend.Backtest;
import com.creatorcompass.contracts.recommend.Insight;
import com.creatorcompass.contracts.recommend.InsightKind;
import com.creatorcompass.contracts.recommend.WithheldReason;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Posting cadence against growth (docs/recommendations.md, "Cadence"): per week of the window, the
 * videos posted and the follower growth (the close ending the week over the close ending the week
 * before, each the latest daily close at most 3 days before its day, compounded to 7 days when the
 * two closes are more or fewer days apart, so scrapes' timing is not read as growth); weeks split at the median
 * number of posts; the insight compares the median growth of the busier weeks with the rest. Its
 * effect is that difference (a fraction per week); its backtest counts the weeks on its side.
 */
final class CadenceInsight {

    static final int MIN_WEEKS = 6;
    static final int CLOSE_AT_MOST_DAYS_BEFORE = 3;
    /** Weekly growth this close (0.1 percentage point) is no difference. */
    static final double MIN_DIFFERENCE = 0.001;

    private CadenceInsight() {}

    record Week(int posts, double growth) {}

    static void find(AnalysisWindow window, CreatorHistory history, Findings findings) {
        List<Week> weeks = weeks(window, history);
        if (weeks.size() < MIN_WEEKS) {
            findings.withhold(
                    InsightKind.CADENCE,
                    null,
                    WithheldReason.NOT_ENOUGH_DATA,
                    "follower growth is known for " + weeks.size()
                            + " of the last 12 weeks; comparing cadence with growth needs " + MIN_WEEKS,
                    weeks.size(),
                    null);
            return;
        }
        double medianPosts =
                Medians.of(weeks.stream().map(w -> (double) w.posts()).toList());
        List<Week> busy = weeks.stream().filter(w -> w.posts() > medianPosts).toList();
        if (busy.isEmpty()) {
            busy = weeks.stream().filter(w -> w.posts() >= medianPosts).toList();
        }
        List<Week> busier = busy;
        List<Week> quieter = weeks.stream().filter(w -> !busier.contains(w)).toList();
        if (quieter.isEmpty()) {
            findings.withhold(
                    InsightKind.CADENCE,
                    null,
                    WithheldReason.NO_EFFECT,
                    "you posted " + busier.get(0).posts() + " videos every week: no change of cadence to compare",
                    weeks.size(),
                    null);
            return;
        }
        int threshold = busier.stream().mapToInt(Week::posts).min().orElseThrow();
        double busyGrowth = Medians.of(busier.stream().map(Week::growth).toList());
        double quietGrowth = Medians.of(quieter.stream().map(Week::growth).toList());
        double difference = busyGrowth - quietGrowth;
        String subject = threshold + "+ posts a week";
        String comparison = "weeks with " + threshold + " or more posts grew followers by " + signed(busyGrowth)
                + " (median), weeks with fewer by " + signed(quietGrowth);
        if (Math.abs(difference) < MIN_DIFFERENCE) {
            findings.withhold(
                    InsightKind.CADENCE,
                    subject,
                    WithheldReason.NO_EFFECT,
                    comparison + ": no real difference",
                    weeks.size(),
                    null);
            return;
        }
        double medianGrowth = Medians.of(weeks.stream().map(Week::growth).toList());
        boolean moreIsFaster = difference > 0;
        int hits = (int) weeks.stream()
                .filter(w -> (busier.contains(w) == (w.growth() >= medianGrowth)) == moreIsFaster)
                .count();
        Backtest backtest = WeeklyBacktest.of(
                hits,
                weeks.size(),
                "held in " + hits + " of the last " + weeks.size() + " weeks: "
                        + (moreIsFaster
                                ? "busier weeks grew faster, quieter weeks slower"
                                : "busier weeks grew slower, quieter weeks faster"));
        String headline =
                "Weeks with " + threshold + " or more posts grew followers " + (moreIsFaster ? "faster" : "slower")
                        + ": " + signed(busyGrowth) + " against " + signed(quietGrowth) + " a week";
        findings.backtested(
                new Insight(
                        InsightKind.CADENCE,
                        subject,
                        headline,
                        difference,
                        weeks.size(),
                        List.of(
                                comparison,
                                busier.size() + " busier and " + quieter.size() + " quieter weeks",
                                backtest.statement()),
                        backtest),
                "follower growth");
    }

    static List<Week> weeks(AnalysisWindow window, CreatorHistory history) {
        NavigableMap<LocalDate, Long> closes = history.followerCloses();
        List<Week> weeks = new ArrayList<>();
        for (int week = 0; week < AnalysisWindow.WEEKS; week++) {
            LocalDate first = window.weekStart(week).atOffset(ZoneOffset.UTC).toLocalDate();
            Map.Entry<LocalDate, Long> before = close(closes, first.minusDays(1));
            Map.Entry<LocalDate, Long> after = close(closes, first.plusDays(6));
            if (before != null
                    && after != null
                    && before.getValue() > 0
                    && after.getKey().isAfter(before.getKey())) {
                int w = week;
                int posts = (int) history.videos().stream()
                        .filter(v -> window.contains(v.postedAt()) && window.week(v.postedAt()) == w)
                        .count();
                double days = ChronoUnit.DAYS.between(before.getKey(), after.getKey());
                weeks.add(new Week(posts, Math.pow((double) after.getValue() / before.getValue(), 7 / days) - 1));
            }
        }
        return weeks;
    }

    private static Map.Entry<LocalDate, Long> close(NavigableMap<LocalDate, Long> closes, LocalDate day) {
        Map.Entry<LocalDate, Long> close = closes.floorEntry(day);
        return close == null || close.getKey().isBefore(day.minusDays(CLOSE_AT_MOST_DAYS_BEFORE)) ? null : close;
    }

    private static String signed(double fraction) {
        return String.format(Locale.ROOT, "%s%.2f %%", fraction >= 0 ? "+" : "\u2212", Math.abs(fraction) * 100);
    }
}
