package com.creatorcompass.bench;

import com.creatorcompass.app.CompassApplication;
import com.creatorcompass.graphql.security.SignIn;
import com.creatorcompass.graphql.security.Tokens;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The dashboard query (the web UI's own Dashboard.graphql: creator KPIs + 365 days of growth + the
 * latest 30 videos with their last observation) against 10,000 creators with a year of daily
 * history, over HTTP on loopback at a fixed arrival rate (latency counted from each request's
 * scheduled start, so a stall is not hidden). Baseline in the same run: the same numbers read by
 * hand-written SQL over JDBC at the same rate.
 */
final class ApiBenchmark {

    static final int CREATORS = 10_000;

    private ApiBenchmark() {}

    static void run(BenchOptions options, int rate) throws Exception {
        TestDatabase database = TestDatabases.fresh();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CompassApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("bench")
                .run(
                        "--compass.db.url=" + database.jdbcUrl(),
                        "--compass.db.user=" + database.username(),
                        "--compass.db.password=" + (database.password() == null ? "" : database.password()),
                        "--logging.level.root=WARN",
                        "--compass.scraper.enabled=false",
                        "--compass.kafka.enabled=false",
                        "--compass.query.projections-enabled=false",
                        "--server.port=0",
                        "--compass.security.jwt-secret=bench-secret-bench-secret-bench-secret-0",
                        // The bench's one token stands for the many users of 200 dashboards a second.
                        "--compass.graphql.request-burst=1000000",
                        "--compass.graphql.requests-per-second=1000000")) {
            DataSource dataSource = app.getBean(DataSource.class);
            long seeding = System.nanoTime();
            seed(dataSource);
            System.out.printf(
                    Locale.ROOT,
                    "API benchmark: %d cores, Java %s; seeded %,d creators x 365 days + 30 videos each in %.0f s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    CREATORS,
                    (System.nanoTime() - seeding) / 1e9);

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String token = app.getBean(SignIn.class)
                    .startSession(new Tokens.Identity("u-bench", "bench@example.com", "Bench"), "bench")
                    .accessToken();
            String dashboard = new ClassPathResource("graphql-client/Dashboard.graphql")
                    .getContentAsString(StandardCharsets.UTF_8);
            ObjectMapper json = new ObjectMapper();
            ExecutorService httpPool = Executors.newFixedThreadPool(8);
            HttpClient http = HttpClient.newBuilder().executor(httpPool).build();
            IntFunction<CompletableFuture<Boolean>> graphQl = creator -> {
                try {
                    String body = json.writeValueAsString(Map.of(
                            "query",
                            dashboard,
                            "variables",
                            Map.of("handle", "bench.creator." + creator, "from", "2025-11-01", "to", "2026-10-31")));
                    return http.sendAsync(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                                            .header("Authorization", "Bearer " + token)
                                            .header("Content-Type", "application/json")
                                            .POST(HttpRequest.BodyPublishers.ofString(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .thenApply(response -> response.statusCode() == 200
                                    && !response.body().contains("\"errors\"")
                                    && response.body().contains("\"closingDay\":\"2026-10-31\""));
                } catch (Exception e) {
                    return CompletableFuture.failedFuture(e);
                }
            };
            ExecutorService jdbcPool = Executors.newFixedThreadPool(8);
            IntFunction<CompletableFuture<Boolean>> handWritten = creator -> CompletableFuture.supplyAsync(
                    () -> handWrittenDashboard(dataSource, "bench.creator." + creator), jdbcPool);

            Duration measure = Duration.ofSeconds(options.seconds());
            // The JIT needs minutes on two cores to compile graphql-java's and jOOQ's hot paths: measure after it.
            load("warm-up (GraphQL)", graphQl, rate / 4, Duration.ofSeconds(150), false);
            load("warm-up (SQL)", handWritten, rate / 2, Duration.ofSeconds(5), false);
            Result sql = load("hand-written SQL", handWritten, rate, measure, true);
            Result api = load("GraphQL /graphql", graphQl, rate, measure, true);
            System.out.printf(
                    Locale.ROOT,
                    "  p99 ratio  : GraphQL %.1f x the hand-written SQL (aim: GraphQL p99 < 50 ms at %d req/s: %s)%n",
                    api.p99() / sql.p99(),
                    rate,
                    api.p99() < 50 && api.errors() == 0 ? "met" : "NOT met");
            Figures.add(
                    "api",
                    "dashboard over GraphQL, p99 at " + rate + " req/s",
                    api.p99(),
                    "the same numbers in hand-written SQL",
                    sql.p99(),
                    "ms",
                    false);
            // Where the API stands when not overloaded: a fifth of the rate, and flat out with 8 in flight.
            load("GraphQL at " + rate / 5 + "/s", graphQl, rate / 5, measure, true);
            double apiMax = saturate(graphQl, 8, measure);
            double sqlMax = saturate(handWritten, 8, measure);
            System.out.printf(
                    Locale.ROOT,
                    "  most       : GraphQL %,.0f req/s, hand-written SQL %,.0f req/s, 8 in flight (ratio %.2f)%n",
                    apiMax,
                    sqlMax,
                    apiMax / sqlMax);
            Figures.add(
                    "api",
                    "dashboard over GraphQL, most with 8 in flight",
                    apiMax,
                    "hand-written SQL, 8 in flight",
                    sqlMax,
                    "req/s",
                    true);
            jdbcPool.shutdownNow();
            httpPool.shutdownNow();
        }
    }

    record Result(double p50, double p99, int errors) {}

    /** Requests started at a fixed rate; latency from each request's scheduled start. */
    private static Result load(
            String name, IntFunction<CompletableFuture<Boolean>> request, int rate, Duration duration, boolean print)
            throws Exception {
        Random random = new Random(7);
        int total = (int) (rate * duration.toSeconds());
        long interval = 1_000_000_000L / rate;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int slot = i;
            inFlight.add(request.apply(random.nextInt(CREATORS)).handle((ok, failure) -> {
                latencies[slot] = System.nanoTime() - scheduled;
                if (failure != null || !Boolean.TRUE.equals(ok)) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        Result result = new Result(latencies[total / 2] / 1e6, latencies[total * 99 / 100] / 1e6, errors.get());
        if (print) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-17s: %,d requests at %d/s in %.1f s = %,.0f req/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%n",
                    name,
                    total,
                    rate,
                    seconds,
                    total / seconds,
                    result.p50(),
                    result.p99(),
                    latencies[total - 1] / 1e6,
                    result.errors());
        }
        return result;
    }

    /** Requests back to back from {@code concurrency} clients: the most it answers per second. */
    private static double saturate(
            IntFunction<CompletableFuture<Boolean>> request, int concurrency, Duration duration) {
        Random random = new Random(11);
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger done = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            running.add(CompletableFuture.runAsync(
                    () -> {
                        while (System.nanoTime() < end) {
                            if (Boolean.TRUE.equals(request.apply(random.nextInt(CREATORS))
                                    .exceptionally(failure -> false)
                                    .join())) {
                                done.incrementAndGet(); // answers only: a dropped connection is not a request served
                            }
                        }
                    },
                    clients));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        clients.shutdown();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** The baseline: the dashboard's numbers in three statements written by hand. */
    private static boolean handWrittenDashboard(DataSource dataSource, String handle) {
        try (Connection connection = dataSource.getConnection()) {
            String creatorId = null;
            int rows = 0;
            try (PreparedStatement kpis = connection.prepareStatement("""
                    select c.creator_id, s.followers, s.likes, s.videos, g.followers_growth_7d, e.engagement_by_views_median
                    from warehouse.dim_creator c
                    join lateral (select * from warehouse.fact_profile_snapshot s where s.creator_id = c.creator_id
                                  order by captured_at desc limit 1) s on true
                    left join lateral (select * from series.creator_growth_daily g where g.creator_id = c.creator_id
                                  order by day desc limit 1) g on true
                    left join lateral (select * from series.creator_engagement_daily e where e.creator_id = c.creator_id
                                  order by day desc limit 1) e on true
                    where c.handle = ?""")) {
                kpis.setString(1, handle);
                try (ResultSet result = kpis.executeQuery()) {
                    if (result.next()) {
                        creatorId = result.getString(1);
                    }
                }
            }
            try (PreparedStatement growth = connection.prepareStatement(
                    "select day, followers, likes, videos, followers_delta "
                            + "from series.creator_growth_daily where creator_id = ? and day between date '2025-11-01' and date '2026-10-31' order by day")) {
                growth.setString(1, creatorId);
                try (ResultSet result = growth.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
            }
            try (PreparedStatement videos = connection.prepareStatement("""
                    select v.*, o.captured_at, o.views from warehouse.dim_video v
                    left join lateral (select * from warehouse.fact_video_snapshot o where o.video_id = v.video_id
                                       order by captured_at desc limit 1) o on true
                    where v.creator_id = ? order by v.posted_at desc nulls last, v.video_id desc limit 31""")) {
                videos.setString(1, creatorId);
                try (ResultSet result = videos.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
            }
            return creatorId != null && rows == 365 + 30;
        } catch (Exception e) {
            return false;
        }
    }

    private static void seed(DataSource dataSource) throws Exception {
        int last = CREATORS - 1;
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute(
                    "insert into warehouse.dim_creator (creator_id, handle, tracked, followers, followers_precision, likes, "
                            + "likes_precision, following, videos, tier, last_seen_at, last_scrape_id) select 'b' || i, 'bench.creator.' || i, "
                            + "true, 10000 + i, 'EXACT', 5000, 'EXACT', 10, 30, 'micro', timestamptz '2026-10-31 12:00Z', 'x' from generate_series(0, "
                            + last + ") i");
            sql.execute(
                    "insert into warehouse.fact_profile_snapshot select 'b' || i, 'd' || d, timestamptz '2025-11-01 12:00Z' + d * interval '1 day', "
                            + "timestamptz '2025-11-01 13:00Z' + d * interval '1 day', 'SIMULATION', 'n', false, 10000 + i + d * 10, "
                            + "'EXACT', 10, 'EXACT', 5000 + d * 100, 'EXACT', 30, 'EXACT' from generate_series(0, "
                            + last + ") i, generate_series(0, 364) d");
            sql.execute(
                    "insert into series.creator_growth_daily select 'b' || i, date '2025-11-01' + d, timestamptz '2025-11-01 12:00Z' + d * interval '1 day', "
                            + "10000 + i + d * 10, 5000 + d * 100, 30, case when d = 0 then null else 1 end, case when d = 0 then null else 10 end, "
                            + "case when d = 0 then null else 100 end, case when d = 0 then null else 0 end, 0.001, 0.007, 0.03, 0.02, 0.14, 0.5, 10, "
                            + "10000 + i + d * 10 + 300, 10000 + i + d * 10 + 900, false, false, false, false "
                            + "from generate_series(0, " + last + ") i, generate_series(0, 364) d");
            sql.execute(
                    "insert into series.creator_engagement_daily select 'b' || i, date '2026-10-31', 30, 0.1, 0.09, 0.05, 0.04, 1000, 1, false "
                            + "from generate_series(0, " + last + ") i");
            sql.execute(
                    "insert into warehouse.dim_video select 'v' || i || '-' || n, 'b' || i, timestamptz '2026-10-31 00:00Z' - n * interval '1 day', "
                            + "'video ' || n, 20 + n, timestamptz '2026-10-01Z', timestamptz '2026-10-31 12:00Z', 1000 * (n + 1), 100, 10, 5, 3, 'x' "
                            + "from generate_series(0, " + last + ") i, generate_series(0, 29) n");
            sql.execute(
                    "insert into warehouse.fact_video_snapshot select video_id, 'x', creator_id, timestamptz '2026-10-31 12:00Z', "
                            + "timestamptz '2026-10-31 13:00Z', 'SIMULATION', views, likes, comments, shares, saves, true from warehouse.dim_video");
            for (String table : List.of(
                    "warehouse.dim_creator",
                    "warehouse.fact_profile_snapshot",
                    "series.creator_growth_daily",
                    "series.creator_engagement_daily",
                    "warehouse.dim_video",
                    "warehouse.fact_video_snapshot")) {
                sql.execute("analyze " + table);
            }
        }
    }
}
