package com.creatorcompass.contracts.observation;

import java.time.Instant;

/**
 * A profile as seen at {@code capturedAt} (event time). TikTok ids are null when the page did not
 * show them; so are {@code region} (ISO 3166-1 alpha-2, upper case) and {@code language} (ISO 639-1,
 * lower case), which TikTok shows for some accounts only. {@code friends} are the accounts it follows
 * that follow it back (TikTok's {@code friendCount}). A count the page did not show is null: unknown,
 * never 0.
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
        String language,
        Count friends) {

    /** A profile whose page showed no friend count. */
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
            Count videos,
            String region,
            String language) {
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
                region,
                language,
                null);
    }

    /** A profile whose page showed no region, language or friend count. */
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
                null,
                null);
    }
}
