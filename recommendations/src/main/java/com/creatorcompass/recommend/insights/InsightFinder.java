package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.recommend.InsightKind;
import com.creatorcompass.contracts.recommend.InsightReport;
import com.creatorcompass.contracts.recommend.WithheldReason;
import java.time.ZoneId;
import java.util.List;

/** A creator's history → its insights, each backtested, and the ones withheld with the reason. */
public final class InsightFinder {

    private static final List<InsightKind> VIDEO_KINDS = List.of(
            InsightKind.POSTING_HOUR,
            InsightKind.POSTING_WEEKDAY,
            InsightKind.VIDEO_LENGTH,
            InsightKind.HASHTAG,
            InsightKind.OUTLIERS);

    private InsightFinder() {}

    public static InsightReport find(CreatorHistory history) {
        ZoneId zone = TimeZones.orUtc(history.region());
        AnalysisWindow window = AnalysisWindow.endingAt(history.lastSeenAt());
        List<VideoFact> analysed = window.analysed(history.videos());
        Findings findings = new Findings();
        if (analysed.size() < Findings.MIN_VIDEOS) {
            VIDEO_KINDS.forEach(kind -> findings.withhold(
                    kind,
                    null,
                    WithheldReason.NOT_ENOUGH_DATA,
                    analysed.size()
                            + " videos posted in the last 12 weeks and seen a day or more after posting; insights need "
                            + Findings.MIN_VIDEOS,
                    analysed.size(),
                    null));
        } else if (analysed.stream().allMatch(v -> v.interactions() == 0)) {
            VIDEO_KINDS.forEach(kind -> findings.withhold(
                    kind,
                    null,
                    WithheldReason.NO_EFFECT,
                    "none of your videos of the last 12 weeks has likes, comments or shares yet",
                    analysed.size(),
                    null));
        } else {
            TraitInsights traits = new TraitInsights(window, analysed, findings);
            traits.bestGroup(Grouping.postingHour(zone));
            traits.bestGroup(Grouping.postingWeekday(zone));
            traits.bestGroup(Grouping.videoLength());
            traits.hashtags();
            OutlierInsight.find(window, analysed, zone, findings);
        }
        CadenceInsight.find(window, history, findings);
        return new InsightReport(
                history.handle(),
                zone.getId(),
                TimeZones.of(history.region()).isPresent(),
                window.from(),
                window.to(),
                analysed.size(),
                findings.insights,
                findings.withheld);
    }
}
