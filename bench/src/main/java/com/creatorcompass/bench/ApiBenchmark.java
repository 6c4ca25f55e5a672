package com.creatorcompass.bench;

import com.creatorcompass.app.CompassApplication;
import com.creatorcompass.graphql.security.SignIn;
import com.creatorcompass.graphql.security.Tokens;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.function.RouterFunction;

/**
 * The web UI's Dashboard operation against {@link ApiSeed}'s year of 10,000 creators, over HTTP on
 * loopback, the load from another JVM ({@link LoadGenerator}). Baseline in the same run: the same
 * JSON bytes from {@link DashboardBaseline} (hand-written SQL, the same server and sign-in check).
 * Cold: every request a different creator; warm: the same 100 in turn. Also the replay page's as-of
 * read (a different past day every request) and the most each answers with 8 requests in flight.
 *
 * <p>{@code -Dbench.api.database=JDBC_URL} reuses a database this benchmark seeded before (seeding
 * takes minutes); without it every run seeds a fresh one. {@code -Dbench.api.floor=true} answers
 * GraphQL's reads from memory ({@link ReadsFromMemory}): the stack's floor against the same baseline.
 */
final class ApiBenchmark {

    /** Users the load signs in as, each request as the next. */
    static final int USERS = 100;

    private ApiBenchmark() {}

