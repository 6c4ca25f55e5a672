package com.creatorcompass.streams.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.contracts.stream.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;

/** A batch is committed only once Kafka has it; a batch Kafka refused is retried on a fresh producer. */
class KafkaEventPublisherTest {

    private final List<MockProducer<String, byte[]>> producers = new ArrayList<>();
    private final KafkaEventPublisher publisher = new KafkaEventPublisher(() -> {
        MockProducer<String, byte[]> producer =
                new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        producers.add(producer);
        return producer;
    });

    @Test
    void a_batch_kafka_acknowledged_commits_on_the_same_producer() throws Exception {
        publish(event("c-1", 0));

        assertThat(producers).hasSize(1);
        assertThat(producers.get(0).history()).singleElement().satisfies(record -> {
            assertThat(record.topic()).isEqualTo(Topics.EVENTS);
            assertThat(record.key()).isEqualTo("c-1");
        });
    }

    @Test
    void a_batch_kafka_refused_rolls_back_and_the_next_attempt_uses_a_new_producer() throws Exception {
        DomainEventMessage<CreatorTracked> event = event("c-1", 0);
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(event);
        publisher.on(event.getPayload(), event);
        // What a producer whose idempotence state a broker restart lost answers, for good.
        producers.get(0).errorNext(new OutOfOrderSequenceException("sequence lost in a broker restart"));

        assertThatThrownBy(batch::commit).hasMessageContaining("Kafka refused a batch");
        assertThat(producers.get(0).closed()).isTrue();

        publish(event);
        assertThat(producers).hasSize(2);
        assertThat(producers.get(1).history()).hasSize(1);
    }

    @Test
    void an_observation_is_published_at_its_event_time_anything_else_when_it_was_stored() {
        Instant captured = Instant.parse("2026-03-01T10:00:00Z");
        Instant stored = Instant.parse("2026-12-01T00:00:00Z");
        var profile = new ProfileSnapshotRecorded(
                "c-1",
                "s-1",
                stored,
                SnapshotSource.SIMULATION,
                new ProfileObservation(
                        captured,
                        null,
                        null,
                        "Ana",
                        "",
                        false,
                        Count.exact(10),
                        Count.exact(1),
                        Count.exact(100),
                        Count.exact(2)));
        var video = new VideoSnapshotRecorded(
                "c-1",
                "s-1",
                stored,
                SnapshotSource.SIMULATION,
                new VideoObservation(
                        "v-1",
                        captured,
                        captured,
                        "",
                        List.of(),
                        30,
                        Count.exact(9),
                        Count.exact(1),
                        Count.exact(0),
                        Count.exact(0),
                        null));

        assertThat(KafkaEventPublisher.eventTime(profile, stored)).isEqualTo(captured);
        assertThat(KafkaEventPublisher.eventTime(video, stored)).isEqualTo(captured);
        assertThat(KafkaEventPublisher.eventTime(new CreatorTracked("c-1", "ana", stored, "u-1"), stored))
                .isEqualTo(stored);
    }

    @Test
    void closing_the_publisher_closes_its_producer() {
        publisher.close();

        assertThat(producers.get(0).closed()).isTrue();
    }

    private void publish(DomainEventMessage<CreatorTracked> event) throws Exception {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(event);
        publisher.on(event.getPayload(), event);
        batch.commit();
    }

    private static DomainEventMessage<CreatorTracked> event(String creatorId, long sequence) {
        return new GenericDomainEventMessage<>(
                "Creator",
                creatorId,
                sequence,
                new CreatorTracked(creatorId, "some.handle", Instant.parse("2026-12-01T00:00:00Z"), "u-1"));
    }
}
