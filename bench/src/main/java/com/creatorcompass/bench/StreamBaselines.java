package com.creatorcompass.bench;

import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.streams.json.EventDeserializer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The event topic read without Kafka Streams, in a loop from its beginning for as long as asked (after a
 * warm-up, so the JIT has compiled the path): B1 reads the records' bytes only, B2 also decodes each into
 * its event with the topology's own deserializer.
 */
final class StreamBaselines {

    /** Records per second, and how many were counted over how long. */
    record Rate(long records, double seconds) {
        double perSecond() {
            return records / seconds;
        }
    }

    private StreamBaselines() {}

    static Rate plainConsumer(String bootstrap, Duration warmUp, Duration measured) {
        return read(bootstrap, false, warmUp, measured);
    }

    static Rate decodingConsumer(String bootstrap, Duration warmUp, Duration measured) {
        return read(bootstrap, true, warmUp, measured);
    }

    private static Rate read(String bootstrap, boolean decode, Duration warmUp, Duration measured) {
        EventDeserializer events = new EventDeserializer();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", bootstrap, "group.id", "baseline-" + UUID.randomUUID()),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long warmUpEnds = System.nanoTime() + warmUp.toNanos();
            long start = 0;
            long end = Long.MAX_VALUE;
            long counted = 0;
            long profiles = 0;
            while (System.nanoTime() < end) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    consumer.seekToBeginning(partitions);
                    continue;
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (decode) {
                        CreatorEvent event = events.deserialize(record.topic(), record.headers(), record.value());
                        if (event instanceof ProfileSnapshotRecorded) {
                            profiles++;
                        }
                    } else {
                        profiles += record.value().length & 1;
                    }
                }
                if (start == 0 && System.nanoTime() >= warmUpEnds) {
                    start = System.nanoTime();
                    end = start + measured.toNanos();
                } else if (start != 0) {
                    counted += records.count();
                }
            }
            if (profiles < 0) {
                throw new IllegalStateException("unreachable: keeps the decoded values alive");
            }
            return new Rate(counted, (System.nanoTime() - start) / 1e9);
        }
    }
}