    static void run(BenchOptions options, int rate) throws Exception {
        String reused = System.getProperty("bench.api.database");
        TestDatabase database = reused == null ? TestDatabases.fresh() : null;
        String url = reused != null ? reused : database.jdbcUrl();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CompassApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("bench")
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean(
                                "dashboardBaseline",
                                RouterFunction.class,
                                () -> new DashboardBaseline(context.getBean(DataSource.class)).route()))
                .run(
                        "--compass.db.url=" + url,
                        "--compass.db.user=" + (database == null ? "postgres" : database.username()),
                        "--compass.db.password="
                                + (database == null || database.password() == null ? "" : database.password()),
                        "--logging.level.root=WARN",
                        "--compass.scraper.enabled=false",
                        "--compass.kafka.enabled=false",
                        "--compass.query.projections-enabled=false",
                        "--server.port=0",
                        "--compass.security.jwt-secret=bench-secret-bench-secret-bench-secret-0",
                        // 100 users at 2 dashboards a second each: within a generous allowance, still counted.
                        "--compass.graphql.request-burst=1000",
                        "--compass.graphql.requests-per-second=100")) {
            DataSource dataSource = app.getBean(DataSource.class);
            if (ReadsFromMemory.ENABLED) {
                app.getBean(QueryBus.class).registerHandlerInterceptor(new ReadsFromMemory());
            }
            long seeding = System.nanoTime();
            boolean seeded = ApiSeed.seeded(dataSource);
            if (!seeded) {
                ApiSeed.seed(dataSource);
            }
            System.out.printf(
                    Locale.ROOT,
                    "API benchmark: %d cores, Java %s; %,d creators x %d days, %d videos x %d observations each, %s in %.0f s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    ApiSeed.CREATORS,
                    ApiSeed.DAYS,
                    ApiSeed.VIDEOS,
                    ApiSeed.OBSERVATIONS,
                    seeded ? "seeded before, checked" : "seeded and vacuumed",
                    (System.nanoTime() - seeding) / 1e9);

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            // 200 dashboards a second come from many users, each signed in, each with their own allowance.
            List<String> tokens = new ArrayList<>();
            for (int user = 0; user < USERS; user++) {
                tokens.add(app.getBean(SignIn.class)
                        .startSession(
                                new Tokens.Identity(
                                        "u-bench-" + user, "bench" + user + "@example.com", "Bench " + user),
                                "bench")
                        .accessToken());
            }
            String token = tokens.get(0);
            String dashboard = new ClassPathResource("graphql-client/Dashboard.graphql")
                    .getContentAsString(StandardCharsets.UTF_8);
            int sameBytes = sameAnswers(port, token, dashboard);
            System.out.printf(
                    Locale.ROOT,
                    "  same bytes : the baseline's answer equals /graphql's for %d creators checked%s%n",
                    sameBytes,
                    ReadsFromMemory.ENABLED
                            ? "\n  floor      : GraphQL's reads answered from memory after their first time (no SQL)"
                            : "");

            int seconds = options.seconds();
            String graphql = "/graphql";
            String baseline = DashboardBaseline.PATH;
            Map<String, double[]> results = load(
                    port,
                    tokens,
                    dashboard,
                    List.of(
                            // The JIT needs minutes on two cores to compile graphql-java's and jOOQ's hot paths:
                            // measure after it.
                            "warm-up-graphql," + graphql + ",cold," + rate / 2 + ",120",
                            "warm-up-baseline," + baseline + ",cold," + rate / 2 + ",15",
                            // The as-of statements' first seconds (their own forms, branches the JIT has not seen)
                            // answer in 100-250 ms at p99 and then in under 20: measure after them too.
                            "warm-up-as-of," + graphql + ",asof," + rate / 2 + ",15",
                            "baseline-cold," + baseline + ",cold," + rate + "," + seconds,
                            "graphql-cold," + graphql + ",cold," + rate + "," + seconds,
                            "baseline-warm," + baseline + ",warm," + rate + "," + seconds,
                            "graphql-warm," + graphql + ",warm," + rate + "," + seconds,
                            "graphql-as-of," + graphql + ",asof," + rate + "," + seconds,
                            "baseline-most," + baseline + ",cold,0," + seconds,
                            "graphql-most," + graphql + ",cold,0," + seconds,
                            "baseline-most-warm," + baseline + ",warm,0," + seconds,
                            "graphql-most-warm," + graphql + ",warm,0," + seconds));
            for (String phase :
                    List.of("baseline-cold", "graphql-cold", "baseline-warm", "graphql-warm", "graphql-as-of")) {
                double[] r = results.get(phase);
                System.out.printf(
                        Locale.ROOT,
                        "  %-14s: %,d requests at %d/s offered = %,.0f req/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors, %,d bytes each%n",
                        phase,
                        (long) r[0],
                        rate,
                        r[1],
                        r[2],
                        r[3],
                        r[4],
                        (long) r[5],
                        (long) r[6]);
            }
            double[] apiCold = results.get("graphql-cold");
            double[] sqlCold = results.get("baseline-cold");
            double[] apiWarm = results.get("graphql-warm");
            double[] sqlWarm = results.get("baseline-warm");
            double[] asOf = results.get("graphql-as-of");
            double apiMost = results.get("graphql-most")[1];
            double sqlMost = results.get("baseline-most")[1];
            double apiMostWarm = results.get("graphql-most-warm")[1];
            double sqlMostWarm = results.get("baseline-most-warm")[1];
            System.out.printf(
                    Locale.ROOT,
                    "  most, cold : GraphQL %,.0f req/s, baseline %,.0f req/s, %d in flight (ratio %.2f; aim 0.5: %s)%n",
                    apiMost,
                    sqlMost,
                    LoadGenerator.SATURATING_CLIENTS,
                    apiMost / sqlMost,
                    apiMost / sqlMost >= 0.5 ? "met" : "NOT met");
            System.out.printf(
                    Locale.ROOT,
                    "  most, warm : GraphQL %,.0f req/s, baseline %,.0f req/s (answers kept in memory; ratio %.2f)%n",
                    apiMostWarm,
                    sqlMostWarm,
                    apiMostWarm / sqlMostWarm);
            System.out.printf(
                    Locale.ROOT,
                    "  aims       : p99 < 50 ms at %d/s cold: %s (%.1f ms); as-of p99 < 50 ms: %s (%.1f ms)%n",
                    rate,
                    apiCold[3] < 50 && apiCold[5] == 0 ? "met" : "NOT met",
                    apiCold[3],
                    asOf[3] < 50 && asOf[5] == 0 ? "met" : "NOT met",
                    asOf[3]);
            Figures.add(
                    "api",
                    "dashboard over GraphQL, p99 at " + rate + " req/s, cold",
                    apiCold[3],
                    "the same JSON by hand-written SQL, cold",
                    sqlCold[3],
                    "ms",
                    false);
            Figures.add(
                    "api",
                    "dashboard over GraphQL, p99 at " + rate + " req/s, warm",
                    apiWarm[3],
                    "the same JSON by hand-written SQL, warm",
                    sqlWarm[3],
                    "ms",
                    false);
            Figures.add(
                    "api",
                    "replay's as-of dashboard, p99 at " + rate + " req/s",
                    asOf[3],
                    "the dashboard over GraphQL, cold",
                    apiCold[3],
                    "ms",
                    false);
            Figures.add(
                    "api",
                    "dashboard over GraphQL, most with 8 in flight, cold",
                    apiMost,
                    "the same JSON by hand-written SQL, cold",
                    sqlMost,
                    "req/s",
                    true);
            Figures.add(
                    "api",
                    "dashboard over GraphQL, most with 8 in flight, warm (kept answers)",
                    apiMostWarm,
                    "the same JSON by hand-written SQL, warm",
                    sqlMostWarm,
                    "req/s",
                    true);
        }
    }

    /** The baseline's bytes against /graphql's, for creators across the seeded range; the benchmark stops at a difference. */
    private static int sameAnswers(int port, String token, String dashboard) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (int creator = 0; creator < ApiSeed.CREATORS; creator += 211) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("handle", "bench.creator." + creator);
            variables.put(
                    "from", LocalDate.parse(ApiSeed.LAST_DAY).minusDays(89).toString());
            variables.put("to", ApiSeed.LAST_DAY);
            variables.put("granularity", "DAY");
            byte[] body = json.writeValueAsBytes(Map.of("query", dashboard, "variables", variables));
            String api = post(http, port, "/graphql", token, body);
            String sql = post(http, port, DashboardBaseline.PATH, token, body);
            if (!api.equals(sql)) {
                throw new IllegalStateException("the baseline's answer differs from /graphql's for bench.creator."
                        + creator + ":\n  graphql : " + api + "\n  baseline: " + sql);
            }
            checked++;
        }
        return checked;
    }

    private static String post(HttpClient http, int port, String path, String token, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Runs the phases in a {@link LoadGenerator} JVM; its RESULT lines by phase label. */
    private static Map<String, double[]> load(int port, List<String> tokens, String dashboard, List<String> phases)
            throws Exception {
        Path tokenFile = Files.createTempFile("bench-token", ".txt");
        Path queryFile = Files.createTempFile("bench-query", ".graphql");
        Files.write(tokenFile, tokens);
        Files.writeString(queryFile, dashboard);
        // From bench.jar (a Spring Boot jar, its classes nested) through its launcher; from a plain class path
        // directly.
        String classPath = System.getProperty("java.class.path");
        boolean bootJar = classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Dloader.main=" + LoadGenerator.class.getName(),
                "-cp",
                classPath,
                bootJar ? "org.springframework.boot.loader.launch.PropertiesLauncher" : LoadGenerator.class.getName(),
                Integer.toString(port),
                tokenFile.toString(),
                queryFile.toString(),
                Integer.toString(ApiSeed.CREATORS)));
        command.addAll(phases);
        Process generator =
                new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, double[]> results = new HashMap<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(generator.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.startsWith("RESULT ")) {
                    System.out.println("  [load] " + line);
                    continue;
                }
                String[] fields = line.split(" ");
                double[] figures = new double[fields.length - 2];
                for (int i = 2; i < fields.length; i++) {
                    figures[i - 2] = Double.parseDouble(fields[i]);
                }
                results.put(fields[1], figures);
            }
        }
        if (generator.waitFor() != 0) {
            throw new IllegalStateException("the load generator failed");
        }
        Files.deleteIfExists(tokenFile);
        Files.deleteIfExists(queryFile);
        return results;
    }
}
