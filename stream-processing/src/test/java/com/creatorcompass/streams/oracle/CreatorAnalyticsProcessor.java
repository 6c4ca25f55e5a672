package com.creatorcompass.streams.oracle;

import static com.creatorcompass.streams.oracle.StoreKeys.END;
import static com.creatorcompass.streams.oracle.StoreKeys.utcDay;

import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.CreatorGrowthDay;
import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.contracts.stream.SeriesKeys.OwnerDay;
import com.creatorcompass.streams.metrics.GrowthMetrics;
import com.creatorcompass.streams.metrics.ProfileClose;
import com.creatorcompass.streams.metrics.VideoMetrics;
import com.creatorcompass.streams.metrics.VideoPoint;
import com.creatorcompass.streams.topology.StreamSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
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
 * it enters. Day aggregates of engagement are marked and recomputed in batches by a punctuator.
 */
class CreatorAnalyticsProcessor implements Processor<String, CreatorEvent, String, Object> {

    private final StreamSettings settings;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, ProfileClose> closes;
    private KeyValueStore<String, VideoPoint> series;
    private KeyValueStore<String, VideoInfo> videos;
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
        closes = context.getStateStore(StateStores.PROFILE_CLOSES);
        series = context.getStateStore(StateStores.VIDEO_SERIES);
        videos = context.getStateStore(StateStores.VIDEOS);
        dirtyDays = context.getStateStore(StateStores.DIRTY_DAYS);
        KeyValueStore<String, String> posted = context.getStateStore(StateStores.POSTED);
        alerts = new AlertLedger(context, context.getStateStore(StateStores.ACTIVE_ALERTS));
        velocity = new VelocityCurves(
                context, series, posted, context.getStateStore(StateStores.VELOCITY), alerts, settings);
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
        String key = StoreKeys.day(event.creatorId(), day);
        ProfileClose close = ProfileClose.of(event);
        if (close == null || !close.supersedes(closes.get(key))) {
            return;
        }
        closes.put(key, close);
        for (LocalDate affected : growthDaysAffectedBy(event.creatorId(), day)) {
            emitGrowth(event.creatorId(), affected, timestamp);
        }
        dirtyDays.put(key, "");
    }

    /** The closed days in [day, day + 35], and the next closed day after {@code day} wherever it is. */
    private List<LocalDate> growthDaysAffectedBy(String creatorId, LocalDate day) {
        List<LocalDate> days = new ArrayList<>();
        StateStores.range(
                        closes,
                        StoreKeys.day(creatorId, day),
                        StoreKeys.day(creatorId, day.plusDays(GrowthMetrics.LOOKBACK_DAYS)))
                .keySet()
                .forEach(key -> days.add(StoreKeys.dayOf(key).day()));
        if (days.size() == 1) {
            KeyValue<String, ProfileClose> next = StateStores.first(
                    closes,
                    StoreKeys.day(creatorId, day.plusDays(GrowthMetrics.LOOKBACK_DAYS + 1)),
                    StoreKeys.prefix(creatorId) + END);
            if (next != null) {
                days.add(StoreKeys.dayOf(next.key).day());
            }
        }
        return days;
    }

    private void emitGrowth(String creatorId, LocalDate day, long timestamp) {
        TreeMap<LocalDate, ProfileClose> window = new TreeMap<>();
        StateStores.range(
                        closes,
                        StoreKeys.day(creatorId, day.minusDays(GrowthMetrics.LOOKBACK_DAYS)),
                        StoreKeys.day(creatorId, day))
                .forEach((key, close) -> window.put(StoreKeys.dayOf(key).day(), close));
        KeyValue<String, ProfileClose> previous =
                StateStores.last(closes, StoreKeys.prefix(creatorId), StoreKeys.day(creatorId, day.minusDays(1)));
        CreatorGrowthDay growth = GrowthMetrics.of(
                creatorId,
                day,
                window,
                previous == null
                        ? null
                        : Map.entry(StoreKeys.dayOf(previous.key).day(), previous.value));
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
        String key = StoreKeys.at(event.observation().videoId(), event.capturedAt());
        if (point == null || !point.supersedes(series.get(key))) {
            return;
        }
        series.put(key, point);
        String infoKey =
                StoreKeys.prefix(event.creatorId()) + event.observation().videoId();
        VideoInfo before = videos.get(infoKey);
        boolean latest = before == null || point.supersedes(before.latest());
        VideoInfo info = latest
                ? new VideoInfo(
                        event.creatorId(),
                        event.observation().videoId(),
                        event.observation().postedAt(),
                        event.observation().hashtags(),
                        point)
                : before;
        videos.put(infoKey, info);
        velocity.index(before, info);

        String videoPrefix = StoreKeys.prefix(event.observation().videoId());
        KeyValue<String, VideoPoint> previous = StateStores.last(
                series,
                videoPrefix,
                StoreKeys.at(event.observation().videoId(), event.capturedAt().minusMillis(1)));
        KeyValue<String, VideoPoint> next = StateStores.first(
                series,
                StoreKeys.at(event.observation().videoId(), event.capturedAt().plusMillis(1)),
                videoPrefix + END);
        emitSeriesPoint(info, point, previous == null ? null : previous.value, timestamp);
        if (next != null) {
            emitSeriesPoint(info, next.value, point, timestamp);
        }
        velocity.update(
                info,
                before == null,
                event.capturedAt(),
                previous == null ? null : previous.value,
                next == null ? null : next.value,
                timestamp);

        LocalDate until = next == null ? null : utcDay(next.value.capturedAt());
        engagement.markChanged(dirtyDays, event.creatorId(), utcDay(event.capturedAt()), until);
        if (before == null) {
            engagement.markChanged(
                    dirtyDays, event.creatorId(), utcDay(event.observation().postedAt()), null);
        }
        if (latest) {
            emitHashtags(before, info, timestamp);
        }
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
