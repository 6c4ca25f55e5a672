package com.creatorcompass.contracts.creator;

import com.creatorcompass.contracts.EventRevision;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import java.time.Instant;

/**
 * One observation of a profile, as the scrape reported it: the event adds only what the store knows
 * (whose, which scrape, when we learned it, from where), so a new field of {@link ProfileObservation}
 * needs no change here. {@code capturedAt} is event time, {@code recordedAt} knowledge time.
 *
 * <p>Revision 3: the observation nested. Revision 2 carried its fields flat, revision 1 (the
 * prototype's import format) bare numbers for counts; the upcasters read both (docs/architecture.md,
 * "Changing an event").
 */
@EventRevision("3")
public record ProfileSnapshotRecorded(
        String creatorId, String scrapeId, Instant recordedAt, SnapshotSource source, ProfileObservation observation)
        implements CreatorEvent, SnapshotRecorded, ObservationRecorded {

    @Override
    public Instant capturedAt() {
        return observation.capturedAt();
    }
}
