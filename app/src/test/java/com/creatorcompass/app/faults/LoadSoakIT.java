package com.creatorcompass.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.app.api.GraphQlOverHttp;
import com.creatorcompass.app.api.SignInClient;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded soak on loopback: the demo scraping its stand-in site with real Chromium, four clients
 * reading dashboards through GraphQL as fast as they are answered, and a warehouse replay asked for
 * through the API, all at once (stream replays run in the fault tests' checks). Prints throughput,
 * latency, errors and memory; fails on any error or when the heap after a full collection grew more
 * than {@value #HEAP_GROWTH_BOUND_MB} MB.
 */
@Tag("soak")
class LoadSoakIT {

    static final Duration SOAK = Duration.ofSeconds(45);
    static final int READERS = 4;
    static final long HEAP_GROWTH_BOUND_MB = 64;

    @TempDir
    Path work;

    @Test
    void scrapes_dashboard_reads_and_a_replay_at_once_without_errors_or_memory_growth() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        Map<String, String> env = CompassChild.scrapingDemo(database, work.resolve("data"));
        env.put("COMPASS_SCRAPER_INTERVAL", "20s");
        // Each reader reads back to back, standing for many users: no per-user allowance holds it back.
        env.put("COMPASS_GRAPHQL_REQUEST_BURST", "100000");
        env.put("COMPASS_GRAPHQL_REQUESTS_PER_SECOND", "100000");
        String dashboard = operation("Dashboard");
        try (CompassChild app = CompassChild.start(env, "LoadSoak-app")) {
            int port = Integer.parseInt(env.get("COMPASS_PORT"));
            String token = new SignInClient(port).devSignIn("admin@example.com", "Admin");
            List<String> handles = trackedHandles(database);
            await().atMost(Duration.ofMinutes(2)).until(() -> scrapedSince(database, Instant.EPOCH) >= handles.size());
            JsonNode memoryAtStart = app.call("memory", "memory", Duration.ofSeconds(30));

            Instant start = Instant.now();
            Instant end = start.plus(SOAK);
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                String readerToken =
                        new SignInClient(port).devSignIn("soak.reader" + r + "@example.com", "Reader " + r);
                Thread reader = new Thread(
                        () -> readDashboards(port, readerToken, dashboard, handles, end, latencies, errors),
                        "soak-reader-" + r);
                readers.add(reader);
                reader.start();
            }
            Thread.sleep(10_000);
            Duration warehouseReplay = replay(port, token, "WAREHOUSE", errors);
            for (Thread reader : readers) {
                reader.join();
            }
            Instant finished = Instant.now();
            JsonNode memoryAtEnd = app.call("memory", "memory", Duration.ofSeconds(30));
            app.stop();

            long scrapes = scrapedBetween(database, start, finished);
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double seconds = Duration.between(start, finished).toMillis() / 1000.0;
            long heapStart = memoryAtStart.get("heapAfterGc").asLong();
            long heapEnd = memoryAtEnd.get("heapAfterGc").asLong();
            System.out.printf(
                    "[soak] %.0f s on loopback (2 Chromium sessions scraping 12 creators every 20 s, %d dashboard readers, "
                            + "a warehouse replay): %d scrapes recorded (%.1f/min); %d dashboard reads (%.1f/s), "
                            + "p50 %.1f ms, p99 %.1f ms, max %.1f ms; the replay took %.1f s; %d errors; "
                            + "heap after GC %d MB -> %d MB (bound +%d MB), RSS %d MB -> %d MB%n",
                    seconds,
                    READERS,
                    scrapes,
                    scrapes / seconds * 60,
                    sorted.size(),
                    sorted.size() / seconds,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.99),
                    percentile(sorted, 1.0),
                    warehouseReplay.toMillis() / 1000.0,
                    errors.size(),
                    heapStart >> 20,
                    heapEnd >> 20,
                    HEAP_GROWTH_BOUND_MB,
                    memoryAtStart.get("rss").asLong() >> 20,
                    memoryAtEnd.get("rss").asLong() >> 20);
            assertThat(errors).as("errors during the soak").isEmpty();
            assertThat(scrapes).as("scrapes recorded during the soak").isPositive();
            assertThat(sorted).as("dashboard reads").hasSizeGreaterThan(100);
            assertThat(heapEnd - heapStart).as("heap growth after GC, bytes").isLessThan(HEAP_GROWTH_BOUND_MB << 20);
        }
    }

    private static void readDashboards(
            int port,
            String token,
            String document,
            List<String> handles,
            Instant end,
            ConcurrentLinkedQueue<Long> latencies,
            ConcurrentLinkedQueue<String> errors) {
        LocalDate today = LocalDate.now();
        while (Instant.now().isBefore(end)) {
            String handle = handles.get(ThreadLocalRandom.current().nextInt(handles.size()));
            long began = System.nanoTime();
            try {
                GraphQlOverHttp.Answer answer = GraphQlOverHttp.exchange(
                        port,
                        token,
                        document,
                        Map.of(
                                "handle",
                                handle,
                                "from",
                                today.minusDays(30).toString(),
                                "to",
                                today.toString(),
                                "granularity",
                                "DAY"));
                latencies.add(System.nanoTime() - began);
                if (answer.status() != 200
                        || answer.body().has("errors")
                        || answer.body().at("/data/creator/handle").isMissingNode()) {
                    errors.add(answer.status() + " " + answer.body());
                }
            } catch (Exception e) {
                errors.add(e.toString());
            }
        }
    }

    /** Starts a replay through the API as the admin and waits until it has finished. */
    private static Duration replay(int port, String token, String projection, ConcurrentLinkedQueue<String> errors)
            throws Exception {
        long began = System.nanoTime();
        JsonNode started = GraphQlOverHttp.exchange(port, token, operation("Replay"), Map.of("projection", projection))
                .body();
        String id = started.at("/data/replay/replay/id").asText();
        if (id.isEmpty()) {
            errors.add("replay " + projection + " did not start: " + started);
            return Duration.ZERO;
        }
        String state = await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> {
                            for (JsonNode run : GraphQlOverHttp.post(port, token, operation("ReplayStatus"))
                                    .at("/data/replayStatus/replays")) {
                                if (run.get("id").asText().equals(id)) {
                                    return run.get("state").asText();
                                }
                            }
                            return "UNKNOWN";
                        },
                        s -> !s.equals("RUNNING"));
        if (!state.equals("SUCCEEDED")) {
            errors.add("replay " + projection + " ended " + state);
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    static String operation(String name) throws IOException {
        try (InputStream in = LoadSoakIT.class.getResourceAsStream("/graphql-client/" + name + ".graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double percentile(List<Long> sortedNanos, double p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, index)) / 1e6;
    }

    private static List<String> trackedHandles(TestDatabase database) throws Exception {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select handle from command_model.handle_claim order by handle")) {
            List<String> handles = new ArrayList<>();
            while (rows.next()) {
                handles.add(rows.getString(1));
            }
            return handles;
        }
    }

    private static long scrapedSince(TestDatabase database, Instant since) throws Exception {
        return scrapedBetween(database, since, Instant.now().plusSeconds(60));
    }

    private static long scrapedBetween(TestDatabase database, Instant from, Instant to) throws Exception {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from event_store.readable_event where payload_type like '%.ProfileSnapshotRecorded' "
                                + "and stored_at between ? and ?")) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
