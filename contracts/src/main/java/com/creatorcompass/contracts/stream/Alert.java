package com.creatorcompass.contracts.stream;

import java.time.Instant;

/**
 * Something a creator should look at; see docs/metrics.md ("Alerts"). {@code id} is stable, so a
 * recomputation replaces the alert instead of repeating it, and a retraction (the condition no longer
 * holds after late data) is a null value under the same id.
 */
public record Alert(
        String id,
        Kind kind,
        String creatorId,
        String videoId,
        Instant at,
        double observed,
        double reference,
        double score,
        double threshold,
        boolean restsOnRounded) {

    public enum Kind {
        VIDEO_OUTLIER,
        FOLLOWER_DROP
    }

    public static String outlierId(String videoId, VelocityAge age) {
        return "outlier|" + videoId + "|" + age.label();
    }

    public static String followerDropId(String creatorId, java.time.LocalDate day) {
        return "follower-drop|" + creatorId + "|" + day;
    }
}
