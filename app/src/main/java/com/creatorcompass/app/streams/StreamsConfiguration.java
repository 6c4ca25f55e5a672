package com.creatorcompass.app.streams;

import com.creatorcompass.app.kafka.KafkaConfiguration.KafkaCluster;
import com.creatorcompass.app.kafka.KafkaProperties;
import com.creatorcompass.query.activity.ActivityNotifier;
import com.creatorcompass.query.changes.ChangeNotifier;
import com.creatorcompass.query.replay.ProjectionStatus;
import com.creatorcompass.query.series.SeriesGeneration;
import com.creatorcompass.streams.publication.KafkaEventPublisher;
import com.creatorcompass.streams.runtime.CompassTopics;
import com.creatorcompass.streams.runtime.ConsumerLag;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Publication to Kafka, the live stream generation with its sink, and the stream replay. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StreamsProperties.class)
@ConditionalOnProperty(name = "compass.kafka.enabled", havingValue = "true", matchIfMissing = true)
public class StreamsConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "compass.streams.publish", havingValue = "true", matchIfMissing = true)
    public KafkaEventPublisher kafkaEventPublisher(KafkaCluster cluster, CompassTopics topics) {
        Map<String, Object> config = new HashMap<>(KafkaEventPublisher.PRODUCER_TIMEOUTS);
        config.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4"));
        return new KafkaEventPublisher(
                () -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()));
    }

    /** Events stored but not yet acknowledged by Kafka (from the publisher's token; -1 before its first). */
    @Bean
    @ConditionalOnProperty(name = "compass.streams.publish", havingValue = "true", matchIfMissing = true)
    public Gauge publicationLag(MeterRegistry registry, ProjectionStatus status) {
        return Gauge.builder(
                        "compass.publication.lag",
                        status,
                        s -> s.lags().stream()
                                .filter(lag -> lag.processor().equals(KafkaEventPublisher.PROCESSOR))
                                .mapToDouble(lag -> lag.behind() == null ? -1 : lag.behind())
                                .max()
                                .orElse(-1))
                .description("events in the store that Kafka has not acknowledged")
                .register(registry);
    }

    @Bean
    public GenerationFactory generationFactory(
            KafkaCluster cluster,
            StreamsProperties properties,
            KafkaProperties kafka,
            PlatformTransactionManager transactions,
            ActivityNotifier activity,
            ChangeNotifier changes) {
        return new GenerationFactory(
                cluster, properties, kafka.replication(), new TransactionTemplate(transactions), activity, changes);
    }

    @Bean
    public ConsumerLag consumerLag(Admin admin) {
        return new ConsumerLag(admin);
    }

    @Bean
    @ConditionalOnProperty(name = "compass.streams.process", havingValue = "true", matchIfMissing = true)
    public StreamPipeline streamPipeline(
            GenerationFactory factory, CompassTopics topics, SeriesGeneration generations, DSLContext sql) {
        return new StreamPipeline(factory, topics, generations, sql);
    }

    @Bean
    public StreamsReplay streamsReplay(
            DSLContext sql,
            PlatformTransactionManager transactions,
            SeriesGeneration generations,
            CompassTopics topics,
            ConsumerLag lag,
            ObjectProvider<StreamPipeline> pipeline,
            GenerationFactory factory) {
        return new StreamsReplay(
                sql,
                new TransactionTemplate(transactions),
                generations,
                topics,
                lag,
                pipeline.getIfAvailable(),
                factory);
    }
}
