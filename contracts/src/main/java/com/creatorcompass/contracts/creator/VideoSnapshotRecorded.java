package com.creatorcompass.contracts.creator;

import com.creatorcompass.contracts.EventRevision;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.time.Instant;

/**
 * One observation of one post, made during scrape {@code scrapeId}: the event adds only what the store
 * knows, so a new field of {@link VideoObservation} needs no change here.
 *
 * <p>Revision 2: the observation nested. Revision 1 carried its fields flat; the upcaster reads it.
 */
@EventRevision("2")
public record VideoSnapshotRecorded(
        String creatorId, String scrapeId, Instant recordedAt, SnapshotSource source, VideoObservation observation)
        implements CreatorEvent, SnapshotRecorded, ObservationRecorded {

    @Override
    public Instant capturedAt() {
        return observation.capturedAt();
    }
}
