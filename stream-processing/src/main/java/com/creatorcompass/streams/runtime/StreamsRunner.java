package com.creatorcompass.streams.runtime;

import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.streams.topology.CompassTopology;
import com.creatorcompass.streams.topology.StreamSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One stream generation running: the analytics topology under its generation's application id, its
 * state in RocksDB under {@code stateDir} (rebuilt from the changelog topics when lost).
 */
public final class StreamsRunner implements AutoCloseable {

    private final KafkaStreams streams;
    private final int generation;

    public StreamsRunner(
            String bootstrapServers,
            int generation,
            StreamSettings settings,
            Path stateDir,
            int threads,
            short replication,
            Map<String, Object> overrides) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, Topics.applicationId(generation));
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replication);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        // Freshness: outputs leave at most this long after their input (plus the flush interval).
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
        // A stopped instance leaves its group at once, so a restart (or the replay's hand-over) gets its
        // partitions back now rather than after the session timeout (45 s).
        config.put(StreamsConfig.mainConsumerPrefix("internal.leave.group.on.close"), true);
        config.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
        // The changelogs' records carry event time too (CompassTopics.SEGMENT_MS).
        config.put(StreamsConfig.topicPrefix(TopicConfig.SEGMENT_MS_CONFIG), CompassTopics.SEGMENT_MS);
        config.putAll(overrides);
        this.generation = generation;
        this.streams = new KafkaStreams(CompassTopology.build(generation, settings, false), config);
    }

    public StreamsRunner start() {
        streams.start();
        return this;
    }

    public int generation() {
        return generation;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }

    /** Removes this generation's local state (after it is retired). */
    public void cleanUp() {
        streams.cleanUp();
    }
}
