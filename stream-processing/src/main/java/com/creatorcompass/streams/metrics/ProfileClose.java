package com.creatorcompass.streams.metrics;

import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Precision;
import java.time.Instant;

/**
 * The last profile observation of a UTC day: the one with the latest {@code capturedAt}, ties broken
 * by the greater event id, so the close does not depend on arrival order. Only an observation whose
 * followers, likes and videos are all known can close a day ({@link #of}).
 */
public record ProfileClose(Instant capturedAt, String eventId, Count followers, Count likes, Count videos) {

    /** The close {@code event} would be, or null when a count growth needs is unknown. */
    public static ProfileClose of(ProfileSnapshotRecorded event, String eventId) {
        if (event.followers() == null || event.likes() == null || event.videos() == null) {
            return null;
        }
        return new ProfileClose(event.capturedAt(), eventId, event.followers(), event.likes(), event.videos());
    }

    public boolean supersedes(ProfileClose other) {
        if (other == null) {
            return true;
        }
        int byTime = capturedAt.compareTo(other.capturedAt);
        return byTime > 0 || (byTime == 0 && eventId.compareTo(other.eventId) > 0);
    }

    static boolean rounded(Count count) {
        return count.precision() != Precision.EXACT;
    }
}
