package com.creatorcompass.contracts.observation;

import java.time.Instant;

/**
 * A profile as seen at {@code capturedAt} (event time). TikTok ids are null when the page did not
 * show them.
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
        Count videos) {
}
