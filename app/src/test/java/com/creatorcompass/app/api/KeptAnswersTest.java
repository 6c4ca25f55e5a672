package com.creatorcompass.app.api;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.graphql.cache.ResponseCache;
import com.creatorcompass.query.changes.ChangeNotifier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dashboard nobody changed is answered from memory, byte for byte what running it gives; whatever
 * changes one of its creators — a scrape through the projection, a series row with its notice — shows
 * in the next answer.
 */
class KeptAnswersTest extends ApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant SEEN = Instant.parse("2026-11-05T10:00:00Z");

    @Autowired
    ResponseCache cache;

    @Autowired
    ChangeNotifier changes;

    @Autowired
    TransactionTemplate transactions;

    String token;
    String dashboard;

    @BeforeEach
    void signedIn() throws Exception {
        token = signIn("kept@example.com");
        dashboard =
                new ClassPathResource("graphql-client/Dashboard.graphql").getContentAsString(StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(10)).until(cache::serving);
    }

    @Test
    void a_dashboard_read_again_costs_no_statement_and_is_the_same_bytes() throws Exception {
        Map<String, Object> view = Map.of("handle", "bella.bakes", "from", "2026-10-01", "to", "2026-11-03");

        long before = statements.executed.get();
        String first = post(view);
        long firstCost = statements.executed.get() - before;
        String again = post(view);
        long againCost = statements.executed.get() - before - firstCost;

        assertThat(firstCost).isEqualTo(3);
        assertThat(againCost).isZero();
        assertThat(again).isEqualTo(first).contains("\"followers\":[20000]");
    }

    @Test
    void an_answer_ready_at_once_is_written_without_a_second_dispatch_through_the_filters() throws Exception {
        Map<String, Object> view = Map.of("handle", "cara.codes", "from", "2026-10-02", "to", "2026-11-03");
        long requestsBefore = dispatches.requests.get();
        long before = dispatches.asynchronous.get();

        assertThat(post(view)).contains("\"handle\":\"cara.codes\"");
        assertThat(post(view)).as("kept").contains("\"handle\":\"cara.codes\"");

        assertThat(dispatches.requests.get() - requestsBefore)
                .as("requests seen")
                .isEqualTo(2);
        assertThat(dispatches.asynchronous.get() - before)
                .as("async dispatches")
                .isZero();
    }

    @Test
    void a_new_scrape_shows_in_the_next_dashboard() throws Exception {
        String creatorId = commands.sendAndWait(new TrackCreator("kept.scraped", "fixture"));
        commands.sendAndWait(scrapeOf(creatorId, "k1", SEEN, 500));
        Map<String, Object> view = Map.of("handle", "kept.scraped", "from", "2026-11-01", "to", "2026-11-30");
        await().atMost(Duration.ofSeconds(30)).until(() -> followers(post(view)) == 500);
        long kept = cache.size();

        commands.sendAndWait(scrapeOf(creatorId, "k2", SEEN.plusSeconds(3_600), 650));

        // The projection commits in its own time; its notice drops the kept answer.
        await().atMost(Duration.ofSeconds(30)).until(() -> followers(post(view)) == 650);
        assertThat(cache.size()).isLessThanOrEqualTo(kept);
    }

    @Test
    void a_series_row_written_with_its_notice_shows_in_the_next_dashboard() throws Exception {
        String creatorId = commands.sendAndWait(new TrackCreator("kept.series", "fixture"));
        commands.sendAndWait(scrapeOf(creatorId, "s1", SEEN, 900));
        Map<String, Object> view = Map.of("handle", "kept.series", "from", "2026-11-01", "to", "2026-11-30");
        await().atMost(Duration.ofSeconds(30)).until(() -> followers(post(view)) == 900);
        assertThat(growthDays(post(view))).isZero();

        transactions.executeWithoutResult(status -> {
            jdbc.update(
                    "insert into series.creator_growth_daily (creator_id, day, closed_at, followers, likes, videos,"
                            + " followers_rounded, likes_rounded, videos_rounded, growth_rests_on_rounded)"
                            + " values (?, '2026-11-05', ?::timestamptz, 900, 9000, 1, false, false, false, false)",
                    creatorId,
                    SEEN.toString());
            changes.creatorsChanged(List.of(creatorId));
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> growthDays(post(view)) == 1);
    }

    @Test
    void an_unknown_creator_is_not_found_every_time_and_nothing_is_kept_for_it() throws Exception {
        Map<String, Object> view = Map.of("handle", "kept.nobody", "from", "2026-11-01", "to", "2026-11-30");
        for (int i = 0; i < 2; i++) {
            long before = statements.executed.get();
            JsonNode answer = JSON.readTree(post(view));
            assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("NOT_FOUND");
            assertThat(statements.executed.get() - before).isPositive();
        }
    }

    /** A profile scrape without videos (named so that no other test's search finds it). */
    private static RecordScrape scrapeOf(String creatorId, String scrapeId, Instant at, long followers) {
        return new RecordScrape(
                creatorId,
                creatorId + "-" + scrapeId,
                SnapshotSource.IMPORT,
                profileAt(at).nickname("Kept " + scrapeId).followers(followers).build(),
                List.of());
    }

    private String post(Map<String, Object> variables) throws Exception {
        HttpResponse<String> response = GraphQlOverHttp.raw(port, token, dashboard, variables);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static long followers(String answer) throws Exception {
        return JSON.readTree(answer).at("/data/creator/followers/value").asLong(-1);
    }

    private static int growthDays(String answer) throws Exception {
        return JSON.readTree(answer)
                .at("/data/creator/growthColumns/closingDay")
                .size();
    }
}
