package com.creatorcompass.streams.topology;

import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.streams.metrics.EngagementMetrics;
import com.creatorcompass.streams.metrics.ProfileClose;
import com.creatorcompass.streams.metrics.VideoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** A creator's engagement per closed day, recomputed from the videos as they stood at the day's end. */
final class EngagementDays {

    private final ProcessorContext<String, Object> context;
    private final MirroredStore<LocalDate, ProfileClose> closes;
    private final VideoObservations series;
    private final MirroredStore<String, String> posted;

    EngagementDays(
            ProcessorContext<String, Object> context,
            MirroredStore<LocalDate, ProfileClose> closes,
            VideoObservations series,
            MirroredStore<String, String> posted) {
        this.context = context;
        this.closes = closes;
        this.series = series;
        this.posted = posted;
    }

    /** Marks the creator's closed days in [from, until] (until the last closed day when null) for recomputation. */
    void markChanged(KeyValueStore<String, String> dirty, String creatorId, LocalDate from, LocalDate until) {
        NavigableMap<LocalDate, ProfileClose> days = closes.of(creatorId);
        (until == null ? days.tailMap(from, true) : days.subMap(from, true, until, true))
                .keySet()
                .forEach(day -> dirty.put(StoreKeys.day(creatorId, day), ""));
    }

    void emit(String creatorId, LocalDate day, long timestamp) {
        ProfileClose close = closes.get(creatorId, day);
        if (close == null) {
            return;
        }
        Instant lastInstant = StoreKeys.startOf(day.plusDays(1)).minusMillis(1);
        String postedBy = StoreKeys.postedBy(lastInstant);
        NavigableMap<String, String> videos = posted.of(creatorId);
        List<VideoPoint> recent = new ArrayList<>();
        for (Map.Entry<String, String> video :
                videos.headMap(postedBy, true).descendingMap().entrySet()) {
            if (recent.size() == EngagementMetrics.RECENT_VIDEOS) {
                break;
            }
            Map.Entry<Long, VideoPoint> asOf = series.floor(video.getValue(), lastInstant.toEpochMilli());
            if (asOf != null
                    && EngagementMetrics.oldEnough(
                            StoreKeys.postedAt(video.getKey()), asOf.getValue().capturedAt())) {
                recent.add(asOf.getValue());
            }
        }
        int postsThatDay = videos.subMap(StoreKeys.postedSince(StoreKeys.startOf(day)), true, postedBy, true)
                .size();
        context.forward(
                new Record<>(
                        SeriesKeys.creatorDay(creatorId, day),
                        EngagementMetrics.of(creatorId, day, recent, close, postsThatDay),
                        timestamp),
                Outputs.ENGAGEMENT);
    }
}
