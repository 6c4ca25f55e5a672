package com.creatorcompass.app.streams;

import com.creatorcompass.app.kafka.KafkaConfiguration.KafkaCluster;
import com.creatorcompass.query.activity.ActivityNotifier;
import com.creatorcompass.query.changes.ChangeNotifier;
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
    private final ChangeNotifier changes;

    public GenerationFactory(
            KafkaCluster cluster,
            StreamsProperties properties,
            short replication,
            TransactionTemplate transactions,
            ActivityNotifier activity,
            ChangeNotifier changes) {
        this.changes = changes;
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

    /** Into the live series tables: each write tells the API processes which creators it changed. */
    public SeriesSink liveSink(int generation, DSLContext live) {
        return new SeriesSink(
                cluster.bootstrapServers(),
                generation,
                new SeriesWriter(live, changes),
                transactions,
                activity::alertWritten);
    }

    /** @param shadow a DSLContext mapped onto a rebuild schema, which nobody reads until it is swapped in */
    public SeriesSink rebuildSink(int generation, DSLContext shadow) {
        return new SeriesSink(
                cluster.bootstrapServers(), generation, new SeriesWriter(shadow), transactions, activity::alertWritten);
    }
}
