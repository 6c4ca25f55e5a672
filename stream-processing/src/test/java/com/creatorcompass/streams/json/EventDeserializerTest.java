package com.creatorcompass.streams.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.json.CompassJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** The event topic read back: today's records, records published before a shape change, and what it skips. */
class EventDeserializerTest {

    static final Instant CAPTURED = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant RECORDED = Instant.parse("2026-03-01T10:00:05Z");

    final EventDeserializer deserializer = new EventDeserializer();

    @Test
    void a_record_in_todays_shape_reads_as_published() throws Exception {
        ProfileSnapshotRecorded published = new ProfileSnapshotRecorded(
                "c-1",
                "s-1",
                RECORDED,
                SnapshotSource.SELENIUM,
                new ProfileObservation(
                        CAPTURED, null, null, "Ana", null, false, Count.exact(900), null, Count.rounded(12), null));

        CreatorEvent read = deserializer.deserialize(
                Topics.EVENTS,
                headers("ProfileSnapshotRecorded", "3"),
                CompassJson.mapper().writeValueAsBytes(published));

        assertThat(read).isEqualTo(published);
    }

    @Test
    void a_profile_record_published_flat_before_revision_3_reads_nested() {
        String revision2 = """
                {"creatorId":"c-1","scrapeId":"s-1","capturedAt":"2026-03-01T10:00:00Z",
                 "recordedAt":"2026-03-01T10:00:05Z","source":"SELENIUM","nickname":"Ana","verified":false,
                 "followers":{"value":900,"precision":"EXACT"},"likes":{"value":12,"precision":"ROUNDED"}}""";

        CreatorEvent read = deserializer.deserialize(
                Topics.EVENTS, headers("ProfileSnapshotRecorded", "2"), revision2.getBytes(StandardCharsets.UTF_8));

        assertThat(read)
                .isEqualTo(new ProfileSnapshotRecorded(
                        "c-1",
                        "s-1",
                        RECORDED,
                        SnapshotSource.SELENIUM,
                        new ProfileObservation(
                                CAPTURED,
                                null,
                                null,
                                "Ana",
                                null,
                                false,
                                Count.exact(900),
                                null,
                                Count.rounded(12),
                                null)));
    }

    @Test
    void a_video_record_published_flat_before_revision_2_reads_nested() {
        String revision1 = """
                {"creatorId":"c-1","scrapeId":"s-1","videoId":"v-1","capturedAt":"2026-03-01T10:00:00Z",
                 "recordedAt":"2026-03-01T10:00:05Z","source":"SELENIUM","hashtags":["#BookTok"],
                 "views":{"value":900,"precision":"EXACT"}}""";

        VideoSnapshotRecorded read = (VideoSnapshotRecorded) deserializer.deserialize(
                Topics.EVENTS, headers("VideoSnapshotRecorded", "1"), revision1.getBytes(StandardCharsets.UTF_8));

        assertThat(read.capturedAt()).isEqualTo(CAPTURED);
        assertThat(read.observation().videoId()).isEqualTo("v-1");
        assertThat(read.observation().views()).isEqualTo(Count.exact(900));
        assertThat(read.observation().hashtags()).containsExactly("booktok");
    }

    @Test
    void another_aggregates_event_is_skipped_and_a_broken_creator_event_fails_loudly() {
        assertThat(deserializer.deserialize(
                        Topics.EVENTS, headers("UserRegistered", "1"), "{}".getBytes(StandardCharsets.UTF_8)))
                .isNull();
        assertThatThrownBy(() -> deserializer.deserialize(
                        Topics.EVENTS,
                        headers("ProfileSnapshotRecorded", "3"),
                        "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("unreadable ProfileSnapshotRecorded");
    }

    private static RecordHeaders headers(String type, String revision) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.HEADER_EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.HEADER_EVENT_VERSION, revision.getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
