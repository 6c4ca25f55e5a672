package com.creatorcompass.contracts.observation;

import com.creatorcompass.contracts.Hashtags;
import java.time.Instant;
import java.util.List;

/**
 * One post as seen at {@code capturedAt}. Hashtags in {@link Hashtags#canonical canonical form}. Duration in seconds,
 * null when unknown (and always for a photo post). A count the page did not show is null: unknown.
 */
public record VideoObservation(
        String videoId,
        Instant capturedAt,
        Instant postedAt,
        String caption,
        List<String> hashtags,
        Integer durationSeconds,
        Count views,
        Count likes,
        Count comments,
        Count shares,
        Count saves,
        PostKind kind) {

    public VideoObservation {
        hashtags = hashtags == null ? List.of() : Hashtags.canonical(hashtags);
        kind = kind == null ? PostKind.VIDEO : kind;
    }

    /** A video (not a photo post). */
    public VideoObservation(
            String videoId,
            Instant capturedAt,
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
                videoId,
                capturedAt,
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
