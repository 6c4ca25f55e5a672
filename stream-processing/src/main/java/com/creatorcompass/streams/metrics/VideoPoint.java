package com.creatorcompass.streams.metrics;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Precision;
import java.time.Instant;

/** One observation of a video's counts. Of two at the same instant the greater event id wins. */
public record VideoPoint(Instant capturedAt, String eventId, Count views, Count likes, Count comments, Count shares) {

    public boolean supersedes(VideoPoint other) {
        return other == null || eventId.compareTo(other.eventId) > 0;
    }

    public boolean rounded() {
        return views.precision() != Precision.EXACT || likes.precision() != Precision.EXACT
                || comments.precision() != Precision.EXACT || shares.precision() != Precision.EXACT;
    }

    public long interactions() {
        return likes.value() + comments.value() + shares.value();
    }

    /** {@code (likes + comments + shares) / views}; null when there are no views. */
    public Double engagementRate() {
        return views.value() == 0 ? null : (double) interactions() / views.value();
    }
}
