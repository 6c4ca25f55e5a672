package com.creatorcompass.bench;

import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.streams.json.EventDeserializer;
import com.creatorcompass.streams.json.JsonSerde;
import com.creatorcompass.streams.metrics.GrowthMetrics;
import com.creatorcompass.streams.metrics.ProfileClose;
import com.creatorcompass.streams.metrics.VideoPoint;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Kafka Streams' floor for this work: the event topic read and decoded as the analytics topology reads
 * it, and one series row written per event (a profile's growth row from its own close alone, a video's
 * observation point), with no state. What the analytics topology costs beyond this is its own.
 */
final class PassThroughTopology {

    static final String GROWTH = "bench-pass-through-growth";
    static final String VIDEO_SERIES = "bench-pass-through-video-series";
    static final List<String> OUTPUTS = List.of(GROWTH, VIDEO_SERIES);

    private PassThroughTopology() {}

    static Topology build() {
        Topology topology = new Topology();
        topology.addSource("events", new StringDeserializer(), new EventDeserializer(), Topics.EVENTS);
        topology.addProcessor("rows", Rows::new, "events");
        JsonSerde<Object> json = JsonSerde.json(Object.class);
        topology.addSink("growth", GROWTH, new StringSerializer(), json.serializer(), "rows");
        topology.addSink("video-series", VIDEO_SERIES, new StringSerializer(), json.serializer(), "rows");
        return topology;
    }

    private static final class Rows implements Processor<String, CreatorEvent, String, Object> {

        private ProcessorContext<String, Object> context;

        @Override
        public void init(ProcessorContext<String, Object> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, CreatorEvent> record) {
            if (record.value() instanceof ProfileSnapshotRecorded profile) {
                ProfileClose close = ProfileClose.of(profile);
                if (close == null) {
                    return;
                }
                LocalDate day = LocalDate.ofInstant(profile.capturedAt(), ZoneOffset.UTC);
                TreeMap<LocalDate, ProfileClose> closes = new TreeMap<>();
                closes.put(day, close);
                context.forward(
                        new Record<>(
                                SeriesKeys.creatorDay(profile.creatorId(), day),
                                GrowthMetrics.of(profile.creatorId(), day, closes, null),
                                record.timestamp()),
                        "growth");
            } else if (record.value() instanceof VideoSnapshotRecorded video) {
                context.forward(
                        new Record<>(
                                SeriesKeys.videoObservation(video.observation().videoId(), video.capturedAt()),
                                VideoPoint.of(video),
                                record.timestamp()),
                        "video-series");
            }
        }
    }
}
