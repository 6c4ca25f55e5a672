package com.creatorcompass.app.streams;

import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.query.projection.WarehouseChecksum;
import com.creatorcompass.query.series.SeriesGeneration;
import com.creatorcompass.query.series.SeriesSink;
import com.creatorcompass.query.series.SeriesWriter;
import com.creatorcompass.streams.runtime.CompassTopics;
import com.creatorcompass.streams.runtime.ConsumerLag;
import com.creatorcompass.streams.runtime.StreamsRunner;
import com.creatorcompass.streams.topology.CompassTopology;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every series from the first event: a new stream generation (fresh application id, its
 * own output topics) reads the event topic from the start into {@code series_rebuild} while the live
 * tables keep serving; once it has caught up, the live sink pauses, the rebuild catches up to the
 * head, and its rows replace the live rows and the generation switches in one transaction. The new
 * generation then carries on live and the old one is retired.
 */
public class StreamsReplay {

    private static final Logger log = LoggerFactory.getLogger(StreamsReplay.class);
    static final String SHADOW = "series_rebuild";
    private static final String LIVE = "series";

    private final DSLContext sql;
    private final TransactionTemplate transactions;
    private final SeriesGeneration generations;
    private final CompassTopics topics;
    private final ConsumerLag lag;
    private final StreamPipeline pipeline;
    private final GenerationFactory factory;

    public StreamsReplay(
            DSLContext sql,
            TransactionTemplate transactions,
            SeriesGeneration generations,
            CompassTopics topics,
            ConsumerLag lag,
            StreamPipeline pipeline,
            GenerationFactory factory) {
        this.sql = sql;
        this.transactions = transactions;
        this.generations = generations;
        this.topics = topics;
        this.lag = lag;
        this.pipeline = pipeline;
        this.factory = factory;
    }

    /** The live checksums before, the rebuilt ones and the live ones after the switch. */
    public record Report(
            int fromGeneration,
            int toGeneration,
            Map<String, String> before,
            Map<String, String> rebuilt,
            Map<String, String> after,
            long rows,
            Duration took) {}

    public synchronized Report replay(Consumer<String> progress) throws InterruptedException {
        long start = System.nanoTime();
        int live = generations.current();
        if (pipeline == null && lag.active(SeriesSink.groupId(live))) {
            throw new IllegalStateException("generation " + live + " is being written by a running app; "
                    + "stop it first (or replay from inside it)");
        }
        int next = live + 1;
        Map<String, String> before = WarehouseChecksum.of(sql, SeriesWriter.tables());
        DSLContext shadow = createShadow();
        topics.ensureGeneration(next);
        StreamsRunner runner = factory.runner(next).start();
        SeriesSink sink = factory.rebuildSink(next, shadow).start();
        boolean handedOver = false;
        try {
            awaitCaughtUp(next, sink, progress);
            if (pipeline != null) {
                pipeline.pauseSink();
            }
            awaitCaughtUp(next, sink, progress);
            sink.close();
            Map<String, String> rebuilt = WarehouseChecksum.of(shadow, SeriesWriter.tables());
            transactions.executeWithoutResult(status -> {
                for (Table<?> table : SeriesWriter.tables()) {
                    sql.truncate(table).execute();
                    sql.execute("insert into " + LIVE + "." + table.getName() + " select * from " + SHADOW + "."
                            + table.getName());
                }
                generations.switchTo(next);
            });
            Map<String, String> after = WarehouseChecksum.of(sql, SeriesWriter.tables());
            StreamsRunner retired = pipeline != null ? pipeline.replaceWith(runner) : null;
            if (pipeline == null) {
                runner.close();
            }
            handedOver = true;
            retire(live, retired);
            return new Report(
                    live, next, before, rebuilt, after, sink.written(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            if (!handedOver) {
                sink.close();
                runner.close();
                if (pipeline != null) {
                    pipeline.resumeSink();
                }
            }
            sql.dropSchemaIfExists(SHADOW).cascade().execute();
        }
    }

    /**
     * Caught up: the new application has committed every record of its input topics, its sink has
     * read every output, and two checks a flush apart saw no new rows.
     */
    private void awaitCaughtUp(int generation, SeriesSink sink, Consumer<String> progress) throws InterruptedException {
        List<String> inputs = List.of(Topics.EVENTS, CompassTopology.hashtagVideosTopic(generation));
        long seen = -1;
        while (true) {
            Thread.sleep(1_000);
            long behind = lag.of(Topics.applicationId(generation), inputs);
            progress.accept("generation " + generation + ": " + behind + " records to process, " + sink.written()
                    + " rows written");
            if (behind == 0 && sink.caughtUp() && sink.written() == seen) {
                return;
            }
            seen = behind == 0 && sink.caughtUp() ? sink.written() : -1;
        }
    }

    private DSLContext createShadow() {
        sql.dropSchemaIfExists(SHADOW).cascade().execute();
        sql.createSchema(SHADOW).execute();
        for (Table<?> table : SeriesWriter.tables()) {
            sql.execute("create table " + SHADOW + "." + table.getName() + " (like " + LIVE + "." + table.getName()
                    + " including all)");
        }
        return sql.configuration()
                .derive(new Settings()
                        .withRenderMapping(new RenderMapping()
                                .withSchemata(new MappedSchema().withInput(LIVE).withOutput(SHADOW))))
                .dsl();
    }

    private void retire(int generation, StreamsRunner retired) {
        try {
            if (retired != null) {
                retired.cleanUp();
            }
            topics.deleteGeneration(generation);
        } catch (RuntimeException e) {
            log.warn("Generation {} is retired but its topics remain: {}", generation, e.toString());
        }
    }
}
