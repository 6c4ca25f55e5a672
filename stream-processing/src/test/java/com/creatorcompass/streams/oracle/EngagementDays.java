package com.creatorcompass.streams.oracle;

import static com.creatorcompass.streams.oracle.StoreKeys.END;

import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.streams.metrics.EngagementMetrics;
import com.creatorcompass.streams.metrics.ProfileClose;
import com.creatorcompass.streams.metrics.VideoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** A creator's engagement per closed day, recomputed from the videos as they stood at the day's end. */
final class EngagementDays {

    private final ProcessorContext<String, Object> context;
    private final KeyValueStore<String, ProfileClose> closes;
    private final KeyValueStore<String, VideoPoint> series;
    private final KeyValueStore<String, String> posted;

    EngagementDays(
            ProcessorContext<String, Object> context,
            KeyValueStore<String, ProfileClose> closes,
            KeyValueStore<String, VideoPoint> series,
            KeyValueStore<String, String> posted) {
        this.context = context;
        this.closes = closes;
        this.series = series;
        this.posted = posted;
    }

    /** Marks the creator's closed days in [from, until] (until the last closed day when null) for recomputation. */
    void markChanged(KeyValueStore<String, String> dirty, String creatorId, LocalDate from, LocalDate until) {
        String prefix = StoreKeys.prefix(creatorId);
        String to = until == null ? prefix + END : StoreKeys.day(creatorId, until);
        StateStores.range(closes, StoreKeys.day(creatorId, from), to).keySet().forEach(key -> dirty.put(key, ""));
    }

    void emit(String creatorId, LocalDate day, long timestamp) {
        ProfileClose close = closes.get(StoreKeys.day(creatorId, day));
        if (close == null) {
            return;
        }
        Instant lastInstant = StoreKeys.startOf(day.plusDays(1)).minusMillis(1);
        String postedBy = StoreKeys.at(creatorId, lastInstant) + "|" + END;
        List<VideoPoint> recent = new ArrayList<>();
        try (KeyValueIterator<String, String> videos = posted.reverseRange(StoreKeys.prefix(creatorId), postedBy)) {
            while (videos.hasNext() && recent.size() < EngagementMetrics.RECENT_VIDEOS) {
                KeyValue<String, String> video = videos.next();
                KeyValue<String, VideoPoint> asOf =
                        StateStores.last(series, StoreKeys.prefix(video.value), StoreKeys.at(video.value, lastInstant));
                if (asOf != null
                        && EngagementMetrics.oldEnough(StoreKeys.postedAt(video.key), asOf.value.capturedAt())) {
                    recent.add(asOf.value);
                }
            }
        }
        int postsThatDay = StateStores.range(posted, StoreKeys.at(creatorId, StoreKeys.startOf(day)), postedBy)
                .size();
        context.forward(
                new Record<>(
                        SeriesKeys.creatorDay(creatorId, day),
                        EngagementMetrics.of(creatorId, day, recent, close, postsThatDay),
                        timestamp),
                Outputs.ENGAGEMENT);
    }
}
