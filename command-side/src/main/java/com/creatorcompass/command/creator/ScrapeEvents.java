package com.creatorcompass.command.creator;

import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Instant;

/** The events an accepted scrape report becomes, stamped with the time we learned them. */
final class ScrapeEvents {

    private ScrapeEvents() {}

    static ProfileSnapshotRecorded profileRecorded(String creatorId, RecordScrape scrape, Instant recordedAt) {
        return new ProfileSnapshotRecorded(creatorId, scrape.scrapeId(), recordedAt, scrape.source(), scrape.profile());
    }

    static VideoSnapshotRecorded videoRecorded(
            String creatorId, RecordScrape scrape, VideoObservation video, Instant recordedAt) {
        return new VideoSnapshotRecorded(creatorId, scrape.scrapeId(), recordedAt, scrape.source(), video);
    }

    static ScrapeFailed failed(String creatorId, RecordScrapeFailure failure, Instant recordedAt) {
        return new ScrapeFailed(
                creatorId,
                failure.attemptId(),
                failure.attemptedAt(),
                recordedAt,
                failure.reason(),
                failure.detail(),
                failure.evidence());
    }
}
