package com.creatorcompass.bench;

import com.creatorcompass.app.CompassApplication;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.FindCreators;
import com.creatorcompass.query.read.CreatorHistories;
import com.creatorcompass.query.read.CreatorReads;
import com.creatorcompass.query.replay.WarehouseReplay;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Replay: rebuild the warehouse from N events (scrapes of one profile + 30 videos) beside a bare
 * sequential read of the event table in the same run. Reads: p50/p99 of the query services on
 * 10,000 creators with a year of daily snapshots (written straight into the warehouse).
 */
final class ReplayBenchmark {

    private ReplayBenchmark() {}

    static void run(BenchOptions options, int events) throws Exception {
        TestDatabase database = TestDatabases.fresh();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CompassApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("bench")
                .run(
                        "--compass.db.url=" + database.jdbcUrl(),
                        "--compass.db.user=" + database.username(),
                        "--compass.db.password=" + (database.password() == null ? "" : database.password()),
                        "--logging.level.root=WARN",
                        "--compass.scraper.enabled=false",
                        "--compass.kafka.enabled=false",
                        "--compass.query.projections-enabled=false")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            DataSource dataSource = app.getBean(DataSource.class);
            List<String> creatorIds = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                creatorIds.add(commands.sendAndWait(new TrackCreator("replay.bench." + i, "bench")));
            }
            IngestBenchmark.ScrapeFactory scrapes = new IngestBenchmark.ScrapeFactory(30);
            for (int i = 0; i < events / 31; i++) {
                commands.sendAndWait(scrapes.next(creatorIds.get(i % creatorIds.size())));
            }
            long stored = count(dataSource, "select count(*) from event_store.domain_event_entry");

            double bare = bareRead(dataSource);
            WarehouseReplay.Report report = app.getBean(WarehouseReplay.class).replay(done -> {});
            System.out.printf(
                    Locale.ROOT,
                    "Replay benchmark: %d cores, Java %s, %,d events%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    stored);
            System.out.printf(
                    Locale.ROOT,
                    "  rebuild    : %,d events in %.1f s = %,.0f events/s (checksum %s)%n",
                    report.events(),
                    report.took().toNanos() / 1e9,
                    report.eventsPerSecond(),
                    report.after().get("*"));
            System.out.printf(
                    Locale.ROOT,
                    "  bare read  : %,.0f rows/s (select every event row in order, payload bytes touched)%n",
                    bare);
            System.out.printf(Locale.ROOT, "  ratio      : %.2f of the bare read%n", report.eventsPerSecond() / bare);
            Figures.add(
                    "replay",
                    "warehouse rebuilt from " + String.format(Locale.ROOT, "%,d", report.events()) + " events",
                    report.eventsPerSecond(),
                    "bare read of the event rows",
                    bare,
                    "events/s",
                    true);

            seedYearOfDailySnapshots(dataSource, 10_000);
            CreatorHistories queries = app.getBean(CreatorHistories.class);
            CreatorReads reads = app.getBean(CreatorReads.class);
            Random random = new Random(1);
            Instant midYear = Instant.parse("2026-05-01T00:00:00Z");
            latency("overview (now)", () -> overview(reads, "year.creator." + random.nextInt(10_000), AsOf.NOW));
            latency(
                    "overview (as of event time)",
                    () -> overview(reads, "year.creator." + random.nextInt(10_000), AsOf.eventTime(midYear)));
            latency(
                    "overview (as of both times)",
                    () -> overview(
                            reads,
                            "year.creator." + random.nextInt(10_000),
                            new AsOf(midYear, midYear.plusSeconds(86_400))));
            latency(
                    "history (one year)",
                    () -> queries.history(
                            "year.creator." + random.nextInt(10_000),
                            Instant.parse("2025-11-01T00:00:00Z"),
                            Instant.parse("2026-11-01T00:00:00Z"),
                            AsOf.NOW));
        }
    }

    private static Object overview(CreatorReads reads, String handle, AsOf asOf) {
        return reads.handle(new FindCreators(List.of(handle), asOf)).creators().get(0);
    }

    private static double bareRead(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement read = connection.prepareStatement(
                    "select global_index, aggregate_identifier, payload_type, payload from event_store.domain_event_entry order by global_index")) {
                read.setFetchSize(10_000);
                long start = System.nanoTime();
                long rows = 0;
                long bytes = 0;
                try (ResultSet result = read.executeQuery()) {
                    while (result.next()) {
                        bytes += result.getBytes(4).length;
                        rows++;
                    }
                }
                connection.commit();
                if (bytes == 0) {
                    throw new IllegalStateException("no payloads read");
                }
                return rows / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static void seedYearOfDailySnapshots(DataSource dataSource, int creators) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(
                    "insert into warehouse.dim_creator (creator_id, handle, tracked, followers, followers_precision, likes, "
                            + "likes_precision, following, videos, tier, last_seen_at, last_scrape_id) select 'y' || i, 'year.creator.' || i, "
                            + "true, 10000 + i, 'EXACT', 5000, 'ROUNDED', 10, 10, 'micro', timestamptz '2026-10-31', 'x' from generate_series(0, "
                            + (creators - 1) + ") i");
            sql.execute(
                    "insert into warehouse.fact_profile_snapshot select 'y' || i, 'd' || d, timestamptz '2025-11-01' + d * interval '1 day', "
                            + "timestamptz '2025-11-01' + d * interval '1 day' + interval '1 hour', 'SIMULATION', 'n', false, 10000 + i + d * 10, "
                            + "'EXACT', 10, 'EXACT', 5000, 'ROUNDED', 10, 'EXACT' from generate_series(0, "
                            + (creators - 1)
                            + ") i, generate_series(0, 364) d");
            sql.execute("analyze warehouse.fact_profile_snapshot");
            sql.execute("analyze warehouse.dim_creator");
        }
    }

    private static void latency(String name, Supplier<?> query) {
        for (int i = 0; i < 300; i++) {
            query.get();
        }
        long[] nanos = new long[2_000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "  %-28s: p50 %.2f ms, p99 %.2f ms (10,000 creators x 365 daily snapshots)%n",
                name,
                nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length * 99 / 100] / 1e6);
    }

    private static long count(DataSource dataSource, String query) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
