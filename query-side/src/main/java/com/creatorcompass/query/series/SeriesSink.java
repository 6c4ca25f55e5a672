package com.creatorcompass.query.series;

import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.Topics;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.event.ListenerContainerIdleEvent;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Consumes one stream generation's output topics into the series tables, on Spring for Apache Kafka's
 * listener container: each poll's records are written in one transaction, and their offsets are
 * committed only after it (ack mode BATCH), so a crash between the two redelivers records that the
 * upserts absorb. A failed write is tried again every second with the same records, never skipped.
 */
public final class SeriesSink implements AutoCloseable {

    private final KafkaMessageListenerContainer<String, byte[]> container;
    private final SeriesWriter writer;
    private final TransactionTemplate transactions;
    private final Consumer<Alert> onAlert;
    private volatile long lag = -1;
    private volatile long written;

    /** @param onAlert told of every alert written, after its commit */
    public SeriesSink(
            String bootstrapServers,
            int generation,
            SeriesWriter writer,
            TransactionTemplate transactions,
            Consumer<Alert> onAlert) {
        this.writer = writer;
        this.transactions = transactions;
        this.onAlert = onAlert;
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                groupId(generation),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2_000,
                // While the stream catches up, a poll waits briefly for a fuller batch: a write costs about
                // the same for 50 rows as for 2,000, and a row changed twice in one batch is written once.
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG,
                128 * 1024,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                100,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed");
        ContainerProperties properties = new ContainerProperties(Topics.OUTPUTS.stream()
                .map(output -> Topics.output(output, generation))
                .toArray(String[]::new));
        properties.setAckMode(ContainerProperties.AckMode.BATCH);
        properties.setMessageListener((BatchConsumerAwareMessageListener<String, byte[]>) this::write);
        // An idle poll says how far behind the sink is even when nothing arrives (caughtUp on empty topics).
        properties.setIdleEventInterval(100L);
        properties.setPollTimeout(100L);
        this.container = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                properties);
        container.setBeanName("series-sink-g" + generation);
        container.setCommonErrorHandler(
                new DefaultErrorHandler(new FixedBackOff(1_000L, FixedBackOff.UNLIMITED_ATTEMPTS)));
        container.setApplicationEventPublisher(event -> {
            if (event instanceof ListenerContainerIdleEvent idle && idle.getConsumer() != null) {
                lag = lagOf(idle.getConsumer(), idle.getConsumer().assignment());
            }
        });
    }

    /** One consumer group per generation: a new generation's sink reads its topics from the start. */
    public static String groupId(int generation) {
        return "compass-series-sink-g" + generation;
    }

    public SeriesSink start() {
        container.start();
        return this;
    }

    /** True when the last poll left nothing to read on any assigned partition. */
    public boolean caughtUp() {
        return lag == 0;
    }

    public long written() {
        return written;
    }

    private void write(
            List<ConsumerRecord<String, byte[]>> batch, org.apache.kafka.clients.consumer.Consumer<?, ?> consumer) {
        lag = -1;
        List<Alert> alerts = transactions.execute(status -> writer.apply(batch));
        alerts.forEach(onAlert);
        written += batch.size();
        lag = lagOf(consumer, consumer.assignment());
    }

    private static long lagOf(
            org.apache.kafka.clients.consumer.Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return -1;
        }
        long total = 0;
        for (TopicPartition partition : partitions) {
            OptionalLong behind = consumer.currentLag(partition);
            if (behind.isEmpty()) {
                return -1;
            }
            total += behind.getAsLong();
        }
        return total;
    }

    @Override
    public void close() {
        container.stop();
    }
}
