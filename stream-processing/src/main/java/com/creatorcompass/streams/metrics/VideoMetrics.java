package com.creatorcompass.streams.metrics;

import com.creatorcompass.contracts.stream.VideoEngagementPoint;
import java.time.Duration;
import java.time.Instant;

/** One row of a video's engagement series; definitions in docs/metrics.md ("Engagement series"). */
public final class VideoMetrics {

    private VideoMetrics() {}

    public static VideoEngagementPoint of(
            String creatorId, String videoId, Instant postedAt, VideoPoint point, VideoPoint previous) {
        double ageHours = hours(postedAt, point.capturedAt());
        boolean rounded = point.rounded() || (previous != null && previous.rounded());
        return new VideoEngagementPoint(
                creatorId,
                videoId,
                point.capturedAt(),
                postedAt,
                ageHours,
                point.views().value(),
                point.likes().value(),
                point.comments().value(),
                point.shares().value(),
                previous == null ? null : hours(previous.capturedAt(), point.capturedAt()),
                previous == null
                        ? null
                        : point.views().value() - previous.views().value(),
                previous == null
                        ? null
                        : point.likes().value() - previous.likes().value(),
                previous == null
                        ? null
                        : point.comments().value() - previous.comments().value(),
                previous == null
                        ? null
                        : point.shares().value() - previous.shares().value(),
                ageHours > 0 ? point.views().value() / ageHours : null,
                point.engagementRate(),
                rounded);
    }

    static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 3_600_000_000_000.0;
    }
}
