package com.creatorcompass.app.api;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static com.creatorcompass.testsupport.Observations.videoAt;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The API on a real server, PostgreSQL and Axon, with a small known world: three creators with
 * hand-written histories (commands, through the real projection) and hand-computed stream series
 * rows. Every API test class extends this, so they share one application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "compass.scraper.enabled=false",
            "compass.demo.seed=false",
            "compass.kafka.enabled=false",
            "compass.security.dev-sign-in=true",
            "compass.security.admin-emails=admin@example.com",
            "compass.security.jwt-secret=" + ApiTest.SECRET,
            "compass.security.secure-cookies=false",
            "compass.graphql.scrape-requests-per-window=2",
            "compass.graphql.scrape-request-window=1h",
            "compass.security.ui-origin=https://ui.example",
            "compass.recommendations.check-every=0s"
        })
@ActiveProfiles("api-test")
@Import({ApiTest.StatementCounter.class, ApiTest.DispatchCounter.class})
abstract class ApiTest {

    static final String SECRET = "test-secret-test-secret-test-secret-0123";
    static final TestDatabase DATABASE = TestDatabases.fresh();
    static final Instant DAY1 = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-11-02T10:00:00Z");
    static final Instant DAY3 = Instant.parse("2026-11-03T10:00:00Z");
    /** Between recording day 2's scrape and day 3's: what we knew then. */
    static volatile Instant knownBeforeDay3;

