package com.creatorcompass.app.streams;

import com.creatorcompass.app.kafka.KafkaConfiguration.KafkaCluster;
import com.creatorcompass.query.activity.ActivityNotifier;
import com.creatorcompass.query.series.SeriesSink;
import com.creatorcompass.query.series.SeriesWriter;
import com.creatorcompass.streams.runtime.StreamsRunner;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds the two halves of a stream generation: its topology runner and the sink of its outputs. */
public class GenerationFactory {

    private final KafkaCluster cluster;
    private final StreamsProperties properties;
    private final short replication;
    private final TransactionTemplate transactions;
    private final ActivityNotifier activity;

    public GenerationFactory(
            KafkaCluster cluster,
            StreamsProperties properties,
            short replication,
            TransactionTemplate transactions,
            ActivityNotifier activity) {
        this.cluster = cluster;
        this.properties = properties;
        this.replication = replication;
        this.transactions = transactions;
        this.activity = activity;
    }

    public StreamsRunner runner(int generation) {
        return new StreamsRunner(
                cluster.bootstrapServers(),
                generation,
                properties.settings(),
                properties.stateDir(),
                properties.threads(),
                replication,
                Map.of());
    }

    /** @param target the live tables, or a DSLContext mapped onto a rebuild schema */
    public SeriesSink sink(int generation, DSLContext target) {
        return new SeriesSink(
                cluster.bootstrapServers(), generation, new SeriesWriter(target), transactions, activity::alertWritten);
    }
}
