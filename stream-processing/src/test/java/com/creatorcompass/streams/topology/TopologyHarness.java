package com.creatorcompass.streams.topology;

import com.creatorcompass.contracts.EventRevisions;
import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.CreatorEngagementDay;
import com.creatorcompass.contracts.stream.CreatorGrowthDay;
import com.creatorcompass.contracts.stream.HashtagDay;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.contracts.stream.VideoEngagementPoint;
import com.creatorcompass.contracts.stream.VideoVelocity;
import com.creatorcompass.json.CompassJson;
import com.creatorcompass.streams.json.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The topology under TopologyTestDriver: events in as the publisher writes them, output tables out. */
final class TopologyHarness implements AutoCloseable {

    static final int GENERATION = 1;

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, String> events;

    TopologyHarness(StreamSettings settings) {
        this(CompassTopology.build(GENERATION, settings, true));
    }

    /** Any topology that reads the event topic and writes generation {@link #GENERATION}'s output topics. */
    TopologyHarness(Topology topology) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, Topics.applicationId(GENERATION));
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(topology, props);
        events = driver.createInputTopic(Topics.EVENTS, new StringSerializer(), new StringSerializer());
    }

    TopologyHarness() {
        this(StreamSettings.defaults());
    }

    /** A stored event as it appears on the event topic, with its id. */
    record Published(String eventId, CreatorEvent event) {
        Published(CreatorEvent event) {
            this(UUID.randomUUID().toString(), event);
        }
    }

    void publish(Published published) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.HEADER_EVENT_ID, published.eventId().getBytes(StandardCharsets.UTF_8));
        headers.add(
                Topics.HEADER_EVENT_TYPE,
                published.event().getClass().getSimpleName().getBytes(StandardCharsets.UTF_8));
        headers.add(
                Topics.HEADER_EVENT_VERSION,
                EventRevisions.of(published.event().getClass()).getBytes(StandardCharsets.UTF_8));
        try {
            events.pipeInput(new TestRecord<>(
                    creatorOf(published.event()),
                    CompassJson.mapper().writeValueAsString(published.event()),
                    headers,
                    Instant.now()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void publish(List<Published> all) {
        all.forEach(this::publish);
    }

    /** Lets the wall-clock punctuators run (the day aggregates). */
    void flush() {
        driver.advanceWallClockTime(Duration.ofSeconds(1));
    }

    /** The output table: the last value per key; keys whose last value is a removal are absent. */
    <T> Map<String, T> table(String output, Class<T> type) {
        flush();
        Map<String, T> table = new HashMap<>();
        driver.createOutputTopic(
                        Topics.output(output, GENERATION),
                        new StringDeserializer(),
                        JsonSerde.json(type).deserializer())
                .readRecordsToList()
                .forEach(record -> {
                    if (record.value() == null) {
                        table.remove(record.key());
                    } else {
                        table.put(record.key(), record.value());
                    }
                });
        return table;
    }

    /** Every output table by its output's name (the hashtag hand-over is internal and not one). */
    Map<String, Map<String, ?>> tables() {
        Map<String, Map<String, ?>> tables = new LinkedHashMap<>();
        tables.put(Topics.GROWTH, table(Topics.GROWTH, CreatorGrowthDay.class));
        tables.put(Topics.VIDEO_SERIES, table(Topics.VIDEO_SERIES, VideoEngagementPoint.class));
        tables.put(Topics.VELOCITY, table(Topics.VELOCITY, VideoVelocity.class));
        tables.put(Topics.ENGAGEMENT, table(Topics.ENGAGEMENT, CreatorEngagementDay.class));
        tables.put(Topics.HASHTAGS, table(Topics.HASHTAGS, HashtagDay.class));
        tables.put(Topics.ALERTS, table(Topics.ALERTS, Alert.class));
        return tables;
    }

    @Override
    public void close() {
        driver.close();
    }

    private static String creatorOf(CreatorEvent event) {
        if (event instanceof ProfileSnapshotRecorded profile) {
            return profile.creatorId();
        }
        return ((VideoSnapshotRecorded) event).creatorId();
    }

    static Published profile(String creatorId, String capturedAt, long followers, long likes, long videos) {
        return profile(creatorId, capturedAt, Count.exact(followers), Count.exact(likes), Count.exact(videos));
    }

    static Published profile(String creatorId, String capturedAt, Count followers, Count likes, Count videos) {
        return profile(creatorId, "scrape", capturedAt, followers, likes, videos);
    }

    static Published profile(
            String creatorId, String scrapeId, String capturedAt, Count followers, Count likes, Count videos) {
        Instant at = Instant.parse(capturedAt);
        return new Published(new ProfileSnapshotRecorded(
                creatorId,
                scrapeId,
                at,
                SnapshotSource.SELENIUM,
                new ProfileObservation(
                        at, null, null, creatorId, "", false, followers, Count.exact(0), likes, videos)));
    }

    static Published video(
            String creatorId,
            String videoId,
            String postedAt,
            String capturedAt,
            long views,
            long likes,
            long comments,
            long shares,
            String... hashtags) {
        Instant at = Instant.parse(capturedAt);
        return new Published(new VideoSnapshotRecorded(
                creatorId,
                "scrape",
                at,
                SnapshotSource.SELENIUM,
                new VideoObservation(
                        videoId,
                        at,
                        Instant.parse(postedAt),
                        "caption",
                        List.of(hashtags),
                        30,
                        Count.exact(views),
                        Count.exact(likes),
                        Count.exact(comments),
                        Count.exact(shares),
                        Count.exact(0))));
    }
}
