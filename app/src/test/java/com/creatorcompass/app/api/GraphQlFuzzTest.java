package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random documents against the running API: well-formed ones built from the schema's own field and
 * argument names with hostile values, and broken ones. Whatever arrives, the answer is a GraphQL
 * answer (never a 500) and no error is INTERNAL: every refusal has a code that says what was wrong.
 */
class GraphQlFuzzTest extends ApiTest {

    static final int DOCUMENTS = 400;
    static final List<String> ROOTS = List.of(
            "me",
            "creator",
            "growth",
            "engagement",
            "videos",
            "video",
            "hashtagTrends",
            "alerts",
            "compare",
            "replayStatus",
            "recommendations",
            "similarCreators",
            "insights",
            "__schema",
            "__type",
            "nothingHere");
    static final List<String> FIELDS = List.of(
            "handle",
            "id",
            "followers",
            "value",
            "exact",
            "tier",
            "growthKpis",
            "followersGrowth7d",
            "engagementKpis",
            "growth",
            "closingDay",
            "latestVideos",
            "edges",
            "node",
            "views",
            "observations",
            "velocity",
            "creator",
            "reasons",
            "scoreBreakdown",
            "insights",
            "withheld",
            "backtest",
            "statement",
            "audience",
            "trackedCreators",
            "competitors",
            "__typename",
            "name",
            "fields",
            "types",
            "ofType",
            "unknownField");
    static final List<String> ARGS = List.of(
            "handle",
            "first",
            "after",
            "from",
            "to",
            "granularity",
            "asOf",
            "asOfKnowledge",
            "orderBy",
            "id",
            "handles",
            "filter",
            "name",
            "bogus");
    static final List<String> VALUES = List.of(
            "\"ana.reads\"",
            "\"rec.books1\"",
            "\"not a handle\"",
            "\"\"",
            "-1",
            "0",
            "101",
            "2147483647",
            "99999999999999999999",
            "1.5",
            "true",
            "null",
            "DAY",
            "WEEK",
            "NOPE",
            "\"2026-11-01\"",
            "\"2026-13-45\"",
            "\"2026-11-01T00:00:00Z\"",
            "[\"ana.reads\", \"bella.bakes\"]",
            "[]",
            "{minFollowers: -5}",
            "{regions: [\"GBR\"]}",
            "{minEngagementRate: 2}",
            "{languages: [\"en\"], maxFollowers: 10}",
            "\"" + "x".repeat(300) + "\"",
            "$undefined");
    static final List<String> GARBAGE = List.of(
            "{",
            "}",
            "(",
            ")",
            ":",
            "...",
            "fragment",
            "on",
            "query",
            "mutation",
            "subscription",
            "@include(if: true)",
            "\"unterminated",
            "#comment\n",
            "!",
            "=",
            "$v",
            "[",
            "]");

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void random_documents_never_give_a_500_or_an_internal_error() throws Exception {
        // Eight users take turns, so the documents run at full speed within each user's allowance.
        List<String> tokens = new java.util.ArrayList<>();
        for (int u = 0; u < 8; u++) {
            tokens.add(signIn("fuzz" + u + "@example.com"));
        }
        String token = tokens.get(0);
        SplittableRandom random = new SplittableRandom(20261201);
        for (int i = 0; i < DOCUMENTS; i++) {
            String document = random.nextInt(4) == 0 ? garbage(random) : "{ " + selection(random, ROOTS, 0) + " }";
            Map<String, Object> body = random.nextInt(5) == 0
                    ? Map.of(
                            "query",
                            document,
                            "variables",
                            Map.of("v", random.nextBoolean() ? "ana.reads" : List.of(1, 2)))
                    : Map.of("query", document);
            HttpResponse<String> response = send(tokens.get(i % tokens.size()), body);
            assertThat(response.statusCode()).as("status for %s", document).isLessThan(500);
            JsonNode answer = json.readTree(response.body());
            for (JsonNode error : answer.path("errors")) {
                assertThat(error.path("extensions").path("code").asText())
                        .as("%s → %s", document, error)
                        .isNotEqualTo("INTERNAL")
                        .isNotEmpty();
            }
        }
        // and the server is still answering as before
        assertThat(json.readTree(send(token, Map.of("query", "{ creator(handle: \"ana.reads\") { handle } }"))
                                .body())
                        .path("data")
                        .path("creator")
                        .path("handle")
                        .asText())
                .isEqualTo("ana.reads");
    }

    /** Sends as a polite client does: refused for going too fast, it waits as long as it is told and sends again. */
    private HttpResponse<String> send(String token, Map<String, Object> body) throws Exception {
        while (true) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode refused =
                    json.readTree(response.body()).path("errors").path(0).path("extensions");
            if (!"RATE_LIMITED".equals(refused.path("code").asText())) {
                return response;
            }
            Thread.sleep(refused.path("retryAfterMs").asLong(50));
        }
    }

    private static String selection(SplittableRandom random, List<String> names, int depth) {
        StringBuilder field = new StringBuilder(names.get(random.nextInt(names.size())));
        if (random.nextInt(3) == 0) {
            field.append('(');
            for (int a = random.nextInt(1, 4); a > 0; a--) {
                field.append(ARGS.get(random.nextInt(ARGS.size())))
                        .append(": ")
                        .append(VALUES.get(random.nextInt(VALUES.size())))
                        .append(' ');
            }
            field.append(')');
        }
        if (depth < 8 && random.nextInt(3) > 0) {
            field.append(" { ");
            for (int f = random.nextInt(1, 4); f > 0; f--) {
                field.append(selection(random, FIELDS, depth + 1)).append(' ');
            }
            field.append('}');
        }
        return field.toString();
    }

    private static String garbage(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int t = random.nextInt(1, 30); t > 0; t--) {
            List<String> pool = random.nextBoolean() ? GARBAGE : random.nextBoolean() ? FIELDS : VALUES;
            text.append(pool.get(random.nextInt(pool.size()))).append(' ');
        }
        return text.toString();
    }
}
