package com.creatorcompass.contracts.observation;

import java.time.Instant;
import java.util.List;

/**
 * One post as seen at {@code capturedAt}. Hashtags without '#', lower case. Duration in seconds,
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
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
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
