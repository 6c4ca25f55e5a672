package com.creatorcompass.streams.topology;

import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.contracts.stream.VelocityAge;
import com.creatorcompass.contracts.stream.VideoVelocity;
import com.creatorcompass.streams.metrics.VelocityMetrics;
import com.creatorcompass.streams.metrics.VelocityMetrics.CreatorBand;
import com.creatorcompass.streams.metrics.VelocityMetrics.ViewsAtAge;
import com.creatorcompass.streams.metrics.VideoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Views at fixed ages per video, and each against the band (quartiles and median) of the creator's 30
 * videos posted just before it. A video's new value is rescored, and so are the 30 videos after it, whose medians it
 * enters — at the ages whose value changed; at every age when the video is new or moved in posting order (the
 * windows of the videos after it shift then). A video's posting time is the one its latest observation gives
 * ({@link #moved}), so the curves do not depend on the order observations arrive in.
 */
final class VelocityCurves {

    private final ProcessorContext<String, Object> context;
    private final VideoObservations series;
    private final MirroredStore<String, String> posted;
    private final MirroredStore<String, VideoVelocity> curves;
    private final AlertLedger alerts;
    private final StreamSettings settings;

    VelocityCurves(
            ProcessorContext<String, Object> context,
            VideoObservations series,
            MirroredStore<String, String> posted,
            MirroredStore<String, VideoVelocity> curves,
            AlertLedger alerts,
            StreamSettings settings) {
        this.context = context;
        this.series = series;
        this.posted = posted;
        this.curves = curves;
        this.alerts = alerts;
        this.settings = settings;
    }

    /** Keeps the posting-time index in step with the video's latest known posting time. */
    void index(VideoInfo before, VideoInfo after) {
        if (before != null && before.postedAt().equals(after.postedAt())) {
            return;
        }
        if (before != null) {
            posted.delete(before.creatorId(), StoreKeys.postedWithinCreator(before.postedAt(), before.videoId()));
        }
        posted.put(
                after.creatorId(), StoreKeys.postedWithinCreator(after.postedAt(), after.videoId()), after.videoId());
    }

    /**
     * A new observation at t, between the video's neighbours {@code previous} and {@code next}
     * (either may be null), can change only the ages that fall in (previous, next), or in
     * (previous, t] when it is the latest: elsewhere the observations around each age are the same.
     *
     * @param isNew the video's first observation: it is scored even where no value changed, and at every age the
     *     videos after it are rescored (their 30-video windows shift)
     */
    void update(
            VideoInfo video, boolean isNew, Instant observed, VideoPoint previous, VideoPoint next, long timestamp) {
        Set<VelocityAge> changed = EnumSet.noneOf(VelocityAge.class);
        for (VelocityAge age : VelocityAge.values()) {
            Instant at = video.postedAt().plus(age.age());
            boolean affected = (previous == null || at.isAfter(previous.capturedAt()))
                    && (next == null ? !at.isAfter(observed) : at.isBefore(next.capturedAt()));
            if (!affected) {
                continue;
            }
            ViewsAtAge value = viewsAt(video, age);
            VideoVelocity known = curves.get(video.videoId(), age.label());
            if (value != null
                    && (known == null
                            || known.views() != value.views()
                            || known.interpolated() != value.interpolated()
                            || known.rounded() != value.rounded())) {
                curves.put(video.videoId(), age.label(), unscored(video, age, value));
                changed.add(age);
            }
        }
        if (!isNew && changed.isEmpty()) {
            return;
        }
        rescoreFrom(
                window(video.creatorId(), key(video)),
                true,
                isNew ? EnumSet.allOf(VelocityAge.class) : changed,
                timestamp);
    }

    /**
     * The video's posting time moved (its latest observation says another; the index has moved it): every
     * age is measured again from the new time — an age with no value now is withdrawn — and, at every age,
     * the video and the 30 after its new place are rescored, and so are the 30 after its old place.
     */
    void moved(VideoInfo before, VideoInfo after, long timestamp) {
        for (VelocityAge age : VelocityAge.values()) {
            ViewsAtAge value = viewsAt(after, age);
            if (value != null) {
                curves.put(after.videoId(), age.label(), unscored(after, age, value));
            } else if (curves.get(after.videoId(), age.label()) != null) {
                curves.delete(after.videoId(), age.label());
                context.forward(
                        new Record<>(SeriesKeys.videoAge(after.videoId(), age), null, timestamp), Outputs.VELOCITY);
                alerts.retract(Alert.outlierId(after.videoId(), age), timestamp);
            }
        }
        Set<VelocityAge> all = EnumSet.allOf(VelocityAge.class);
        rescoreFrom(window(after.creatorId(), key(after)), true, all, timestamp);
        rescoreFrom(window(before.creatorId(), key(before)), false, all, timestamp);
    }

    private static VideoVelocity unscored(VideoInfo video, VelocityAge age, ViewsAtAge value) {
        return new VideoVelocity(
                video.creatorId(),
                video.videoId(),
                age.label(),
                video.postedAt(),
                value.views(),
                value.interpolated(),
                value.rounded(),
                null,
                null,
                null,
                0,
                null);
    }

    /**
     * The videos an update rescores and those their bands rest on, in posting order: the creator's
     * {@code MEDIAN_WINDOW} videos posted before {@code key}, then those from {@code key} on (the changed
     * video itself when it is there) up to {@code MEDIAN_WINDOW} after it; {@code self} is where the
     * rescoring starts.
     */
    private record Window(List<String> videoIds, int self) {}

    private Window window(String creatorId, String key) {
        NavigableMap<String, String> byPostingTime = posted.of(creatorId);
        List<String> ids = new ArrayList<>();
        for (String earlier : byPostingTime.headMap(key, false).descendingMap().values()) {
            if (ids.size() == VelocityMetrics.MEDIAN_WINDOW) {
                break;
            }
            ids.add(0, earlier);
        }
        int self = ids.size();
        for (String later : byPostingTime.tailMap(key, true).values()) {
            if (ids.size() == self + VelocityMetrics.MEDIAN_WINDOW + 1) {
                break;
            }
            ids.add(later);
        }
        return new Window(ids, self);
    }

    private static String key(VideoInfo video) {
        return StoreKeys.postedWithinCreator(video.postedAt(), video.videoId());
    }

    /** Rescores the window's videos from {@code self} on; the first always when {@code selfAlways}. */
    private void rescoreFrom(Window window, boolean selfAlways, Set<VelocityAge> ages, long timestamp) {
        for (int i = window.self(); i < window.videoIds().size(); i++) {
            rescore(window.videoIds(), i, selfAlways && i == window.self(), ages, timestamp);
        }
    }

    private ViewsAtAge viewsAt(VideoInfo video, VelocityAge age) {
        Instant at = video.postedAt().plus(age.age());
        Map.Entry<Long, VideoPoint> before = series.floor(video.videoId(), at.toEpochMilli());
        Map.Entry<Long, VideoPoint> after = series.ceiling(video.videoId(), at.toEpochMilli());
        return VelocityMetrics.viewsAt(
                at, age.age(), before == null ? null : before.getValue(), after == null ? null : after.getValue());
    }

    /** Scores the window's {@code i}-th video against the band of the (up to) 30 before it, at the given ages it has. */
    private void rescore(List<String> window, int i, boolean always, Set<VelocityAge> ages, long timestamp) {
        String videoId = window.get(i);
        List<String> earlier = window.subList(Math.max(0, i - VelocityMetrics.MEDIAN_WINDOW), i);
        for (VelocityAge age : ages) {
            VideoVelocity own = curves.get(videoId, age.label());
            if (own == null) {
                continue;
            }
            List<Long> values = new ArrayList<>();
            for (String other : earlier) {
                VideoVelocity theirs = curves.get(other, age.label());
                if (theirs != null) {
                    values.add(theirs.views());
                }
            }
            CreatorBand band = VelocityMetrics.creatorBand(values);
            Double median = band == null ? null : band.median();
            VideoVelocity scored = new VideoVelocity(
                    own.creatorId(),
                    own.videoId(),
                    own.age(),
                    own.postedAt(),
                    own.views(),
                    own.interpolated(),
                    own.rounded(),
                    band == null ? null : band.lowerQuartile(),
                    median,
                    band == null ? null : band.upperQuartile(),
                    values.size(),
                    VelocityMetrics.outlierScore(own.views(), median));
            if (always || !scored.equals(own)) {
                // A rescore changes the median and score, never the views the others' medians read.
                curves.put(videoId, age.label(), scored);
                context.forward(new Record<>(SeriesKeys.videoAge(videoId, age), scored, timestamp), Outputs.VELOCITY);
                alert(scored, age, timestamp);
            }
        }
    }

    private void alert(VideoVelocity scored, VelocityAge age, long timestamp) {
        String id = Alert.outlierId(scored.videoId(), age);
        if (scored.outlierScore() != null
                && scored.medianSample() >= settings.outlierMinSample()
                && scored.outlierScore() >= settings.outlierThreshold()) {
            alerts.raise(
                    new Alert(
                            id,
                            Alert.Kind.VIDEO_OUTLIER,
                            scored.creatorId(),
                            scored.videoId(),
                            scored.postedAt().plus(age.age()),
                            scored.views(),
                            scored.creatorMedian(),
                            scored.outlierScore(),
                            settings.outlierThreshold(),
                            scored.rounded()),
                    timestamp);
        } else {
            alerts.retract(id, timestamp);
        }
    }
}
