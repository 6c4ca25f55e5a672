package com.creatorcompass.streams.oracle;

import static com.creatorcompass.streams.oracle.StoreKeys.END;

import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.contracts.stream.VelocityAge;
import com.creatorcompass.contracts.stream.VideoVelocity;
import com.creatorcompass.streams.metrics.VelocityMetrics;
import com.creatorcompass.streams.metrics.VelocityMetrics.CreatorBand;
import com.creatorcompass.streams.metrics.VelocityMetrics.ViewsAtAge;
import com.creatorcompass.streams.metrics.VideoPoint;
import com.creatorcompass.streams.topology.StreamSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Views at fixed ages per video, and each against the band (quartiles and median) of the creator's 30
 * videos posted just before it. A video's new value is rescored, and so are the 30 videos after it, whose medians it enters.
 */
final class VelocityCurves {

    private final ProcessorContext<String, Object> context;
    private final KeyValueStore<String, VideoPoint> series;
    private final KeyValueStore<String, String> posted;
    private final KeyValueStore<String, VideoVelocity> curves;
    private final AlertLedger alerts;
    private final StreamSettings settings;

    VelocityCurves(
            ProcessorContext<String, Object> context,
            KeyValueStore<String, VideoPoint> series,
            KeyValueStore<String, String> posted,
            KeyValueStore<String, VideoVelocity> curves,
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
            posted.delete(StoreKeys.posted(before.creatorId(), before.postedAt(), before.videoId()));
        }
        posted.put(StoreKeys.posted(after.creatorId(), after.postedAt(), after.videoId()), after.videoId());
    }

    /**
     * A new observation at t, between the video's neighbours {@code previous} and {@code next}
     * (either may be null), can change only the ages that fall in (previous, next), or in
     * (previous, t] when it is the latest: elsewhere the observations around each age are the same.
     */
    void update(
            VideoInfo video, boolean isNew, Instant observed, VideoPoint previous, VideoPoint next, long timestamp) {
        boolean changed = isNew;
        for (VelocityAge age : VelocityAge.values()) {
            Instant at = video.postedAt().plus(age.age());
            boolean affected = (previous == null || at.isAfter(previous.capturedAt()))
                    && (next == null ? !at.isAfter(observed) : at.isBefore(next.capturedAt()));
            if (!affected) {
                continue;
            }
            ViewsAtAge value = viewsAt(video, age);
            VideoVelocity known = curves.get(SeriesKeys.videoAge(video.videoId(), age));
            if (value != null
                    && (known == null
                            || known.views() != value.views()
                            || known.interpolated() != value.interpolated()
                            || known.rounded() != value.rounded())) {
                curves.put(
                        SeriesKeys.videoAge(video.videoId(), age),
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
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        String key = StoreKeys.posted(video.creatorId(), video.postedAt(), video.videoId());
        Window window = window(video.creatorId(), key);
        for (int i = window.self(); i < window.videoIds().size(); i++) {
            rescore(window, i, i == window.self(), timestamp);
        }
    }

    /**
     * The videos one update rescores and those their medians rest on, read once: the creator's
     * {@code MEDIAN_WINDOW} videos posted before the changed one, the changed one ({@code self}), and the
     * {@code MEDIAN_WINDOW} after it, in posting order; their curves are read at most once each.
     */
    private record Window(List<String> videoIds, int self, Map<String, VideoVelocity> curves) {}

    private Window window(String creatorId, String key) {
        List<String> ids = new ArrayList<>();
        List<KeyValue<String, String>> before =
                StateStores.lastN(posted, StoreKeys.prefix(creatorId), key, VelocityMetrics.MEDIAN_WINDOW + 1);
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!before.get(i).key.equals(key)) {
                ids.add(before.get(i).value);
            }
        }
        int self = ids.size();
        for (KeyValue<String, String> after :
                StateStores.firstN(posted, key, StoreKeys.prefix(creatorId) + END, VelocityMetrics.MEDIAN_WINDOW + 1)) {
            ids.add(after.value);
        }
        return new Window(ids, self, new HashMap<>());
    }

    private VideoVelocity curve(Window window, String videoId, VelocityAge age) {
        String key = SeriesKeys.videoAge(videoId, age);
        if (!window.curves().containsKey(key)) {
            window.curves().put(key, curves.get(key));
        }
        return window.curves().get(key);
    }

    private ViewsAtAge viewsAt(VideoInfo video, VelocityAge age) {
        Instant at = video.postedAt().plus(age.age());
        String prefix = StoreKeys.prefix(video.videoId());
        KeyValue<String, VideoPoint> before = StateStores.last(series, prefix, StoreKeys.at(video.videoId(), at));
        KeyValue<String, VideoPoint> after = StateStores.first(series, StoreKeys.at(video.videoId(), at), prefix + END);
        return VelocityMetrics.viewsAt(
                at, age.age(), before == null ? null : before.value, after == null ? null : after.value);
    }

    /** Scores the window's {@code i}-th video against the median of the (up to) 30 before it, at every age it has. */
    private void rescore(Window window, int i, boolean always, long timestamp) {
        String videoId = window.videoIds().get(i);
        List<String> earlier = window.videoIds().subList(Math.max(0, i - VelocityMetrics.MEDIAN_WINDOW), i);
        for (VelocityAge age : VelocityAge.values()) {
            VideoVelocity own = curve(window, videoId, age);
            if (own == null) {
                continue;
            }
            List<Long> values = new ArrayList<>();
            for (String other : earlier) {
                VideoVelocity theirs = curve(window, other, age);
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
                curves.put(SeriesKeys.videoAge(videoId, age), scored);
                window.curves().put(SeriesKeys.videoAge(videoId, age), scored);
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
