package com.creatorcompass.command.creator;

import static com.creatorcompass.contracts.observation.Count.exact;
import static com.creatorcompass.contracts.observation.Count.rounded;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Instant;
import java.util.List;

/** Example scrape reports for specifications and integration tests. */
public final class Scrapes {

    private Scrapes() {}

    public static ProfileObservation profile(Instant capturedAt, long followers) {
        return new ProfileObservation(
                capturedAt,
                "6812345678901234567",
                "MS4wLjABAAAA",
                "Charli",
                "dance",
                true,
                exact(followers),
                exact(1_300),
                rounded(11_600_000_000L),
                exact(2_741));
    }

    public static VideoObservation video(String videoId, Instant capturedAt, long views) {
        return new VideoObservation(
                videoId,
                capturedAt,
                capturedAt.minusSeconds(86_400),
                "new dance #fyp #Dance",
                List.of("#FYP", "dance", "fyp"),
                23,
                exact(views),
                exact(views / 10),
                exact(views / 100),
                exact(views / 1000),
                Count.exact(views / 500));
    }

    public static RecordScrape scrape(String creatorId, String scrapeId, Instant capturedAt, int videos) {
        List<VideoObservation> observed = java.util.stream.IntStream.range(0, videos)
                .mapToObj(i -> video(Long.toString(7_300_000_000_000_000_000L + i), capturedAt, 10_000L * (i + 1)))
                .toList();
        return new RecordScrape(
                creatorId, scrapeId, SnapshotSource.SELENIUM, profile(capturedAt, 155_000_000L), observed);
    }
}
