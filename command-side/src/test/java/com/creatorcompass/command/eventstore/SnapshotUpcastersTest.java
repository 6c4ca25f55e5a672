package com.creatorcompass.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every stored shape of the snapshot events reads as today's, through the upcasters in their order. */
class SnapshotUpcastersTest {

    static final Instant CAPTURED = Instant.parse("2024-05-01T10:00:00Z");
    static final Instant RECORDED = Instant.parse("2026-11-25T09:00:00Z");

    final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new EventStoreConfiguration().defaultAxonObjectMapper())
            .revisionResolver(new EventRevisionResolver())
            .build();
    final EventUpcasterChain chain =
            new EventUpcasterChain(new ProfileSnapshotRecordedUpcaster(), new ObservationNestingUpcaster());

    @Nested
    class A_profile_observation {

        @Test
        void of_revision_1_has_its_bare_numbers_read_as_rounded_counts_and_nested() {
            String revision1 = """
                    {"creatorId":"c-1","scrapeId":"import-7","capturedAt":"2024-05-01T10:00:00Z",
                     "recordedAt":"2026-11-25T09:00:00Z","source":"IMPORT","tiktokUserId":null,"secUid":null,
                     "nickname":"Charli","bio":"","verified":true,
                     "followers":155000000,"following":1300,"likes":11600000000,"videos":2741}""";

            assertThat(read(ProfileSnapshotRecorded.class, "1", revision1))
                    .isEqualTo(new ProfileSnapshotRecorded(
                            "c-1",
                            "import-7",
                            RECORDED,
                            SnapshotSource.IMPORT,
                            new ProfileObservation(
                                    CAPTURED,
                                    null,
                                    null,
                                    "Charli",
                                    "",
                                    true,
                                    Count.rounded(155_000_000),
                                    Count.rounded(1_300),
                                    Count.rounded(11_600_000_000L),
                                    Count.rounded(2_741))));
        }

        @Test
        void of_revision_2_has_its_flat_fields_nested_and_keeps_every_count_and_place() {
            String revision2 = """
                    {"creatorId":"c-1","scrapeId":"s-1","capturedAt":"2024-05-01T10:00:00Z",
                     "recordedAt":"2026-11-25T09:00:00Z","source":"SELENIUM","tiktokUserId":"6","secUid":"MS4",
                     "nickname":"Charli","bio":"dance","verified":false,
                     "followers":{"value":155000000,"precision":"ROUNDED"},
                     "following":{"value":1300,"precision":"EXACT"},"likes":null,
                     "videos":{"value":2741,"precision":"AT_LEAST"},"region":"GB","language":"en"}""";

            assertThat(read(ProfileSnapshotRecorded.class, "2", revision2))
                    .isEqualTo(new ProfileSnapshotRecorded(
                            "c-1",
                            "s-1",
                            RECORDED,
                            SnapshotSource.SELENIUM,
                            new ProfileObservation(
                                    CAPTURED,
                                    "6",
                                    "MS4",
                                    "Charli",
                                    "dance",
                                    false,
                                    Count.rounded(155_000_000),
                                    Count.exact(1_300),
                                    null,
                                    new Count(2_741, Precision.AT_LEAST),
                                    "GB",
                                    "en")));
        }

        @Test
        void of_revision_3_is_read_as_stored() {
            ProfileSnapshotRecorded today = new ProfileSnapshotRecorded(
                    "c-1",
                    "s-1",
                    RECORDED,
                    SnapshotSource.SELENIUM,
                    new ProfileObservation(
                            CAPTURED, null, null, "Charli", null, true, Count.exact(5), null, null, null));

            String stored = new String(serializer.serialize(today, byte[].class).getData(), StandardCharsets.UTF_8);

            assertThat(read(ProfileSnapshotRecorded.class, "3", stored)).isEqualTo(today);
        }
    }

    @Nested
    class A_video_observation {

        @Test
        void of_revision_1_has_its_flat_fields_nested() {
            String revision1 = """
                    {"creatorId":"c-1","scrapeId":"s-1","videoId":"v-9","capturedAt":"2024-05-01T10:00:00Z",
                     "recordedAt":"2026-11-25T09:00:00Z","source":"SELENIUM","postedAt":"2024-04-30T10:00:00Z",
                     "caption":"hi","hashtags":["fyp"],"durationSeconds":null,
                     "views":{"value":900,"precision":"EXACT"},"likes":{"value":80,"precision":"EXACT"},
                     "comments":{"value":15,"precision":"EXACT"},"shares":{"value":5,"precision":"EXACT"},
                     "saves":null,"kind":"PHOTO"}""";

            assertThat(read(VideoSnapshotRecorded.class, "1", revision1))
                    .isEqualTo(new VideoSnapshotRecorded(
                            "c-1",
                            "s-1",
                            RECORDED,
                            SnapshotSource.SELENIUM,
                            new VideoObservation(
                                    "v-9",
                                    CAPTURED,
                                    Instant.parse("2024-04-30T10:00:00Z"),
                                    "hi",
                                    List.of("fyp"),
                                    null,
                                    Count.exact(900),
                                    Count.exact(80),
                                    Count.exact(15),
                                    Count.exact(5),
                                    null,
                                    PostKind.PHOTO)));
        }

        @Test
        void of_revision_1_from_before_photo_posts_is_a_video() {
            String revision1 = """
                    {"creatorId":"c-1","scrapeId":"s-1","videoId":"v-9","capturedAt":"2024-05-01T10:00:00Z",
                     "recordedAt":"2026-11-25T09:00:00Z","source":"SELENIUM","hashtags":[]}""";

            VideoSnapshotRecorded event = read(VideoSnapshotRecorded.class, "1", revision1);

            assertThat(event.observation().kind()).isEqualTo(PostKind.VIDEO);
            assertThat(event.capturedAt()).isEqualTo(CAPTURED);
        }
    }

    private <T> T read(Class<T> type, String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Creator",
                "c-1",
                1,
                "event-1",
                RECORDED,
                type.getName(),
                revision,
                json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> upcast = chain.upcast(
                        Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        return serializer.deserialize(upcast.get(0).getData(byte[].class));
    }
}
