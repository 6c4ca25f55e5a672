package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.metric.Medians;
import com.creatorcompass.contracts.recommend.Backtest;
import com.creatorcompass.contracts.recommend.Insight;
import com.creatorcompass.contracts.recommend.InsightKind;
import com.creatorcompass.contracts.recommend.WithheldReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Insights on groups of videos by engagement relative to the creator's median (a video's
 * engagement rate by views over the median of the videos analysed): the best posting hours,
 * weekday and length, and the hashtags that beat or trail the median.
 */
final class TraitInsights {

    /** A hashtag on more of the videos than this leaves too few without it to compare with. */
    static final double HASHTAG_MAX_SHARE = 0.9;

    static final int HASHTAGS_EACH_WAY = 3;

    private final AnalysisWindow window;
    private final List<VideoFact> analysed;
    private final double medianRate;
    private final Findings findings;

    TraitInsights(AnalysisWindow window, List<VideoFact> analysed, Findings findings) {
        this.window = window;
        this.analysed = analysed;
        this.medianRate =
                Medians.of(analysed.stream().map(VideoFact::engagementRate).toList());
        this.findings = findings;
    }

    double relative(VideoFact video) {
        return video.engagementRate() / medianRate;
    }

    /** The group with the highest median, if it clears the bar. */
    void bestGroup(Grouping grouping) {
        Map<String, List<VideoFact>> groups = analysed.stream()
                .filter(v -> grouping.group().apply(v) != null)
                .collect(Collectors.groupingBy(grouping.group(), TreeMap::new, Collectors.toList()));
        List<Map.Entry<String, List<VideoFact>>> eligible = groups.entrySet().stream()
                .filter(g -> g.getValue().size() >= Findings.MIN_GROUP)
                .toList();
        if (eligible.isEmpty()) {
            int largest = groups.values().stream().mapToInt(List::size).max().orElse(0);
            findings.withhold(
                    grouping.kind(),
                    null,
                    WithheldReason.NOT_ENOUGH_DATA,
                    "no group has " + Findings.MIN_GROUP + " videos yet (the largest has " + largest + ")",
                    largest,
                    null);
            return;
        }
        Map.Entry<String, List<VideoFact>> best = eligible.stream()
                .max(Comparator.comparingDouble((Map.Entry<String, List<VideoFact>> g) -> median(g.getValue()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow();
        double effect = median(best.getValue());
        String phrase = grouping.phrase().apply(best.getKey());
        if (effect < 1 + Findings.MIN_LIFT) {
            findings.withhold(
                    grouping.kind(),
                    best.getKey(),
                    WithheldReason.NO_EFFECT,
                    "the best group, videos " + phrase + ", got " + signed(effect - 1)
                            + " engagement against your median; an insight needs "
                            + Findings.wholePercent(Findings.MIN_LIFT),
                    best.getValue().size(),
                    null);
            return;
        }
        group(grouping.kind(), best.getKey(), phrase, best.getValue(), true);
    }

    /** Each hashtag on enough videos (but not nearly all) whose median is 10 % or more off the creator's. */
    void hashtags() {
        Map<String, List<VideoFact>> byTag = new TreeMap<>();
        analysed.forEach(v -> v.hashtags()
                .forEach(tag ->
                        byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(v)));
        List<Map.Entry<String, List<VideoFact>>> candidates = byTag.entrySet().stream()
                .filter(t -> t.getValue().size() >= Findings.MIN_GROUP
                        && t.getValue().size() < HASHTAG_MAX_SHARE * analysed.size())
                .toList();
        if (candidates.isEmpty()) {
            findings.withhold(
                    InsightKind.HASHTAG,
                    null,
                    WithheldReason.NOT_ENOUGH_DATA,
                    "no hashtag is on " + Findings.MIN_GROUP
                            + " or more of your videos without being on nearly all of them",
                    0,
                    null);
            return;
        }
        List<Map.Entry<String, List<VideoFact>>> beating = candidates.stream()
                .filter(t -> median(t.getValue()) >= 1 + Findings.MIN_LIFT)
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<VideoFact>> t) -> -median(t.getValue())))
                .limit(HASHTAGS_EACH_WAY)
                .toList();
        List<Map.Entry<String, List<VideoFact>>> trailing = candidates.stream()
                .filter(t -> median(t.getValue()) <= 1 - Findings.MIN_LIFT)
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<VideoFact>> t) -> median(t.getValue())))
                .limit(HASHTAGS_EACH_WAY)
                .toList();
        if (beating.isEmpty() && trailing.isEmpty()) {
            findings.withhold(
                    InsightKind.HASHTAG,
                    null,
                    WithheldReason.NO_EFFECT,
                    "no hashtag's videos are " + Findings.wholePercent(Findings.MIN_LIFT)
                            + " or more above or below your median",
                    candidates.size(),
                    null);
            return;
        }
        beating.forEach(t -> group(InsightKind.HASHTAG, "#" + t.getKey(), "with #" + t.getKey(), t.getValue(), true));
        trailing.forEach(t -> group(InsightKind.HASHTAG, "#" + t.getKey(), "with #" + t.getKey(), t.getValue(), false));
    }

    private void group(InsightKind kind, String subject, String phrase, List<VideoFact> videos, boolean beats) {
        double effect = median(videos);
        Backtest backtest = WeeklyBacktest.againstMedian(window, videos, this::relative, beats, phrase);
        String headline = "Videos " + phrase + " got " + Findings.wholePercent(Math.abs(effect - 1))
                + (beats ? " more" : " less") + " engagement than your median";
        List<String> evidence = List.of(
                videos.size() + " videos " + phrase + ": median engagement " + Findings.percent(effect * medianRate)
                        + " by views",
                "your median: " + Findings.percent(medianRate) + " over " + analysed.size()
                        + " videos in the last 12 weeks",
                backtest.statement());
        findings.backtested(
                new Insight(kind, subject, headline, effect, videos.size(), evidence, backtest), "videos " + phrase);
    }

    private double median(List<VideoFact> videos) {
        return Objects.requireNonNull(
                Medians.of(videos.stream().map(this::relative).toList()));
    }

    private static String signed(double fraction) {
        return (fraction >= 0 ? "+" : "\u2212") + Findings.wholePercent(Math.abs(fraction));
    }
}
