package com.creatorcompass.command.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.SnapshotSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

class ProfileSnapshotRecordedUpcasterTest {

    static final String REVISION_1 = """
            {"creatorId":"c-1","scrapeId":"import-7","capturedAt":"2024-05-01T10:00:00Z",
             "recordedAt":"2026-11-25T09:00:00Z","source":"IMPORT","tiktokUserId":null,"secUid":null,
             "nickname":"Charli","bio":"","verified":true,
             "followers":155000000,"following":1300,"likes":11600000000,"videos":2741}""";

    final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new EventStoreConfiguration().defaultAxonObjectMapper())
            .revisionResolver(new EventRevisionResolver())
            .build();

    @Test
    void revision_1_bare_numbers_become_rounded_counts_of_revision_2() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Creator",
                "c-1",
                1,
                "event-1",
                Instant.parse("2026-11-25T09:00:00Z"),
                ProfileSnapshotRecorded.class.getName(),
                "1",
                REVISION_1.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        Stream<IntermediateEventRepresentation> representations =
                Stream.of(new InitialEventRepresentation(stored, serializer));

        List<IntermediateEventRepresentation> upcast =
                new ProfileSnapshotRecordedUpcaster().upcast(representations).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        SerializedObject<byte[]> payload = upcast.get(0).getData(byte[].class);
        ProfileSnapshotRecorded event = serializer.deserialize(payload);
        assertThat(event)
                .isEqualTo(new ProfileSnapshotRecorded(
                        "c-1",
                        "import-7",
                        Instant.parse("2024-05-01T10:00:00Z"),
                        Instant.parse("2026-11-25T09:00:00Z"),
                        SnapshotSource.IMPORT,
                        null,
                        null,
                        "Charli",
                        "",
                        true,
                        Count.rounded(155_000_000),
                        Count.rounded(1_300),
                        Count.rounded(11_600_000_000L),
                        Count.rounded(2_741)));
    }

    @Test
    void revision_2_passes_unchanged() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>(
                "Creator",
                "c-1",
                1,
                "event-1",
                Instant.parse("2026-11-25T09:00:00Z"),
                ProfileSnapshotRecorded.class.getName(),
                "2",
                "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));

        List<IntermediateEventRepresentation> upcast = new ProfileSnapshotRecordedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(new String(upcast.get(0).getData(byte[].class).getData(), StandardCharsets.UTF_8))
                .isEqualTo("{}");
    }
}
