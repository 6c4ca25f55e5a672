package com.creatorcompass.streams.metrics;

import com.creatorcompass.contracts.metric.Medians;
import com.creatorcompass.contracts.stream.CreatorEngagementDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A creator's engagement on one day; definitions in docs/metrics.md ("Creator engagement"). */
public final class EngagementMetrics {

    public static final int RECENT_VIDEOS = 30;
    /** A video seen younger than this is left out: its counts still move by the hour. */
    public static final Duration MIN_AGE = Duration.ofHours(24);

    private EngagementMetrics() {}

    /** Whether a video posted at {@code postedAt} and seen at {@code seenAt} was old enough to count. */
    public static boolean oldEnough(Instant postedAt, Instant seenAt) {
        return !Duration.between(postedAt, seenAt).minus(MIN_AGE).isNegative();
    }

    /**
     * @param recent the latest observation, as of the end of {@code day}, of each of the creator's
     *               (at most 30) most recently posted videos that was {@link #oldEnough} then
     * @param followers the day's closing followers, or null when the day has no profile close
     * @param postsThatDay the creator's known videos posted on {@code day}
     */
    public static CreatorEngagementDay of(
            String creatorId, LocalDate day, List<VideoPoint> recent, ProfileClose followers, int postsThatDay) {
        List<Double> byViews = new ArrayList<>();
        List<Double> byFollowers = new ArrayList<>();
        List<Long> views = new ArrayList<>();
        boolean rounded = followers != null && ProfileClose.rounded(followers.followers());
        for (VideoPoint point : recent) {
            views.add(point.views().value());
            rounded |= point.rounded();
            if (point.engagementRate() != null) {
                byViews.add(point.engagementRate());
            }
            if (followers != null && followers.followers().value() > 0) {
                byFollowers.add(
                        (double) point.interactions() / followers.followers().value());
            }
        }
        return new CreatorEngagementDay(
                creatorId,
                day,
                recent.size(),
                Medians.mean(byViews),
                Medians.of(byViews),
                Medians.mean(byFollowers),
                Medians.of(byFollowers),
                Medians.of(views),
                postsThatDay,
                rounded);
    }
}
