package com.creatorcompass.contracts.observation;

import java.time.Instant;

/**
 * A profile as seen at {@code capturedAt} (event time). TikTok ids are null when the page did not
 * show them; so are {@code region} (ISO 3166-1 alpha-2, upper case) and {@code language} (ISO 639-1,
 * lower case), which TikTok shows for some accounts only. A count the page did not show is null:
 * unknown, never 0.
 */
public record ProfileObservation(
        Instant capturedAt,
        String tiktokUserId,
        String secUid,
        String nickname,
        String bio,
        boolean verified,
        Count followers,
        Count following,
        Count likes,
        Count videos,
        String region,
        String language) {

    /** A profile whose page showed no region or language. */
    public ProfileObservation(
            Instant capturedAt,
            String tiktokUserId,
            String secUid,
            String nickname,
            String bio,
            boolean verified,
            Count followers,
            Count following,
            Count likes,
            Count videos) {
        this(
                capturedAt,
                tiktokUserId,
                secUid,
                nickname,
                bio,
                verified,
                followers,
                following,
                likes,
                videos,
                null,
                null);
    }
}
