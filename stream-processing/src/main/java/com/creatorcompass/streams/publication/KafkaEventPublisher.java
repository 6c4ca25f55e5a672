package com.creatorcompass.streams.publication;

import com.creatorcompass.contracts.EventRevision;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.streams.json.CompassJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Publishes every stored event to the event topic, keyed by its aggregate (a creator's events stay in
 * one partition, in order). A tracking processor: its token moves only after Kafka has acknowledged
 * the whole batch, so after a crash it resumes where the acknowledged events end. At least once:
 * a batch cut short by a crash is sent again, and consumers tolerate the duplicates.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSOR)
public class KafkaEventPublisher {

    public static final String PROCESSOR = "kafka-publication";
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final Producer<String, byte[]> producer;

    public KafkaEventPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) throws JsonProcessingException {
        String key = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : message.getIdentifier();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.EVENTS, null, eventTime(payload, message.getTimestamp()).toEpochMilli(),
                key, CompassJson.mapper().writeValueAsBytes(payload));
        record.headers()
                .add(Topics.HEADER_EVENT_ID, bytes(message.getIdentifier()))
                .add(Topics.HEADER_EVENT_TYPE, bytes(payload.getClass().getSimpleName()))
                .add(Topics.HEADER_EVENT_VERSION, bytes(revision(payload.getClass())))
                .add(Topics.HEADER_RECORDED_AT, bytes(message.getTimestamp().toString()));
        pending().add(producer.send(record));
    }

    /** The sends of this batch, awaited before the batch (and the token) commits. */
    private List<Future<RecordMetadata>> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, name -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            batch.onPrepareCommit(unit -> awaitAll(sends));
            return sends;
        });
    }

    private void awaitAll(List<Future<RecordMetadata>> sends) {
        producer.flush();
        try {
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Kafka acknowledged a batch", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a batch; it will be sent again", e.getCause());
        }
    }

    /** Event time: when an observation was true; for everything else, when the event was stored. */
    static Instant eventTime(Object payload, Instant stored) {
        if (payload instanceof ProfileSnapshotRecorded profile) {
            return profile.capturedAt();
        }
        if (payload instanceof VideoSnapshotRecorded video) {
            return video.capturedAt();
        }
        return stored;
    }

    private static String revision(Class<?> type) {
        EventRevision revision = type.getAnnotation(EventRevision.class);
        return revision == null ? "1" : revision.value();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
