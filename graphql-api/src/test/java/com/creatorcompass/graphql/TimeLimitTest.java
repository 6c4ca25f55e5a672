package com.creatorcompass.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.graphql.limits.QueryLimits;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/** A request that runs past the time limit is answered 503 at the limit, and nothing of it starts afterwards. */
class TimeLimitTest {

    final AtomicInteger startedAfterTheSlowOne = new AtomicInteger();

    @Test
    void a_request_past_its_time_is_cancelled_and_answered_503() throws Exception {
        WebGraphQlHandler handler = WebGraphQlHandler.builder(
                        new DefaultExecutionGraphQlService(GraphQlSource.builder(schema())
                                .instrumentation(List.of(QueryLimits.instrumentation()))
                                .build()))
                .interceptor(new GraphQlConfiguration()
                        .timeLimit(new GraphQlProperties(
                                false,
                                60,
                                20,
                                Duration.ofMillis(300),
                                5,
                                Duration.ofMinutes(1),
                                0,
                                Duration.ofMinutes(1))))
                .build();
        long started = System.nanoTime();

        assertThatThrownBy(() ->
                        handler.handleRequest(request("{ slow { next } }")).block(Duration.ofSeconds(10)))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        Thread.sleep(2_000); // the slow field has long answered by now
        assertThat(startedAfterTheSlowOne)
                .as("fields below the slow one, after the limit")
                .hasValue(0);
    }

    @Test
    void a_request_within_its_time_answers() {
        WebGraphQlHandler handler = WebGraphQlHandler.builder(
                        new DefaultExecutionGraphQlService(GraphQlSource.builder(schema())
                                .instrumentation(List.of(QueryLimits.instrumentation()))
                                .build()))
                .interceptor(new GraphQlConfiguration()
                        .timeLimit(new GraphQlProperties(
                                false,
                                60,
                                20,
                                Duration.ofSeconds(5),
                                5,
                                Duration.ofMinutes(1),
                                0,
                                Duration.ofMinutes(1))))
                .build();

        assertThat(handler.handleRequest(request("{ slow { next } }"))
                        .block(Duration.ofSeconds(10))
                        .getExecutionResult()
                        .<Map<String, Object>>getData())
                .isEqualTo(Map.of("slow", Map.of("next", 1)));
    }

    private GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type(
                        "Query",
                        type -> type.dataFetcher(
                                "slow",
                                environment -> CompletableFuture.supplyAsync(
                                        () -> Map.of("id", 1), CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS))))
                .type("Slow", type -> type.dataFetcher("next", environment -> startedAfterTheSlowOne.incrementAndGet()))
                .build();
        return new SchemaGenerator()
                .makeExecutableSchema(
                        new SchemaParser().parse("type Query { slow: Slow } type Slow { next: Int }"), wiring);
    }

    private static WebGraphQlRequest request(String document) {
        return new WebGraphQlRequest(
                URI.create("http://localhost/graphql"),
                new HttpHeaders(),
                new LinkedMultiValueMap<>(),
                Map.of(),
                Map.of("query", document),
                "1",
                Locale.ROOT);
    }
}
