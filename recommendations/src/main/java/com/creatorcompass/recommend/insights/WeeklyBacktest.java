package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.metric.Medians;
import com.creatorcompass.contracts.recommend.Backtest;
import com.creatorcompass.recommend.Stats;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * How an insight held week by week over the analysis window (docs/recommendations.md, "Backtest"):
 * a week counts when it has videos of the group, and is a hit when their median beat (or, for a
 * "trails" insight, fell short of) the creator's median. Confidence: the sign test against a coin flip.
 */
final class WeeklyBacktest {

    private WeeklyBacktest() {}

    static Backtest againstMedian(
            AnalysisWindow window,
            List<VideoFact> group,
            ToDoubleFunction<VideoFact> relative,
            boolean beats,
            String phrase) {
        Map<Integer, List<Double>> weeks = group.stream()
                .collect(Collectors.groupingBy(
                        v -> window.week(v.postedAt()),
                        TreeMap::new,
                        Collectors.mapping(relative::applyAsDouble, Collectors.toList())));
        int hits = 0;
        for (List<Double> week : weeks.values()) {
            double median = Medians.of(week);
            if (beats ? median > 1 : median < 1) {
                hits++;
            }
        }
        return of(
                hits,
                weeks.size(),
                (beats ? "beat" : "trailed") + " your median in " + hits + " of the last " + weeks.size()
                        + " weeks with videos " + phrase);
    }

    static Backtest of(int hits, int weeks, String statement) {
        return new Backtest(
                weeks, hits, weeks == 0 ? 0 : (double) hits / weeks, Stats.signTestConfidence(hits, weeks), statement);
    }
}
