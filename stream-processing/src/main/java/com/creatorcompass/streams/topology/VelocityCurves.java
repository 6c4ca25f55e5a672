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
 * windows of the videos after it shift then).
 */
final class VelocityCurves {

    private final ProcessorContext<String, Object> context;
    private final MirroredStore<Long, VideoPoint> series;
    private final MirroredStore<String, String> posted;
    private final MirroredStore<String, VideoVelocity> curves;
    private final AlertLedger alerts;
    private final StreamSettings settings;

    VelocityCurves(
            ProcessorContext<String, Object> context,
            MirroredStore<Long, VideoPoint> series,
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
     * @param isNew the video's first observation: it is scored even where no value changed
     * @param moved its posting time moved (in the index): with a changed value, every age is rescored
     */
    void update(
            VideoInfo video,
            boolean isNew,
            boolean moved,
            Instant observed,
            VideoPoint previous,
            VideoPoint next,
            long timestamp) {
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
                curves.put(
                        video.videoId(),
                        age.label(),
                        new VideoVelocity(
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
                                null));
                changed.add(age);
            }
        }
        if (!isNew && changed.isEmpty()) {
            return;
        }
        // A new or moved video shifts the 30-video windows of the videos after it at every age.
        Set<VelocityAge> ages = isNew || moved ? EnumSet.allOf(VelocityAge.class) : changed;
        List<String> window = window(video);
        int self = window.indexOf(video.videoId());
        for (int i = self; i < window.size(); i++) {
            rescore(window, i, i == self, ages, timestamp);
        }
    }

    /**
     * The videos one update rescores and those their medians rest on: the creator's {@code MEDIAN_WINDOW}
     * videos posted before the changed one, the changed one, and the {@code MEDIAN_WINDOW} after it, in
     * posting order.
     */
    private List<String> window(VideoInfo video) {
        NavigableMap<String, String> byPostingTime = posted.of(video.creatorId());
        String key = StoreKeys.postedWithinCreator(video.postedAt(), video.videoId());
        List<String> ids = new ArrayList<>();
        for (String earlier : byPostingTime.headMap(key, false).descendingMap().values()) {
            if (ids.size() == VelocityMetrics.MEDIAN_WINDOW) {
                break;
            }
            ids.add(0, earlier);
        }
        for (String later : byPostingTime.tailMap(key, true).values()) {
            if (ids.size() == 2 * VelocityMetrics.MEDIAN_WINDOW + 1) {
                break;
            }
            ids.add(later);
        }
        return ids;
    }

    private ViewsAtAge viewsAt(VideoInfo video, VelocityAge age) {
        Instant at = video.postedAt().plus(age.age());
        NavigableMap<Long, VideoPoint> observations = series.of(video.videoId());
        Map.Entry<Long, VideoPoint> before = observations.floorEntry(at.toEpochMilli());
        Map.Entry<Long, VideoPoint> after = observations.ceilingEntry(at.toEpochMilli());
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
