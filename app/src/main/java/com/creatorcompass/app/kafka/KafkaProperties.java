package com.creatorcompass.app.kafka;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which Kafka to use. {@code bootstrap} (env {@code COMPASS_KAFKA_BOOTSTRAP}) names a cluster; left
 * empty, the app starts its own broker with its log in {@code dataDir} on {@code embeddedPort}.
 * {@code partitions} and {@code replication} apply to the topics the app creates.
 *
 * @param bootstrap    Kafka bootstrap servers, e.g. kafka-1:9092; empty: an in-process single-node KRaft broker (demo only; prod refuses to start)
 * @param dataDir      the in-process broker's log directory
 * @param embeddedPort the in-process broker's client port (its controller uses the next port)
 * @param partitions   partitions of the topics the app creates (and of Kafka Streams' internal topics)
 * @param replication  their replicas
 */
@ConfigurationProperties("compass.kafka")
public record KafkaProperties(String bootstrap, Path dataDir, int embeddedPort, int partitions, short replication) {}