    private static volatile boolean seeded;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsCompassDatabase(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StatementCounter statements;

    @Autowired
    DispatchCounter dispatches;

    @BeforeEach
    void world() throws Exception {
        synchronized (ApiTest.class) {
            if (!seeded) {
                seed();
                seeded = true;
            }
        }
    }

    HttpGraphQlTester graphQl(String accessToken) {
        WebTestClient client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30))
                .build();
        HttpGraphQlTester tester = HttpGraphQlTester.create(client);
        return accessToken == null
                ? tester
                : tester.mutate()
                        .header("Authorization", "Bearer " + accessToken)
                        .build();
    }

    String signIn(String email) throws Exception {
        return new SignInClient(port).devSignIn(email, email.substring(0, email.indexOf('@')));
    }

    private void seed() throws Exception {
        String ana = commands.sendAndWait(new TrackCreator("ana.reads", "fixture"));
        String bella = commands.sendAndWait(new TrackCreator("bella.bakes", "fixture"));
        String cara = commands.sendAndWait(new TrackCreator("cara.codes", "fixture"));
        commands.sendAndWait(scrape(ana, "71", "a1", DAY1, 1_000, Count.exact(50_000), 3));
        commands.sendAndWait(scrape(ana, "71", "a2", DAY2, 1_100, Count.exact(52_000), 3));
        Thread.sleep(20);
        knownBeforeDay3 = Instant.now();
        Thread.sleep(20);
        commands.sendAndWait(scrape(ana, "71", "a3", DAY3, 1_200, Count.rounded(4_300_000), 3));
        commands.sendAndWait(scrape(bella, "72", "b1", DAY3, 20_000, Count.exact(900_000), 2));
        commands.sendAndWait(scrape(cara, "73", "c1", DAY3, 300, Count.exact(4_000), 1));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        jdbc.queryForObject("select count(*) from warehouse.fact_profile_snapshot", Long.class) == 5);
        seriesRows(ana, bella, cara);
    }

    /** Stream outputs for the fixture, computed by hand from the histories above (docs/metrics.md). */
    private void seriesRows(String ana, String bella, String cara) {
        String growth =
                "insert into series.creator_growth_daily (creator_id, day, closed_at, followers, likes, videos, days_since_previous, "
                        + "followers_delta, likes_delta, videos_delta, followers_growth_1d, followers_growth_7d, followers_growth_28d, "
                        + "likes_growth_1d, likes_growth_7d, likes_growth_28d, followers_trend_per_day, projected_followers_30d, "
                        + "projected_followers_90d, followers_rounded, likes_rounded, videos_rounded, growth_rests_on_rounded) "
                        + "values (?, ?::date, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, null, null, ?, ?, ?, false, ?, false, ?)";
        jdbc.update(
                growth,
                ana,
                "2026-11-01",
                DAY1.toString(),
                1000,
                50000,
                3,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false);
        jdbc.update(
                growth,
                ana,
                "2026-11-02",
                DAY2.toString(),
                1100,
                52000,
                3,
                1,
                100,
                2000,
                0,
                0.1,
                0.04,
                100.0,
                4100,
                10100,
                false,
                false);
        jdbc.update(
                growth,
                ana,
                "2026-11-03",
                DAY3.toString(),
                1200,
                4300000,
                3,
                1,
                100,
                4248000,
                0,
                1200.0 / 1100 - 1,
                4300000.0 / 52000 - 1,
                100.0,
                4200,
                10200,
                true,
                true);
        jdbc.update(
                growth,
                bella,
                "2026-11-03",
                DAY3.toString(),
                20000,
                900000,
                2,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                false);
        jdbc.update(
                "insert into series.creator_engagement_daily values (?, '2026-11-03', 3, 0.1, 0.09, 0.5, 0.45, 800, 1, false)",
                ana);
        jdbc.update("""
                insert into series.video_velocity (video_id, age, creator_id, posted_at, views, interpolated, rounded,
                    creator_lower_quartile, creator_median, creator_upper_quartile, median_sample, outlier_score)
                values ('7100000000000000002', '1h', ?, ?::timestamptz, 150, true, false, 60, 100, 140, 5, 0.5)""", ana, DAY1.minus(Duration.ofDays(2)).toString());
        jdbc.update("insert into series.hashtag_daily values ('reading', '2026-11-03', 3, 1, 4500, 0.09, false)");
        jdbc.update("insert into series.hashtag_daily values ('baking', '2026-11-03', 2, 1, 9000, 0.2, false)");
        jdbc.update(
                "insert into series.alerts values ('outlier|7100000000000000002|1h', 'VIDEO_OUTLIER', ?, '7100000000000000002', "
                        + "?::timestamptz, 150, 100, 0.5, 0.4, false)",
                ana,
                DAY2.toString());
        jdbc.update(
                "insert into series.alerts values ('drop|c|2026-11-03', 'FOLLOWER_DROP', ?, null, ?::timestamptz, 300, 400, 0.25, 0.02, false)",
                cara,
                DAY3.toString());
    }

    /**
     * A scrape: the profile and {@code videos} videos ({@code videoPrefix} + 16 zeros + n),
     * video n posted n+1 days before day 1, with views 100 × day × (n+1).
     */
    static RecordScrape scrape(
            String creatorId,
            String videoPrefix,
            String scrapeId,
            Instant captured,
            long followers,
            Count likes,
            int videos) {
        long day = Duration.between(DAY1, captured).toDays() + 1;
        List<VideoObservation> observed = java.util.stream.IntStream.range(0, videos)
                .mapToObj(v -> videoAt(videoPrefix + "0000000000000000" + v, captured)
                        .postedAt(DAY1.minus(Duration.ofDays(v + 1L)))
                        .caption("video " + v + " #reading", "reading")
                        .durationSeconds(30 + v)
                        .counts(100L * day * (v + 1), 10L * day, day, 0)
                        .saves(0)
                        .build())
                .toList();
        return new RecordScrape(
                creatorId,
                creatorId + "-" + scrapeId,
                SnapshotSource.IMPORT,
                profileAt(captured)
                        .nickname("Nick " + scrapeId)
                        .followers(followers)
                        .likes(likes)
                        .videos(videos)
                        .build(),
                observed);
    }

    /** Counts the requests dispatched through the servlet filters a second time, to write an asynchronous answer. */
    @TestConfiguration
    static class DispatchCounter {
        final AtomicLong requests = new AtomicLong();
        final AtomicLong asynchronous = new AtomicLong();

        @Bean
        FilterRegistrationBean<Filter> countAsyncDispatches() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                if (request.getDispatcherType() == DispatcherType.ASYNC) {
                    asynchronous.incrementAndGet();
                } else if (request.getDispatcherType() == DispatcherType.REQUEST) {
                    requests.incrementAndGet();
                }
                chain.doFilter(request, response);
            });
            registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
            registration.addUrlPatterns("/graphql");
            return registration;
        }
    }

    /**
     * Counts the statements that read the read model (the schemas warehouse, series and accounts, as jOOQ
     * names them), for the no-N+1 test, and keeps the latest ones' text. Counted where they are prepared on
     * a connection: some reads run through jOOQ, some are rendered once and run on JDBC (RenderedOnce).
     */
    @TestConfiguration
    static class StatementCounter {
        private static final Pattern READ_MODEL_READ =
                Pattern.compile("(?is)^\\W*(select|with)\\b.*\"(warehouse|series|accounts)\"\\..*");

        final AtomicLong executed = new AtomicLong();
        final Deque<String> latest = new ConcurrentLinkedDeque<>();

        /** The text of the statements run since {@code before} was {@link #executed}'s value (at most the last 50). */
        List<String> since(long before) {
            List<String> all;
            long count;
            synchronized (latest) {
                all = new ArrayList<>(latest);
                count = Math.min(all.size(), executed.get() - before);
            }
            return all.subList(all.size() - (int) count, all.size());
        }

        void prepared(String sql) {
            if (!READ_MODEL_READ.matcher(sql).matches()) {
                return;
            }
            synchronized (latest) {
                latest.addLast(sql);
                if (latest.size() > 50) {
                    latest.removeFirst();
                }
                executed.incrementAndGet();
            }
        }

        @Bean
        static BeanPostProcessor countedConnections(ObjectProvider<StatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counted(dataSource, counter) : bean;
                }
            };
        }

        private static DataSource counted(DataSource dataSource, ObjectProvider<StatementCounter> counter) {
            return new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                    return counted(super.getConnection(), counter.getObject());
                }

                @Override
                public Connection getConnection(String user, String password) throws SQLException {
                    return counted(super.getConnection(user, password), counter.getObject());
                }
            };
        }

        private static Connection counted(Connection connection, StatementCounter counter) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
                            counter.prepared(sql);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException failed) {
                            throw failed.getCause();
                        }
                    });
        }
    }
}
