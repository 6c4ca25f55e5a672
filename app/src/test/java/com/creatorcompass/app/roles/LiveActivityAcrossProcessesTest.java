package com.creatorcompass.app.roles;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.app.CompassApplication;
import com.creatorcompass.app.api.GraphQlOverHttp;
import com.creatorcompass.app.api.SignInClient;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.query.Activity;
import com.creatorcompass.contracts.query.WatchActivity;
import com.creatorcompass.contracts.user.AddToTrackingList;
import com.creatorcompass.contracts.user.RegisterUser;
import com.creatorcompass.graphql.cache.ResponseCache;
import com.creatorcompass.query.notices.NoticeListener;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scaled out, the warehouse is projected by a worker while users read dashboards and subscribe to live
 * activity in the API process: the worker's commit reaches the API's subscribers, and drops the
 * dashboard the API keeps in memory, through PostgreSQL's NOTIFY.
 */
class LiveActivityAcrossProcessesTest {

    static final String SECRET = "test-secret-test-secret-test-secret-0123";

    @Test
    void a_scrape_projected_by_a_worker_reaches_a_subscriber_and_the_dashboard_of_the_api_process() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        String[] common = {
            "--compass.demo.seed=false",
            "--compass.standin.port=0",
            "--compass.scraper.enabled=false",
            "--compass.db.data-dir=" + Files.createTempDirectory("compass-live"),
            "--compass.db.url=" + database.jdbcUrl(),
            "--compass.db.user=" + database.username(),
            "--compass.db.password=" + (database.password() == null ? "" : database.password())
        };
        try (ConfigurableApplicationContext worker = start(common, "--compass.roles=projections");
                ConfigurableApplicationContext api = start(
                        common,
                        "--compass.roles=api",
                        "--server.port=0",
                        "--compass.kafka.enabled=false",
                        "--compass.security.dev-sign-in=true",
                        "--compass.security.secure-cookies=false",
                        "--compass.security.jwt-secret=" + SECRET)) {
            assertThat(worker.getBeanNamesForType(NoticeListener.class)).isEmpty();
            CommandGateway commands = api.getBean(CommandGateway.class);
            String creatorId = commands.sendAndWait(new TrackCreator("live.across", "test"));
            commands.sendAndWait(new RegisterUser("user-live", "live@example.com", "Live"));
            commands.sendAndWait(new AddToTrackingList("user-live", "live.across"));
            JdbcTemplate jdbc = api.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from warehouse.dim_creator where handle = 'live.across'",
                                    Long.class)
                            == 1);

            int port = api.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String token = new SignInClient(port).devSignIn("reader@example.com", "Reader");
            ResponseCache kept = api.getBean(ResponseCache.class);
            await().atMost(Duration.ofSeconds(10)).until(kept::serving);
            assertThat(dashboardFollowers(port, token)).isNull(); // tracked, not observed yet
            assertThat(kept.size()).isEqualTo(1);

            SubscriptionQueryResult<Activity, Activity> subscription = api.getBean(QueryGateway.class)
                    .subscriptionQuery(new WatchActivity("user-live"), Activity.class, Activity.class);
            CompletableFuture<Activity> next = subscription.updates().next().toFuture();
            worker.getBean(CommandGateway.class)
                    .sendAndWait(new RecordScrape(
                            creatorId,
                            "live-1",
                            SnapshotSource.SIMULATION,
                            profileAt(Instant.now().minusSeconds(10))
                                    .ids("9", null)
                                    .nickname("Live")
                                    .followers(4_321)
                                    .following(1)
                                    .likes(10)
                                    .videos(0)
                                    .build(),
                            List.of()));

            Activity activity = next.get(30, TimeUnit.SECONDS);
            assertThat(activity.kind()).isEqualTo(Activity.Kind.SCRAPE_RECORDED);
            assertThat(activity.handle()).isEqualTo("live.across");
            assertThat(activity.detail()).isEqualTo("followers 4321");
            subscription.cancel();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> Long.valueOf(4_321).equals(dashboardFollowers(port, token)));
        }
    }

    private static Long dashboardFollowers(int port, String token) throws Exception {
        JsonNode answer = GraphQlOverHttp.post(
                port, token, "{ creator(handle: \"live.across\") { handle followers { value } } }");
        assertThat(answer.at("/data/creator/handle").asText()).isEqualTo("live.across");
        JsonNode followers = answer.at("/data/creator/followers/value");
        return followers.isMissingNode() || followers.isNull() ? null : followers.asLong();
    }

    private static ConfigurableApplicationContext start(String[] common, String... roles) {
        String[] arguments = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(common), java.util.Arrays.stream(roles))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CompassApplication.class).run(arguments);
    }
}
