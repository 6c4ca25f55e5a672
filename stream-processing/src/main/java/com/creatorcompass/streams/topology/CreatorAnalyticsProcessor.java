package com.creatorcompass.streams.topology;

import static com.creatorcompass.streams.topology.StoreKeys.utcDay;

import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.CreatorGrowthDay;
import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.contracts.stream.SeriesKeys.OwnerDay;
import com.creatorcompass.contracts.stream.VideoVelocity;
import com.creatorcompass.streams.metrics.GrowthMetrics;
import com.creatorcompass.streams.metrics.ProfileClose;
import com.creatorcompass.streams.metrics.VideoMetrics;
import com.creatorcompass.streams.metrics.VideoPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Everything computed within one creator's partition. Each event only adds to the creator's state
 * (an observation already known changes nothing, so duplicates are harmless) and then recomputes the
 * outputs that the new observation can change, whatever its lateness: the growth of the days whose
 * windows hold it, the series rows around it, the velocity of the video and of the videos whose median
 * it enters. Day aggregates of engagement are marked and recomputed in batches by a punctuator. The
 * stores are read through mirrors ({@link MirroredStore}, {@link VideoObservations}), so "the close before",
 * "the observations around t" and "the 30 videos before this one" are tree look-ups over decoded values,
 * whatever the history's length.
 */
class CreatorAnalyticsProcessor implements Processor<String, CreatorEvent, String, Object> {

    private final StreamSettings settings;
    private ProcessorContext<String, Object> context;
    private MirroredStore<LocalDate, ProfileClose> closes;
    private VideoObservations series;
    private MirroredStore<String, VideoInfo> videos;
    private KeyValueStore<String, String> dirtyDays;
    private VelocityCurves velocity;
    private EngagementDays engagement;
    private AlertLedger alerts;

    CreatorAnalyticsProcessor(StreamSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        int mirrored = settings.mirroredEntries();
        closes = new MirroredStore<>(
                context.getStateStore(StateStores.PROFILE_CLOSES), StoreKeys::day, LocalDate::parse, mirrored);
        // A small mirror holds fewer observations per video, so that it still holds several videos.
        int perVideo = Math.max(2, Math.min(VideoObservations.PER_VIDEO, mirrored / 16));
        series = new VideoObservations(
                context.getStateStore(StateStores.VIDEO_SERIES), perVideo, Math.max(1, mirrored / perVideo));
        videos = new MirroredStore<>(context.getStateStore(StateStores.VIDEOS), StoreKeys::within, id -> id, mirrored);
        MirroredStore<String, String> posted =
                new MirroredStore<>(context.getStateStore(StateStores.POSTED), StoreKeys::within, key -> key, mirrored);
        MirroredStore<String, VideoVelocity> curves = new MirroredStore<>(
                context.getStateStore(StateStores.VELOCITY), StoreKeys::within, age -> age, mirrored);
        dirtyDays = context.getStateStore(StateStores.DIRTY_DAYS);
        alerts = new AlertLedger(context, context.getStateStore(StateStores.ACTIVE_ALERTS));
        velocity = new VelocityCurves(context, series, posted, curves, alerts, settings);
        engagement = new EngagementDays(context, closes, series, posted);
        context.schedule(settings.flushInterval(), PunctuationType.WALL_CLOCK_TIME, now -> flushDays(now));
    }

    @Override
    public void process(Record<String, CreatorEvent> record) {
        if (record.value() instanceof ProfileSnapshotRecorded profile) {
            onProfile(profile, record.timestamp());
        } else if (record.value() instanceof VideoSnapshotRecorded video) {
            onVideo(video, record.timestamp());
        }
    }

    private void onProfile(ProfileSnapshotRecorded event, long timestamp) {
        LocalDate day = utcDay(event.capturedAt());
        ProfileClose close = ProfileClose.of(event);
        if (close == null || !close.supersedes(closes.get(event.creatorId(), day))) {
            return;
        }
        closes.put(event.creatorId(), day, close);
        for (LocalDate affected : growthDaysAffectedBy(event.creatorId(), day)) {
            emitGrowth(event.creatorId(), affected, timestamp);
        }
        dirtyDays.put(StoreKeys.day(event.creatorId(), day), "");
    }

    /** The closed days in [day, day + 36], and the next closed day after {@code day} wherever it is. */
    private List<LocalDate> growthDaysAffectedBy(String creatorId, LocalDate day) {
        NavigableMap<LocalDate, ProfileClose> closed = closes.of(creatorId);
        List<LocalDate> days = new ArrayList<>(closed.subMap(day, true, day.plusDays(GrowthMetrics.LOOKBACK_DAYS), true)
                .keySet());
        if (days.size() == 1) {
            LocalDate next = closed.ceilingKey(day.plusDays(GrowthMetrics.LOOKBACK_DAYS + 1));
            if (next != null) {
                days.add(next);
            }
        }
        return days;
    }

