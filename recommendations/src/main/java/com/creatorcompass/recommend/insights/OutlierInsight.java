package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.metric.Medians;
import com.creatorcompass.contracts.recommend.Backtest;
import com.creatorcompass.contracts.recommend.Insight;
import com.creatorcompass.contracts.recommend.InsightKind;
import com.creatorcompass.contracts.recommend.WithheldReason;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recent outliers and what they share (docs/recommendations.md, "Outliers"): videos of the last 28
 * days with at least 3× the creator's median views; the trait (a hashtag, posting window, weekday or
 * length) on at least two thirds of them and at least 1.5× as common among them as among all the
 * videos analysed; backtested week by week on views relative to the median, trait against the rest.
 */
final class OutlierInsight {

    static final double OUTLIER_MULTIPLE = 3.0;
    static final Duration RECENT = Duration.ofDays(28);
    static final double TRAIT_SHARE = 2.0 / 3;
    static final double TRAIT_LIFT = 1.5;
    static final int OUTLIERS_LISTED = 5;

    private OutlierInsight() {}

    static void find(AnalysisWindow window, List<VideoFact> analysed, ZoneId zone, Findings findings) {
        double medianViews =
                Medians.of(analysed.stream().map(v -> (double) v.views()).toList());
        List<VideoFact> outliers = analysed.stream()
                .filter(v -> !v.postedAt().isBefore(window.to().minus(RECENT))
                        && v.views() >= OUTLIER_MULTIPLE * medianViews)
                .sorted(Comparator.comparingLong(VideoFact::views).reversed())
                .toList();
        if (outliers.isEmpty()) {
            findings.withhold(
                    InsightKind.OUTLIERS,
                    null,
                    WithheldReason.NO_EFFECT,
                    String.format(
                            Locale.ROOT,
                            "no video of the last 28 days reached 3\u00d7 your median views (%,.0f)",
                            medianViews),
                    0,
                    null);
            return;
        }
        if (outliers.size() < 2) {
            findings.withhold(
                    InsightKind.OUTLIERS,
                    null,
                    WithheldReason.NOT_ENOUGH_DATA,
                    "1 outlier in the last 28 days (" + describe(outliers.get(0), medianViews)
                            + "); seeing what outliers share needs 2",
                    1,
                    null);
            return;
        }
        Map<VideoFact, Set<String>> traits = new HashMap<>();
        List<Grouping> groupings =
                List.of(Grouping.postingHour(zone), Grouping.postingWeekday(zone), Grouping.videoLength());
        analysed.forEach(v -> traits.put(v, traits(v, groupings)));
        Map<String, Integer> amongOutliers = counts(outliers, traits);
        Map<String, Integer> amongAll = counts(analysed, traits);
        String trait = amongOutliers.entrySet().stream()
                .filter(t -> t.getValue() >= TRAIT_SHARE * outliers.size()
                        && share(t.getValue(), outliers.size())
                                >= TRAIT_LIFT * share(amongAll.get(t.getKey()), analysed.size()))
                .max(Comparator.comparingDouble((Map.Entry<String, Integer> t) ->
                                share(t.getValue(), outliers.size()) / share(amongAll.get(t.getKey()), analysed.size()))
                        .thenComparing(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(null);
        if (trait == null) {
            findings.withhold(
                    InsightKind.OUTLIERS,
                    null,
                    WithheldReason.NO_COMMON_TRAIT,
                    "your " + outliers.size()
                            + " outliers of the last 28 days share nothing more often than your other videos do",
                    outliers.size(),
                    null);
            return;
        }
        Backtest backtest = backtest(window, analysed, trait, traits, medianViews);
        List<String> evidence = new ArrayList<>();
        evidence.add(amongOutliers.get(trait) + " of " + outliers.size() + " outliers were " + trait + ", against "
                + Findings.wholePercent(share(amongAll.get(trait), analysed.size())) + " of your " + analysed.size()
                + " videos");
        outliers.stream().limit(OUTLIERS_LISTED).forEach(v -> evidence.add(describe(v, medianViews)));
        evidence.add(backtest.statement());
        double effect =
                Medians.of(outliers.stream().map(v -> v.views() / medianViews).toList());
        findings.backtested(
                new Insight(
                        InsightKind.OUTLIERS,
                        trait,
                        "Your " + outliers.size() + " outliers of the last 28 days "
                                + "(3\u00d7 your median views or more) were mostly videos " + trait,
                        effect,
                        outliers.size(),
                        evidence,
                        backtest),
                "videos " + trait + " and others");
    }

    /** Weeks with videos both with and without the trait; a hit when those with it had the higher median views. */
    private static Backtest backtest(
            AnalysisWindow window,
            List<VideoFact> analysed,
            String trait,
            Map<VideoFact, Set<String>> traits,
            double medianViews) {
        Map<Integer, List<Double>> with = new TreeMap<>();
        Map<Integer, List<Double>> without = new TreeMap<>();
        for (VideoFact v : analysed) {
            (traits.get(v).contains(trait) ? with : without)
                    .computeIfAbsent(window.week(v.postedAt()), w -> new ArrayList<>())
                    .add(v.views() / medianViews);
        }
        int weeks = 0;
        int hits = 0;
        for (Map.Entry<Integer, List<Double>> week : with.entrySet()) {
            List<Double> others = without.get(week.getKey());
            if (others != null) {
                weeks++;
                if (Medians.of(week.getValue()) > Medians.of(others)) {
                    hits++;
                }
            }
        }
        return WeeklyBacktest.of(
                hits,
                weeks,
                "videos " + trait + " out-viewed your others in " + hits + " of the last " + weeks
                        + " weeks with both");
    }

    /** What a video is, in the phrases insights use: "with #tag", "posted 18:00–21:00 (UTC)", "posted on Tuesdays", "of 15–30 s". */
    private static Set<String> traits(VideoFact video, List<Grouping> groupings) {
        Set<String> traits = new LinkedHashSet<>();
        video.hashtags().forEach(tag -> traits.add("with #" + tag));
        for (Grouping grouping : groupings) {
            String group = grouping.group().apply(video);
            if (group != null) {
                traits.add(grouping.phrase().apply(group));
            }
        }
        return traits;
    }

    private static Map<String, Integer> counts(List<VideoFact> videos, Map<VideoFact, Set<String>> traits) {
        Map<String, Integer> counts = new TreeMap<>();
        videos.forEach(v -> traits.get(v).forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts;
    }

    private static double share(int count, int of) {
        return (double) count / of;
    }

    private static String describe(VideoFact video, double medianViews) {
        return String.format(
                Locale.ROOT,
                "video %s posted %s: %,d views, %.1f\u00d7 your median",
                video.videoId(),
                video.postedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                video.views(),
                video.views() / medianViews);
    }
}
