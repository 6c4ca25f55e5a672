package com.creatorcompass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.app.api.GraphQlOverHttp;
import com.creatorcompass.app.api.SignInClient;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh demo, as a newcomer starts it: 180 days of the stand-in world's past are recorded through
 * the command side and reach the dashboard (growth over 1, 7 and 28 days, projections, velocity,
 * outlier alerts, shown insights) within the first minutes; starting again records nothing twice.
 * Live scraping is off here (DemoApplicationTest covers it): this is about the history.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"compass.scraper.enabled=false"})
class DemoFirstMinuteTest {

    static final TestDatabase DATABASE = TestDatabases.fresh();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DemoProperties.register(registry, DATABASE);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void the_dashboard_has_half_a_year_of_history_and_a_second_start_records_nothing_twice() throws Exception {
        // The time it takes is the demo's own figure (docs/performance.md); this bound only keeps a stuck run from
        // hanging.
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> readyAfter() != null);

        String token = new SignInClient(port).devSignIn("first.minute@example.com", "First");
        JsonNode creator = graphQl(token, """
                { creator(handle: "booktok.creator1") { growthKpis { followersGrowth1d followersGrowth7d followersGrowth28d
                  projectedFollowers30d projectedFollowers90d } } }""").path("data").path("creator");
        JsonNode growth = creator.path("growthKpis");
        for (String kpi : new String[] {
            "followersGrowth1d",
            "followersGrowth7d",
            "followersGrowth28d",
            "projectedFollowers30d",
            "projectedFollowers90d"
        }) {
            assertThat(growth.path(kpi).isNumber()).as(kpi + " in " + growth).isTrue();
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from series.creator_growth_daily g join warehouse.dim_creator c using (creator_id)
                where c.handle = 'booktok.creator1'""", Long.class)).as("days of growth").isGreaterThanOrEqualTo(150);
        assertThat(jdbc.queryForObject(
                        "select count(distinct creator_id) from warehouse.dim_creator where tracked", Long.class))
                .as("four creators per niche")
                .isEqualTo(24);
        assertThat(jdbc.queryForObject(
                        "select count(*) from series.video_velocity where age = '24h' and creator_median is not null",
                        Long.class))
                .as("views at a fixed age against the creator's median")
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from series.alerts where kind = 'VIDEO_OUTLIER'", Long.class))
                .isPositive();
        JsonNode insights = graphQl(token, "{ insights(handle: \"booktok.creator1\") { insights { kind } } }")
                .path("data")
                .path("insights")
                .path("insights");
        assertThat(insights.size())
                .as("insights shown, not withheld: " + insights)
                .isPositive();

        long events = events();
        ApplicationRunner seed = context.getBeansOfType(ApplicationRunner.class).values().stream()
                .filter(runner -> runner.getClass().getSimpleName().startsWith("DemoSeed"))
                .findFirst()
                .orElseThrow();
        seed.run(null);
        Thread.sleep(3_000);
        assertThat(events()).as("a second start records nothing twice").isEqualTo(events);
    }

    @SuppressWarnings("unchecked")
    private Object readyAfter() {
        Map<String, Object> history = (Map<String, Object>)
                http.getForObject("/api/status", Map.class).get("history");
        return history.get("readyAfterSeconds");
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from event_store.domain_event_entry", Long.class);
    }

    private JsonNode graphQl(String token, String document) throws Exception {
        JsonNode body = GraphQlOverHttp.post(port, token, document);
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body;
    }
}
