package com.creatorcompass.streams.metrics;

import com.creatorcompass.contracts.creator.ObservationOrder;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Precision;
import java.time.Instant;

/**
 * The last profile observation of a UTC day, by {@link ObservationOrder} (the warehouse's and the API's
 * order too), so the close does not depend on arrival order. Only an observation whose
 * followers, likes and videos are all known can close a day ({@link #of}).
 */
public record ProfileClose(Instant capturedAt, String scrapeId, Count followers, Count likes, Count videos) {

    /** The close {@code event} would be, or null when a count growth needs is unknown. */
    public static ProfileClose of(ProfileSnapshotRecorded event) {
        if (event.observation().followers() == null
                || event.observation().likes() == null
                || event.observation().videos() == null) {
            return null;
        }
        return new ProfileClose(
                event.capturedAt(),
                event.scrapeId(),
                event.observation().followers(),
                event.observation().likes(),
                event.observation().videos());
    }

    public boolean supersedes(ProfileClose other) {
        return other == null || ObservationOrder.isLater(capturedAt, scrapeId, other.capturedAt, other.scrapeId);
    }

    static boolean rounded(Count count) {
        return count.precision() != Precision.EXACT;
    }
}
