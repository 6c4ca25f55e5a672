package com.creatorcompass.contracts.observation;

import java.time.Instant;
import java.util.List;

/**
 * One video as seen at {@code capturedAt}. Hashtags without '#', lower case. Duration in seconds,
 * null when unknown.
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
        Count saves) {

    public VideoObservation {
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    }
}
