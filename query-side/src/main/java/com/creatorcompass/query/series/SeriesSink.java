package com.creatorcompass.query.series;

import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Consumes one stream generation's output topics into the series tables: each poll is written in one
 * transaction, and its offsets are committed only after that transaction, so a crash between the two
 * redelivers records that the upserts absorb. A failed write rewinds to the committed offsets and
 * tries again.
 */
public final class SeriesSink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SeriesSink.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final SeriesWriter writer;
    private final TransactionTemplate transactions;
    private final Consumer<Alert> onAlert;
    private final int generation;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long lag = -1;
    private volatile long written;

    /** @param onAlert told of every alert written, after its commit */
    public SeriesSink(
            String bootstrapServers,
            int generation,
            SeriesWriter writer,
            TransactionTemplate transactions,
            Consumer<Alert> onAlert) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(generation));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        this.writer = writer;
        this.transactions = transactions;
        this.onAlert = onAlert;
        this.generation = generation;
        this.thread = new Thread(this::run, "series-sink-g" + generation);
    }

    /** One consumer group per generation: a new generation's sink reads its topics from the start. */
    public static String groupId(int generation) {
        return "compass-series-sink-g" + generation;
    }

    public SeriesSink start() {
        thread.start();
        return this;
    }

    /** True when the last poll found nothing left to read on any assigned partition. */
    public boolean caughtUp() {
        return lag == 0;
    }

    public long written() {
        return written;
    }

    private void run() {
        consumer.subscribe(Topics.OUTPUTS.stream()
                .map(output -> Topics.output(output, generation))
                .toList());
        while (running) {
            try {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                if (!records.isEmpty()) {
                    List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                    records.forEach(batch::add);
                    List<Alert> alerts = transactions.execute(status -> writer.apply(batch));
                    consumer.commitSync();
                    alerts.forEach(onAlert);
                    written += batch.size();
                }
                lag = currentLag(consumer.assignment());
            } catch (WakeupException stopping) {
                break;
            } catch (RuntimeException e) {
                lag = -1;
                log.warn(
                        "Series sink g{}: write failed, rewinding to the committed offsets: {}",
                        generation,
                        e.toString());
                rewind();
                pause(Duration.ofSeconds(1));
            }
        }
        consumer.close(Duration.ofSeconds(5));
    }

    private long currentLag(Set<TopicPartition> partitions) {
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

    private void rewind() {
        try {
            Set<TopicPartition> assigned = consumer.assignment();
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned);
            for (TopicPartition partition : assigned) {
                OffsetAndMetadata offset = committed.get(partition);
                if (offset == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, offset);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Series sink g{}: could not rewind yet: {}", generation, e.toString());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
