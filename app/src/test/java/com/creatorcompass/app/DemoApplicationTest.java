package com.creatorcompass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.app.api.GraphQlOverHttp;
import com.creatorcompass.app.api.SignInClient;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo as a newcomer starts it: the stand-in site's creators are tracked and scraped by real
 * headless Chromium into the event store; a handle the site does not know ends in a failure.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "compass.scraper.interval=1h",
            "compass.scraper.poll-every=200ms",
            // The live scraping alone, as the demo ran before it recorded a past: DemoHistoryIT covers that.
            "compass.demo.tracked-per-niche=2",
            "compass.demo.history-days=0"
        })
class DemoApplicationTest {

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
    CommandGateway commands;

    @LocalServerPort
    int port;

    @Test
    void the_demo_answers_this_machine_only() throws Exception {
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(network -> !isLoopback(network))
                .flatMap(network -> Collections.list(network.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        Assumptions.assumeTrue(other.isPresent(), "this machine has no address but loopback to try from");
        InetAddress outside = other.get();
        try (Socket local = new Socket("127.0.0.1", port)) {
            assertThat(local.isConnected()).isTrue();
        }
        assertThatThrownBy(() -> new Socket(outside, port).close())
                .as("the demo's port on " + outside.getHostAddress())
                .isInstanceOf(ConnectException.class);
    }

    private static boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback();
        } catch (SocketException unreadable) {
            return true;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_tracked_stand_in_creators_are_scraped_by_chromium_into_the_store() {
        await().atMost(Duration.ofSeconds(90)).until(() -> count("ProfileSnapshotRecorded") >= 12);
        // The page reads the warehouse, which follows the store a moment behind.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                        "select count(distinct creator_id) from warehouse.fact_profile_snapshot",
                                        Long.class)
                                >= 12
                        && jdbc.queryForObject("select count(*) from warehouse.fact_video_snapshot", Long.class)
                                >= 360);

        ResponseEntity<Map> status = http.getForEntity("/api/status", Map.class);
        assertThat(status.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> creators =
                (List<Map<String, Object>>) status.getBody().get("creators");
        assertThat(creators)
                .filteredOn(creator -> ((String) creator.get("handle")).contains(".creator"))
                .hasSize(12)
                .allSatisfy(creator -> {
                    assertThat(((Number) creator.get("profile_snapshots")).intValue())
                            .isGreaterThanOrEqualTo(1);
                    assertThat(((Number) creator.get("video_snapshots")).intValue())
                            .isEqualTo(30);
                });
        assertThat(jdbc.queryForList(
                        "select distinct payload ->> 'source' from event_store.readable_event "
                                + "where payload_type like '%SnapshotRecorded'",
                        String.class))
                .containsExactly("SIMULATION");
        // The warehouse fills as the events arrive.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from warehouse.dim_creator where followers is not null", Long.class)
                        >= 12);
        assertThat(jdbc.queryForObject("select count(*) from warehouse.fact_video_snapshot", Long.class))
                .isGreaterThanOrEqualTo(360);
        // And through Kafka Streams into the series: a growth day and an engagement day per creator,
        // a series row per video observation.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                        "select count(distinct creator_id) from series.creator_growth_daily",
                                        Long.class)
                                >= 12
                        && jdbc.queryForObject(
                                        "select count(distinct creator_id) from series.creator_engagement_daily",
                                        Long.class)
                                >= 12
                        && jdbc.queryForObject("select count(*) from series.video_engagement_series", Long.class)
                                >= 360);
        assertThat(jdbc.queryForObject("""
                select count(*) from series.creator_growth_daily g join warehouse.fact_profile_snapshot p
                  on p.creator_id = g.creator_id and p.captured_at = g.closed_at and p.followers = g.followers""", Long.class))
                .as("every growth day closes on a stored observation")
                .isEqualTo(jdbc.queryForObject("select count(*) from series.creator_growth_daily", Long.class));
    }

    @Test
    void a_signed_in_demo_user_gets_similar_creators_and_insights_from_what_chromium_scraped() throws Exception {
        await().atMost(Duration.ofSeconds(120))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from warehouse.dim_creator where followers is not null and handle like '%.creator%'",
                                Long.class)
                        >= 12);
        // The stand-in's pages show every creator's language and half of them their region; both reach the warehouse.
        assertThat(jdbc.queryForObject(
                        "select count(*) from analytics.creator_latest where language in ('en', 'de')", Long.class))
                .isGreaterThanOrEqualTo(12);
        assertThat(jdbc.queryForObject(
                        "select count(*) from analytics.creator_latest where region in ('US', 'GB', 'DE')", Long.class))
                .isGreaterThanOrEqualTo(1);
        String token = new SignInClient(port).devSignIn("demo.user@example.com", "Demo");
        assertThat(graphQl(
                                token,
                                "mutation { linkTikTokAccount(input: {handle: \"booktok.creator1\"}) { errors { code } } }")
                        .path("data")
                        .path("linkTikTokAccount")
                        .path("errors"))
                .isEmpty();
        assertThat(graphQl(
                                token,
                                "mutation { setAudiencePreferences(input: {niches: [\"booktok\"], regions: [], languages: []}) "
                                        + "{ errors { code } } }")
                        .path("data")
                        .path("setAudiencePreferences")
                        .path("errors"))
                .isEmpty();

        JsonNode recommendations = graphQl(
                        token, "{ recommendations(first: 3) { basedOn creators { handle reasons score } } }")
                .path("data")
                .path("recommendations");
        assertThat(recommendations.path("basedOn").asText()).isEqualTo("booktok.creator1");
        // The other booktok creator shares the niche's hashtags and caption words; the rest share at most a borrowed
        // tag.
        assertThat(recommendations.path("creators").get(0).path("handle").asText())
                .isEqualTo("booktok.creator2");
        assertThat(recommendations
                        .path("creators")
                        .get(0)
                        .path("reasons")
                        .get(0)
                        .asText())
                .startsWith("shares ");
        assertThat(recommendations.path("creators").get(0).path("reasons").toString())
                .contains("one of your niches");

        JsonNode insights = graphQl(
                        token,
                        "{ insights(handle: \"booktok.creator1\") { videosAnalysed insights { kind } withheld { kind reason } } }")
                .path("data")
                .path("insights");
        assertThat(insights.path("videosAnalysed").asInt()).isPositive();
        assertThat(insights.path("insights").size() + insights.path("withheld").size())
                .isGreaterThanOrEqualTo(6);
    }

    private JsonNode graphQl(String token, String document) throws Exception {
        JsonNode body = GraphQlOverHttp.post(port, token, document);
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body;
    }

    @Test
    void a_handle_the_site_does_not_know_ends_in_a_not_found_failure() {
        String creatorId = commands.sendAndWait(new TrackCreator("not.on.the.site", "test"));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> !jdbc.queryForList(
                                "select payload ->> 'reason' "
                                        + "from event_store.readable_event where aggregate_identifier = ? and payload_type like '%ScrapeFailed'",
                                String.class, creatorId)
                        .isEmpty());

        assertThat(jdbc.queryForList(
                        "select payload ->> 'reason' from event_store.readable_event "
                                + "where aggregate_identifier = ? and payload_type like '%ScrapeFailed'",
                        String.class, creatorId))
                .containsExactly("NOT_FOUND");
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_store.readable_event where aggregate_identifier = ? "
                                + "and payload_type like '%SnapshotRecorded'",
                        Long.class, creatorId))
                .isZero();
    }

    @Test
    void the_page_and_health_are_served() {
        // The web UI: its page and the files it names, served to anyone (everything it shows comes through GraphQL).
        String page = http.getForObject("/", String.class);
        assertThat(page).contains("<title>Creator Compass</title>", "<div id=\"root\">");
        java.util.regex.Matcher script =
                java.util.regex.Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(page);
        assertThat(script.find()).as(page).isTrue();
        assertThat(http.getForEntity(script.group(1), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
        // Publication lag: events stored but not yet acknowledged by Kafka (-1 until the publisher's first batch).
        await().atMost(Duration.ofSeconds(30)).until(() -> publicationLag() >= 0);
    }

    @SuppressWarnings("unchecked")
    private double publicationLag() {
        Map<String, Object> metric = http.getForObject("/actuator/metrics/compass.publication.lag", Map.class);
        return ((Number) ((List<Map<String, Object>>) metric.get("measurements"))
                        .get(0)
                        .get("value"))
                .doubleValue();
    }

    private long count(String eventType) {
        return jdbc.queryForObject(
                "select count(*) from event_store.readable_event where payload_type like ?",
                Long.class,
                "%." + eventType);
    }
}
