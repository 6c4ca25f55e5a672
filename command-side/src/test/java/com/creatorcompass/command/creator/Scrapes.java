package com.creatorcompass.command.creator;

import static com.creatorcompass.contracts.observation.Count.rounded;
import static com.creatorcompass.testsupport.Observations.profileAt;
import static com.creatorcompass.testsupport.Observations.videoAt;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Instant;
import java.util.List;

/** Example scrape reports for specifications and integration tests. */
public final class Scrapes {

    private Scrapes() {}

    public static ProfileObservation profile(Instant capturedAt, long followers) {
        return profileAt(capturedAt)
                .ids("6812345678901234567", "MS4wLjABAAAA")
                .nickname("Charli")
                .bio("dance")
                .verified(true)
                .followers(followers)
                .following(1_300)
                .likes(rounded(11_600_000_000L))
                .videos(2_741)
                .build();
    }

    public static VideoObservation video(String videoId, Instant capturedAt, long views) {
        return videoAt(videoId, capturedAt)
                .postedAt(capturedAt.minusSeconds(86_400))
                .caption("new dance #fyp #Dance", List.of("#FYP", "dance", "fyp"))
                .durationSeconds(23)
                .counts(views, views / 10, views / 100, views / 1000)
                .saves(views / 500)
                .build();
    }

    public static RecordScrape scrape(String creatorId, String scrapeId, Instant capturedAt, int videos) {
        List<VideoObservation> observed = java.util.stream.IntStream.range(0, videos)
                .mapToObj(i -> video(Long.toString(7_300_000_000_000_000_000L + i), capturedAt, 10_000L * (i + 1)))
                .toList();
        return new RecordScrape(
                creatorId, scrapeId, SnapshotSource.SELENIUM, profile(capturedAt, 155_000_000L), observed);
    }
}
