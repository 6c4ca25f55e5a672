package com.creatorcompass.contracts.creator;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.SnapshotSource;
import java.time.Instant;
import java.util.List;

/**
 * One observation of one post, made during scrape {@code scrapeId}. A null count is unknown (the
 * page did not show it). {@code kind} was added later (a compatible addition: events stored before
 * it are videos).
 */
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
        Count saves,
        PostKind kind)
        implements CreatorEvent, SnapshotRecorded {

    public VideoSnapshotRecorded {
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        kind = kind == null ? PostKind.VIDEO : kind;
    }

    /** An observation of a video (not a photo post). */
    public VideoSnapshotRecorded(
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
            Count saves) {
        this(
                creatorId,
                scrapeId,
                videoId,
                capturedAt,
                recordedAt,
                source,
                postedAt,
                caption,
                hashtags,
                durationSeconds,
                views,
                likes,
                comments,
                shares,
                saves,
                PostKind.VIDEO);
    }
}
