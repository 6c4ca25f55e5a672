package com.creatorcompass.contracts.creator;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.SnapshotSource;
import java.time.Instant;
import java.util.List;

/** One observation of one video, made during scrape {@code scrapeId}. */
public record VideoSnapshotRecorded(
        String creatorId,
        String scrapeId,
        String videoId,
        Instant capturedAt,
        Instant recordedAt,
        SnapshotSource source,
        Instant postedAt,
        String caption,
        List<String> hashtags,
        Integer durationSeconds,
        Count views,
        Count likes,
        Count comments,
        Count shares,
        Count saves) implements CreatorEvent {

    public VideoSnapshotRecorded {
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    }
}
