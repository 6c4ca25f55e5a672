package com.creatorcompass.contracts.creator;

import com.creatorcompass.contracts.EventRevision;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.SnapshotSource;
import java.time.Instant;

/**
 * One observation of a profile. {@code capturedAt} is event time (when it was true),
 * {@code recordedAt} knowledge time (when we learned it). Every count carries its precision; a
 * null count is unknown (the page did not show it).
 *
 * <p>Revision 2: counts are {@link Count}s. Revision 1 (the prototype's import format) had bare
 * numbers; {@code ProfileSnapshotRecordedUpcaster} reads it as rounded counts. {@code region} and
 * {@code language} were added later within revision 2 (a compatible addition: events stored before
 * read them as null, unknown).
 */
@EventRevision("2")
public record ProfileSnapshotRecorded(
        String creatorId,
        String scrapeId,
        Instant capturedAt,
        Instant recordedAt,
        SnapshotSource source,
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
        String language)
        implements CreatorEvent, SnapshotRecorded {

    /** An observation whose page showed no region or language. */
    public ProfileSnapshotRecorded(
            String creatorId,
            String scrapeId,
            Instant capturedAt,
            Instant recordedAt,
            SnapshotSource source,
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
                creatorId,
                scrapeId,
                capturedAt,
                recordedAt,
                source,
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
