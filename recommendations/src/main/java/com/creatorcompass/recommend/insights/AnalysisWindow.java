package com.creatorcompass.recommend.insights;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The 12 weeks up to a creator's latest observation, in weeks of 7 days counted back from it
 * (week 0 the oldest). The videos analysed are those posted in it, with views, and seen at least a
 * day after posting (a younger video's engagement is still settling).
 */
record AnalysisWindow(Instant from, Instant to) {

    static final int WEEKS = 12;
    static final Duration WEEK = Duration.ofDays(7);
    static final Duration SETTLED_AFTER = Duration.ofHours(24);

    static AnalysisWindow endingAt(Instant to) {
        return new AnalysisWindow(to.minus(WEEK.multipliedBy(WEEKS)), to);
    }

    boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    int week(Instant instant) {
        return (int) (Duration.between(from, instant).toSeconds() / WEEK.toSeconds());
    }

    Instant weekStart(int week) {
        return from.plus(WEEK.multipliedBy(week));
    }

    List<VideoFact> analysed(List<VideoFact> videos) {
        return videos.stream()
                .filter(v -> contains(v.postedAt())
                        && v.views() > 0
                        && !Duration.between(v.postedAt(), v.lastSeenAt())
                                .minus(SETTLED_AFTER)
                                .isNegative())
                .toList();
    }
}
