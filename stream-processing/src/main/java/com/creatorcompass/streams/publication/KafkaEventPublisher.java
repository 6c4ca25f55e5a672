package com.creatorcompass.streams.publication;

import com.creatorcompass.contracts.EventRevisions;
import com.creatorcompass.contracts.creator.SnapshotRecorded;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.json.CompassJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every stored event to the event topic, keyed by its aggregate (a creator's events stay in
 * one partition, in order). A tracking processor: its token moves only after Kafka has acknowledged
 * the whole batch, so after a crash it resumes where the acknowledged events end. At least once:
 * a batch cut short by a crash is sent again, and consumers tolerate the duplicates.
 *
 * <p>A batch that fails (Kafka unreachable past the producer's delivery timeout, or a producer in a
 * state it cannot leave, such as an idempotence sequence lost in a broker restart) is rolled back and
 * the producer replaced, so the processor's retry starts on a fresh one. The producer's timeouts
 * ({@link #PRODUCER_TIMEOUTS}) end a batch's wait well before Axon's janitor would interrupt the
 * processor's thread at 60 s, an interrupt that stops a tracking processor for good.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSOR)
public class KafkaEventPublisher implements AutoCloseable {

    public static final String PROCESSOR = "kafka-publication";
    /** Producer settings that bound a batch's wait: metadata 10 s, a request 15 s, delivery 30 s in all. */
    public static final Map<String, Object> PRODUCER_TIMEOUTS = Map.of(
            ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final String PENDING = KafkaEventPublisher.class.getName() + ".pending";

    private final Supplier<Producer<String, byte[]>> producers;
    private volatile Producer<String, byte[]> producer;

    /** @param producers makes a producer: the first, and one after each failed batch */
    public KafkaEventPublisher(Supplier<Producer<String, byte[]>> producers) {
        this.producers = producers;
        this.producer = producers.get();
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) throws JsonProcessingException {
        String key = message instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier()
                : message.getIdentifier();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                Topics.EVENTS,
                null,
                eventTime(payload, message.getTimestamp()).toEpochMilli(),
                key,
                CompassJson.mapper().writeValueAsBytes(payload));
        record.headers()
                .add(Topics.HEADER_EVENT_ID, bytes(message.getIdentifier()))
                .add(Topics.HEADER_EVENT_TYPE, bytes(payload.getClass().getSimpleName()))
                .add(Topics.HEADER_EVENT_VERSION, bytes(EventRevisions.of(payload.getClass())))
                .add(Topics.HEADER_RECORDED_AT, bytes(message.getTimestamp().toString()));
        pending().add(producer.send(record));
    }

    /** The sends of this batch, awaited before the batch (and the token) commits. */
    private List<Future<RecordMetadata>> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, name -> {
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            batch.onPrepareCommit(unit -> awaitAll(sends));
            batch.onRollback(unit -> replaceProducer(
                    unit.getExecutionResult() == null
                            ? null
                            : unit.getExecutionResult().getExceptionResult()));
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

    private synchronized void replaceProducer(Throwable cause) {
        log.warn(
                "Kafka publication: a batch failed ({}); it will be sent again on a new producer",
                cause == null ? "rolled back" : cause.toString());
        producer.close(Duration.ZERO);
        producer = producers.get();
    }

    @Override
    public synchronized void close() {
        producer.close();
    }

    /** Event time: when an observation was true; for everything else, when the event was stored. */
    static Instant eventTime(Object payload, Instant stored) {
        return payload instanceof SnapshotRecorded snapshot ? snapshot.capturedAt() : stored;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