    private void emitGrowth(String creatorId, LocalDate day, long timestamp) {
        NavigableMap<LocalDate, ProfileClose> closed = closes.of(creatorId);
        CreatorGrowthDay growth = GrowthMetrics.of(
                creatorId,
                day,
                closed.subMap(day.minusDays(GrowthMetrics.LOOKBACK_DAYS), true, day, true),
                closed.lowerEntry(day));
        context.forward(new Record<>(SeriesKeys.creatorDay(creatorId, day), growth, timestamp), Outputs.GROWTH);
        double drop = GrowthMetrics.followerDrop(growth);
        String alertId = Alert.followerDropId(creatorId, day);
        if (drop >= settings.followerDropThreshold() && drop > 0) {
            alerts.raise(
                    new Alert(
                            alertId,
                            Alert.Kind.FOLLOWER_DROP,
                            creatorId,
                            null,
                            growth.closedAt(),
                            growth.followers(),
                            growth.followers() - growth.followersDelta(),
                            drop,
                            settings.followerDropThreshold(),
                            growth.growthRestsOnRounded()),
                    timestamp);
        } else {
            alerts.retract(alertId, timestamp);
        }
    }

    private void onVideo(VideoSnapshotRecorded event, long timestamp) {
        VideoPoint point = VideoPoint.of(event);
        String videoId = event.observation().videoId();
        long at = event.capturedAt().toEpochMilli();
        if (point == null || !point.supersedes(series.get(videoId, at))) {
            return;
        }
        series.put(videoId, at, point);
        VideoInfo before = videos.get(event.creatorId(), videoId);
        boolean latest = before == null || point.supersedes(before.latest());
        VideoInfo info = before;
        if (latest) {
            info = new VideoInfo(
                    event.creatorId(),
                    videoId,
                    event.observation().postedAt(),
                    event.observation().hashtags(),
                    point);
            videos.put(event.creatorId(), videoId, info);
        }
        velocity.index(before, info);

        VideoPoint previous = value(series.lower(videoId, at));
        VideoPoint next = value(series.higher(videoId, at));
        if (before != null && !before.postedAt().equals(info.postedAt())) {
            onMoved(before, info, timestamp);
        } else {
            emitSeriesPoint(info, point, previous, timestamp);
            if (next != null) {
                emitSeriesPoint(info, next, point, timestamp);
            }
            velocity.update(info, before == null, event.capturedAt(), previous, next, timestamp);
        }

        LocalDate until = next == null ? null : utcDay(next.capturedAt());
        engagement.markChanged(dirtyDays, event.creatorId(), utcDay(event.capturedAt()), until);
        if (before == null) {
            engagement.markChanged(dirtyDays, event.creatorId(), utcDay(info.postedAt()), null);
        }
        if (latest) {
            emitHashtags(before, info, timestamp);
        }
    }

    /**
     * The video's latest observation gives another posting time than the one before (docs/metrics.md:
     * a video's posting time is its latest observation's). Every figure resting on it is computed again:
     * the video's series rows (their ages), its velocity, the windows at its old and new place, and the
     * engagement days from the earlier of the two posting days on.
     */
    private void onMoved(VideoInfo before, VideoInfo after, long timestamp) {
        VideoPoint previous = null;
        for (VideoPoint point : series.all(after.videoId())) {
            emitSeriesPoint(after, point, previous, timestamp);
            previous = point;
        }
        velocity.moved(before, after, timestamp);
        LocalDate earlier = utcDay(before.postedAt().isBefore(after.postedAt()) ? before.postedAt() : after.postedAt());
        engagement.markChanged(dirtyDays, after.creatorId(), earlier, null);
    }

    private static <V> V value(Map.Entry<?, V> entry) {
        return entry == null ? null : entry.getValue();
    }

    private void emitSeriesPoint(VideoInfo info, VideoPoint point, VideoPoint previous, long timestamp) {
        context.forward(
                new Record<>(
                        SeriesKeys.videoObservation(info.videoId(), point.capturedAt()),
                        VideoMetrics.of(info.creatorId(), info.videoId(), info.postedAt(), point, previous),
                        timestamp),
                Outputs.VIDEO_SERIES);
    }

    private void emitHashtags(VideoInfo before, VideoInfo after, long timestamp) {
        LocalDate day = utcDay(after.postedAt());
        if (before != null) {
            LocalDate dayBefore = utcDay(before.postedAt());
            for (String tag : before.hashtags()) {
                if (!after.hashtags().contains(tag) || !dayBefore.equals(day)) {
                    context.forward(
                            new Record<>(
                                    tag,
                                    new HashtagVideo(
                                            tag, dayBefore, before.videoId(), before.creatorId(), 0, null, false, true),
                                    timestamp),
                            Outputs.HASHTAG_VIDEOS);
                }
            }
        }
        VideoPoint latest = after.latest();
        for (String tag : after.hashtags()) {
            context.forward(
                    new Record<>(
                            tag,
                            new HashtagVideo(
                                    tag,
                                    day,
                                    after.videoId(),
                                    after.creatorId(),
                                    latest.views().value(),
                                    latest.engagementRate(),
                                    latest.rounded(),
                                    false),
                            timestamp),
                    Outputs.HASHTAG_VIDEOS);
        }
    }

    private void flushDays(long now) {
        for (String key : StateStores.keys(dirtyDays)) {
            OwnerDay creatorDay = StoreKeys.dayOf(key);
            engagement.emit(creatorDay.owner(), creatorDay.day(), now);
            dirtyDays.delete(key);
        }
    }
}
