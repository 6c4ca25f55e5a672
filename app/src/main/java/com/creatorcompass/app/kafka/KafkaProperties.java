package com.creatorcompass.app.kafka;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which Kafka to use. {@code bootstrap} (env {@code COMPASS_KAFKA_BOOTSTRAP}) names a cluster; left
 * empty, the app starts its own broker with its log in {@code dataDir} on {@code embeddedPort}.
 * {@code partitions} and {@code replication} apply to the topics the app creates.
 */
@ConfigurationProperties("compass.kafka")
public record KafkaProperties(String bootstrap, Path dataDir, int embeddedPort, int partitions, short replication) {}
