package com.creatorcompass.app.kafka;

import com.creatorcompass.streams.runtime.CompassTopics;
import java.io.IOException;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The Kafka cluster: the one named, or in the demo and tests a broker of our own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KafkaProperties.class)
@ConditionalOnProperty(name = "compass.kafka.enabled", havingValue = "true", matchIfMissing = true)
public class KafkaConfiguration {

    /** The bootstrap servers every Kafka client of the app uses. */
    public record KafkaCluster(String bootstrapServers) {}

    @Bean(destroyMethod = "close")
    @Conditional(NoClusterNamed.class)
    public InProcessKafka inProcessKafka(KafkaProperties properties, Environment environment) throws IOException {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException(
                    "The prod profile needs a Kafka cluster: set COMPASS_KAFKA_BOOTSTRAP (e.g. kafka-1:9092)");
        }
        return InProcessKafka.startOrAttach(properties.dataDir(), properties.embeddedPort());
    }

    @Bean
    public KafkaCluster kafkaCluster(KafkaProperties properties, ObjectProvider<InProcessKafka> inProcess) {
        InProcessKafka broker = inProcess.getIfAvailable();
        return new KafkaCluster(broker != null ? broker.bootstrapServers() : properties.bootstrap());
    }

    @Bean(destroyMethod = "close")
    public Admin kafkaAdmin(KafkaCluster cluster) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
    }

    /** The event topic exists before the publisher's first send: never auto-created with defaults. */
    @Bean
    public CompassTopics compassTopics(Admin admin, KafkaProperties properties) {
        CompassTopics topics = new CompassTopics(admin, properties.partitions(), properties.replication());
        topics.ensureEventTopic();
        return topics;
    }

    /** True when compass.kafka.bootstrap is not set. */
    static class NoClusterNamed implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String bootstrap = context.getEnvironment().getProperty("compass.kafka.bootstrap");
            return bootstrap == null || bootstrap.isBlank();
        }
    }
}
