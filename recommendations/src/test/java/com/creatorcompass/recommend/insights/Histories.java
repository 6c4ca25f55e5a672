package com.creatorcompass.recommend.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Hand-built histories. The analysis window ends at {@link #SEEN}; it starts 12 weeks earlier, on
 * Monday 2026-09-07 00:00 UTC, so week w starts on 2026-09-07 + 7w days.
 */
final class Histories {

    static final Instant SEEN = Instant.parse("2026-11-30T00:00:00Z");
    static final Instant WEEK_0 = Instant.parse("2026-09-07T00:00:00Z");

    private final List<VideoFact> videos = new ArrayList<>();
    private final TreeMap<LocalDate, Long> closes = new TreeMap<>();
    private String region;

    static Histories creator() {
        return new Histories();
    }

    Histories region(String region) {
        this.region = region;
        return this;
    }

    /** A video posted in week {@code week}, {@code day} days and {@code hour} hours into it, seen last at {@link #SEEN}. */
    Histories video(int week, int day, int hour, int seconds, long views, double engagementRate, String... hashtags) {
        Instant posted = WEEK_0.plus(Duration.ofDays(7L * week + day)).plus(Duration.ofHours(hour));
        videos.add(new VideoFact(
                "v" + videos.size(),
                posted,
                seconds,
                List.of(hashtags),
                views,
                Math.round(views * engagementRate),
                SEEN));
        return this;
    }

    Histories close(LocalDate day, long followers) {
        closes.put(day, followers);
        return this;
    }

    CreatorHistory build() {
        return new CreatorHistory("ana", region, SEEN, videos, closes);
    }
}
