package com.creatorcompass.command.creator;

import com.creatorcompass.contracts.Hashtags;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Instant;

/** The events an accepted scrape report becomes, stamped with the time we learned them. */
final class ScrapeEvents {

    private ScrapeEvents() {}

    static ProfileSnapshotRecorded profileRecorded(String creatorId, RecordScrape scrape, Instant recordedAt) {
        ProfileObservation p = scrape.profile();
        return new ProfileSnapshotRecorded(
                creatorId,
                scrape.scrapeId(),
                p.capturedAt(),
                recordedAt,
                scrape.source(),
                p.tiktokUserId(),
                p.secUid(),
                p.nickname(),
                p.bio(),
                p.verified(),
                p.followers(),
                p.following(),
                p.likes(),
                p.videos(),
                p.region(),
                p.language());
    }

    static VideoSnapshotRecorded videoRecorded(
            String creatorId, RecordScrape scrape, VideoObservation v, Instant recordedAt) {
        return new VideoSnapshotRecorded(
                creatorId,
                scrape.scrapeId(),
                v.videoId(),
                v.capturedAt(),
                recordedAt,
                scrape.source(),
                v.postedAt(),
                v.caption(),
                Hashtags.canonical(v.hashtags()),
                v.durationSeconds(),
                v.views(),
                v.likes(),
                v.comments(),
                v.shares(),
                v.saves(),
                v.kind());
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
