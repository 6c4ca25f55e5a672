package com.creatorcompass.streams.metrics;

import com.creatorcompass.contracts.creator.ObservationOrder;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.metric.EngagementRate;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Precision;
import java.time.Instant;

/**
 * One observation of a video's counts. Of two at the same instant the later by {@link ObservationOrder} wins. Only an
 * observation whose views, likes, comments and shares are all known is a point ({@link #of}); saves
 * are not needed.
 */
public record VideoPoint(Instant capturedAt, String scrapeId, Count views, Count likes, Count comments, Count shares) {

    /** The point {@code event} would be, or null when a count the series need is unknown. */
    public static VideoPoint of(VideoSnapshotRecorded event) {
        if (event.observation().views() == null
                || event.observation().likes() == null
                || event.observation().comments() == null
                || event.observation().shares() == null) {
            return null;
        }
        return new VideoPoint(
                event.capturedAt(),
                event.scrapeId(),
                event.observation().views(),
                event.observation().likes(),
                event.observation().comments(),
                event.observation().shares());
    }

    public boolean supersedes(VideoPoint other) {
        return other == null || ObservationOrder.isLater(capturedAt, scrapeId, other.capturedAt, other.scrapeId);
    }

    public boolean rounded() {
        return views.precision() != Precision.EXACT
                || likes.precision() != Precision.EXACT
                || comments.precision() != Precision.EXACT
                || shares.precision() != Precision.EXACT;
    }

    public long interactions() {
        return EngagementRate.interactions(likes.value(), comments.value(), shares.value());
    }

    /** {@link EngagementRate#byViews}; null when there are no views. */
    public Double engagementRate() {
        return EngagementRate.byViews(interactions(), views.value());
    }
}
