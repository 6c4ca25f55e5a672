package com.creatorcompass.contracts.creator;

import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.util.List;

/**
 * The result of one scrape: the profile and the videos seen with it, recorded together or not at
 * all. {@code scrapeId} makes retries safe: a scrape id already recorded is acknowledged and
 * ignored.
 */
public record RecordScrape(
        String creatorId,
        String scrapeId,
        SnapshotSource source,
        ProfileObservation profile,
        List<VideoObservation> videos)
        implements CreatorCommand {

    public RecordScrape {
        videos = videos == null ? List.of() : List.copyOf(videos);
    }
}
