package com.creatorcompass.bench;

import com.creatorcompass.app.CompassApplication;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scrapes (one profile + N video snapshots each) sent through the command gateway into the event
 * store for a fixed time, then the same number of rows, carrying the same JSON, written to a plain
 * table with batched JDBC inserts: once with one transaction per scrape (the event store's unit)
 * and the same threads, once with 1,000-row transactions on one thread (a ceiling).
 */
final class IngestBenchmark {

    private IngestBenchmark() {}

    static void run(BenchOptions options) throws Exception {
        TestDatabase database = TestDatabases.fresh();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CompassApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("bench")
                .run(
                        "--compass.db.url=" + database.jdbcUrl(),
                        "--compass.db.user=" + database.username(),
                        "--compass.db.password=" + (database.password() == null ? "" : database.password()),
                        "--compass.db.max-pool-size=" + (options.threads() + 2),
                        "--logging.level.root=WARN",
                        "--compass.scraper.enabled=false",
                        "--compass.kafka.enabled=false")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            DataSource dataSource = app.getBean(DataSource.class);
            ObjectMapper json = app.getBean("defaultAxonObjectMapper", ObjectMapper.class);

            List<String> creatorIds = new ArrayList<>();
            for (int i = 0; i < options.creators(); i++) {
                creatorIds.add(commands.sendAndWait(new TrackCreator("bench.creator." + i, "bench")));
            }
            ScrapeFactory scrapes = new ScrapeFactory(options.videos());
            sendFor(Duration.ofSeconds(3), options.threads(), creatorIds, scrapes, commands); // warm-up

            Result eventStore =
                    sendFor(Duration.ofSeconds(options.seconds()), options.threads(), creatorIds, scrapes, commands);
            long rows = eventStore.scrapes() * (1L + options.videos());
            byte[][] payloads = samplePayloads(json, scrapes, creatorIds.get(0));
            double perScrape = baseline(
                    dataSource, eventStore.scrapes(), options, payloads, options.threads(), 1 + options.videos());
            double ceiling = baseline(dataSource, eventStore.scrapes(), options, payloads, 1, 1_000);

            double eventsPerSecond = rows / eventStore.seconds();
            print(options, database, dataSource, eventStore, eventsPerSecond, perScrape, ceiling);
        }
    }

    record Result(long scrapes, double seconds) {}

    private static Result sendFor(
            Duration duration, int threads, List<String> creatorIds, ScrapeFactory scrapes, CommandGateway commands)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong sent = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                // Each thread owns its creators, as partitioning by creator would arrange.
                int turn = 0;
                while (System.nanoTime() < end) {
                    String creatorId = creatorIds.get((thread + threads * turn++) % creatorIds.size());
                    commands.sendAndWait(scrapes.next(creatorId));
                    sent.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return new Result(sent.get(), (System.nanoTime() - start) / 1e9);
    }

    /** The JSON of one profile event and one video event, as the event store holds them. */
    private static byte[][] samplePayloads(ObjectMapper json, ScrapeFactory scrapes, String creatorId)
            throws Exception {
        RecordScrape scrape = scrapes.next(creatorId);
        ProfileObservation p = scrape.profile();
        ProfileSnapshotRecorded profile = new ProfileSnapshotRecorded(
                creatorId,
                scrape.scrapeId(),
                Instant.now(),
                scrape.source(),
                new ProfileObservation(
                        p.capturedAt(),
                        p.tiktokUserId(),
                        p.secUid(),
                        p.nickname(),
                        p.bio(),
                        p.verified(),
                        p.followers(),
                        p.following(),
                        p.likes(),
                        p.videos()));
        return new byte[][] {
            json.writeValueAsBytes(profile),
            json.writeValueAsBytes(scrape.videos().get(0))
        };
    }

    /** Rows per second writing {@code scrapes × rowsPerScrape} rows in transactions of {@code rowsPerTransaction}. */
    private static double baseline(
            DataSource dataSource,
            long scrapes,
            BenchOptions options,
            byte[][] payloads,
            int threads,
            int rowsPerTransaction)
            throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement ddl = connection.createStatement()) {
            ddl.execute("drop table if exists public.bench_baseline");
            ddl.execute(
                    "create table public.bench_baseline (id bigint generated always as identity primary key, "
                            + "aggregate_identifier varchar(255) not null, sequence_number bigint not null, payload bytea not null)");
        }
        long totalRows = scrapes * (1L + options.videos());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long share = totalRows / threads + (t < totalRows % threads ? 1 : 0);
            String aggregate = "baseline-" + t;
            workers.add(pool.submit(() -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement insert = connection.prepareStatement(
                                "insert into public.bench_baseline (aggregate_identifier, sequence_number, payload) values (?, ?, ?)")) {
                    connection.setAutoCommit(false);
                    for (long row = 0; row < share; row++) {
                        insert.setString(1, aggregate);
                        insert.setLong(2, row);
                        insert.setBytes(3, payloads[row % (1 + options.videos()) == 0 ? 0 : 1]);
                        insert.addBatch();
                        if ((row + 1) % rowsPerTransaction == 0 || row == share - 1) {
                            insert.executeBatch();
                            connection.commit();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return totalRows / ((System.nanoTime() - start) / 1e9);
    }

    private static void print(
            BenchOptions options,
            TestDatabase database,
            DataSource dataSource,
            Result eventStore,
            double eventsPerSecond,
            double perScrapeBaseline,
            double ceiling)
            throws Exception {
        String postgres;
        try (Connection connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductVersion();
        }
        int eventsPerScrape = 1 + options.videos();
        System.out.printf(
                Locale.ROOT,
                "Ingest benchmark: %d cores, Java %s, PostgreSQL %s (%s), %d threads, %d creators%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                postgres,
                database.origin(),
                options.threads(),
                options.creators());
        System.out.printf(
                Locale.ROOT,
                "  event store   : %,d scrapes x %d events in %.1f s = %,.0f scrapes/s, %,.0f events/s%n",
                eventStore.scrapes(),
                eventsPerScrape,
                eventStore.seconds(),
                eventStore.scrapes() / eventStore.seconds(),
                eventsPerSecond);
        System.out.printf(
                Locale.ROOT,
                "  baseline      : same rows, batched JDBC, one transaction per scrape, %d threads = %,.0f rows/s%n",
                options.threads(),
                perScrapeBaseline);
        System.out.printf(Locale.ROOT, "  ratio         : %.2f of the baseline%n", eventsPerSecond / perScrapeBaseline);
        Figures.add(
                "ingest",
                "events stored through the command side, " + options.threads() + " threads",
                eventsPerSecond,
                "batched JDBC, a transaction per scrape",
                perScrapeBaseline,
                "events/s",
                true);
        System.out.printf(
                Locale.ROOT,
                "  ceiling       : same rows, batched JDBC, 1,000 rows per transaction, 1 thread = %,.0f rows/s (ratio %.2f)%n",
                ceiling,
                eventsPerSecond / ceiling);
    }

    /** Realistic scrapes: fresh ids, counts that grow, 30 videos with captions and hashtags. */
    static final class ScrapeFactory {
        private final int videos;
        private final AtomicLong sequence = new AtomicLong();

        ScrapeFactory(int videos) {
            this.videos = videos;
        }

        RecordScrape next(String creatorId) {
            long n = sequence.incrementAndGet();
            Instant capturedAt = Instant.now().minusSeconds(60);
            List<VideoObservation> observed = new ArrayList<>(videos);
            for (int v = 0; v < videos; v++) {
                long views = 10_000 + n * 7 + v * 1_000L;
                observed.add(new VideoObservation(
                        Long.toString(7_300_000_000_000_000_000L + v),
                        capturedAt,
                        capturedAt.minus(Duration.ofDays(v + 1)),
                        "video " + v + " of a bench creator #fyp #bench",
                        List.of("fyp", "bench"),
                        15 + v,
                        Count.exact(views),
                        Count.exact(views / 10),
                        Count.exact(views / 100),
                        Count.exact(views / 1_000),
                        Count.exact(views / 500)));
            }
            ProfileObservation profile = new ProfileObservation(
                    capturedAt,
                    "68" + creatorId.hashCode(),
                    null,
                    "Bench",
                    "a creator for the ingest benchmark",
                    false,
                    Count.exact(100_000 + n),
                    Count.exact(100),
                    Count.rounded(4_300_000),
                    Count.exact(120));
            return new RecordScrape(
                    creatorId, UUID.randomUUID().toString(), SnapshotSource.SIMULATION, profile, observed);
        }
    }
}
