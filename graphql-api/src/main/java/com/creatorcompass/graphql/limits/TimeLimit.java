package com.creatorcompass.graphql.limits;

import java.time.Duration;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/**
 * How long one request may run. At the limit the client is answered 503 (Spring's
 * {@link TimeoutWebGraphQlInterceptor}), and the request's execution stops: its deadline rides in the
 * GraphQL context, and {@link QueryLimits}' instrumentation fails every data fetcher that would start
 * after it (graphql-java 24 cannot cancel an execution from outside; the answer alone would leave the
 * work running).
 */
public final class TimeLimit implements WebGraphQlInterceptor {

    /** The request's deadline, {@link System#nanoTime()} based, in the GraphQL context. */
    static final String DEADLINE = TimeLimit.class.getName() + ".deadline";

    private final Duration limit;
    private final TimeoutWebGraphQlInterceptor answer;

    public TimeLimit(Duration limit) {
        this.limit = limit;
        this.answer = new TimeoutWebGraphQlInterceptor(limit, HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        long deadline = System.nanoTime() + limit.toNanos();
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(DEADLINE, deadline);
            return input;
        });
        return answer.intercept(request, chain);
    }
}
