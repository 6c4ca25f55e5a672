package com.creatorcompass.query.replay;

import com.creatorcompass.query.changes.ChangeNotifier;
import com.creatorcompass.query.jooq.Warehouse;
import com.creatorcompass.query.projection.WarehouseBatch;
import com.creatorcompass.query.projection.WarehouseChecksum;
import com.creatorcompass.query.projection.WarehouseProjection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the warehouse from the event store beside the live one, then switches: the live tables
 * keep serving while {@code warehouse_rebuild} is filled set-wise ({@link WarehouseBatch}, its dimensions written once at the end);
 * then, with the live projection paused, the
 * rebuild catches up to the head, its rows replace the live rows and the projection's token moves to
 * where the rebuild stopped, all in one transaction.
 */
public class WarehouseReplay {

    static final String SHADOW = "warehouse_rebuild";
    private static final int BATCH = 5_000;

    private final DSLContext sql;
    private final EventStorageEngine events;
    private final TokenStore tokens;
    private final TransactionTemplate transactions;
    private final Optional<EventProcessingConfiguration> processors;
    private final ChangeNotifier changes;

    public WarehouseReplay(
            DSLContext sql,
            EventStorageEngine events,
            TokenStore tokens,
            TransactionTemplate transactions,
            Optional<EventProcessingConfiguration> processors,
            ChangeNotifier changes) {
        this.changes = changes;
        this.sql = sql;
        this.events = events;
        this.tokens = tokens;
        this.transactions = transactions;
        this.processors = processors;
    }

    /** What a replay did: the live checksums before, the rebuilt ones, and the live ones after the switch. */
    public record Report(
            Map<String, String> before,
            Map<String, String> rebuilt,
            Map<String, String> after,
            long events,
            Duration took) {
        public double eventsPerSecond() {
            return events / Math.max(0.001, took.toNanos() / 1e9);
        }
    }

    public Report replay(Consumer<Long> progress) {
        long start = System.nanoTime();
        Optional<EventProcessor> live = processors.flatMap(p -> p.eventProcessor(WarehouseProjection.PROCESSOR));
        if (live.isEmpty()) {
            // Fail before the long part if another process holds the projection.
            transactions.executeWithoutResult(status -> {
                claimToken();
                tokens.releaseClaim(WarehouseProjection.PROCESSOR, 0);
            });
        }
        try {
            return rebuildAndSwitch(progress, live, start);
        } finally {
            sql.dropSchemaIfExists(SHADOW).cascade().execute();
        }
    }

    private Report rebuildAndSwitch(Consumer<Long> progress, Optional<EventProcessor> live, long start) {
        Map<String, String> before = WarehouseChecksum.of(sql);
        DSLContext shadow = sql.configuration()
                .derive(new Settings()
                        .withRenderMapping(new RenderMapping()
                                .withSchemata(new MappedSchema()
                                        .withInput(Warehouse.WAREHOUSE.getName())
                                        .withOutput(SHADOW))))
                .dsl();
        createShadow();
        WarehouseBatch folded = new WarehouseBatch();
        Position position = copy(folded, shadow, null, progress, 0);
        live.ifPresent(EventProcessor::shutDown);
        try {
            position = copy(folded, shadow, position.token(), progress, position.events());
            transactions.executeWithoutResult(status -> folded.writeDimensions(shadow));
            Map<String, String> rebuilt = WarehouseChecksum.of(shadow);
            TrackingToken last = position.token();
            transactions.executeWithoutResult(status -> {
                claimToken();
                for (Table<?> table : tables()) {
                    sql.truncate(table).execute();
                    sql.execute("insert into " + Warehouse.WAREHOUSE.getName() + "." + table.getName()
                            + " select * from " + SHADOW + "." + table.getName());
                }
                if (last != null) {
                    tokens.storeToken(last, WarehouseProjection.PROCESSOR, 0);
                }
                changes.everythingChanged();
                tokens.releaseClaim(WarehouseProjection.PROCESSOR, 0);
            });
            return new Report(
                    before,
                    rebuilt,
                    WarehouseChecksum.of(sql),
                    position.events(),
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            live.ifPresent(EventProcessor::start);
        }
    }

    private record Position(TrackingToken token, long events) {}

    /**
     * Applies every event after {@code from} to the shadow tables, a batch per transaction. Reading
     * and deserializing run on their own thread, a few batches ahead of the writing.
     */
    private Position copy(
            WarehouseBatch folded, DSLContext shadow, TrackingToken from, Consumer<Long> progress, long done) {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "replay-reader"));
        reader.submit(() -> read(from, queue));
        TrackingToken token = from;
        long count = done;
        try {
            for (Batch batch = take(queue); !batch.isEnd(); batch = take(queue)) {
                batch.payloads().forEach(folded::add);
                transactions.executeWithoutResult(status -> folded.writeFacts(shadow));
                token = batch.last();
                count += batch.payloads().size();
                progress.accept(count);
            }
        } finally {
            reader.shutdownNow();
        }
        return new Position(token, count);
    }

    private record Batch(List<Object> payloads, TrackingToken last, RuntimeException failure) {
        static final Batch END = new Batch(List.of(), null, null);

        boolean isEnd() {
            if (failure != null) {
                throw failure;
            }
            return payloads.isEmpty();
        }
    }

    private void read(TrackingToken from, BlockingQueue<Batch> queue) {
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            while (iterator.hasNext()) {
                List<Object> payloads = new ArrayList<>(BATCH);
                TrackingToken last = null;
                while (iterator.hasNext() && payloads.size() < BATCH) {
                    TrackedEventMessage<?> event = iterator.next();
                    payloads.add(event.getPayload());
                    last = event.trackingToken();
                }
                queue.put(new Batch(payloads, last, null));
            }
            queue.put(Batch.END);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            try {
                queue.put(new Batch(List.of(), null, failed));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Batch take(BlockingQueue<Batch> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        }
    }

    private void createShadow() {
        sql.dropSchemaIfExists(SHADOW).cascade().execute();
        sql.createSchema(SHADOW).execute();
        for (Table<?> table : tables()) {
            sql.execute("create table " + SHADOW + "." + table.getName() + " (like " + Warehouse.WAREHOUSE.getName()
                    + "." + table.getName() + " including all)");
        }
    }

    private void claimToken() {
        if (tokens.fetchSegments(WarehouseProjection.PROCESSOR).length == 0) {
            tokens.initializeTokenSegments(WarehouseProjection.PROCESSOR, 1);
        }
        try {
            tokens.fetchToken(WarehouseProjection.PROCESSOR, 0);
        } catch (UnableToClaimTokenException held) {
            throw new IllegalStateException(
                    "the warehouse projection is running in another process (the demo?): "
                            + "stop it, or replay from that process",
                    held);
        }
    }

    private static List<? extends Table<?>> tables() {
        return Warehouse.WAREHOUSE.getTables();
    }
}
