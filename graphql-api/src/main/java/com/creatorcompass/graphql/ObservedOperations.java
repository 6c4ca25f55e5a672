package com.creatorcompass.graphql;

import com.creatorcompass.graphql.limits.AllowList;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Every GraphQL request observed once, as {@value #NAME} (a timer per operation and outcome), refusals and
 * kept answers included. It replaces Spring's {@code GraphQlObservationInstrumentation}: graphql-java calls
 * an instrumentation at every field, and a second instrumentation made it chain both, which cost a
 * dashboard more than its observation is worth (docs/performance.md).
 */
public final class ObservedOperations implements WebGraphQlInterceptor {

    static final String NAME = "graphql.request";
    static final String OPERATION = "graphql.operation.name";
    static final String OUTCOME = "graphql.outcome";
    /** Any document the web UI does not ship: its operation name is the caller's choice, so not a tag. */
    static final String OTHER = "other";

    private final ObservationRegistry registry;
    private final AllowList shipped;

    public ObservedOperations(ObservationRegistry registry, AllowList shipped) {
        this.registry = registry;
        this.shipped = shipped;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Observation observation = Observation.createNotStarted(NAME, registry)
                .lowCardinalityKeyValue(OPERATION, operation(request))
                .start();
        return chain.next(request)
                .doOnSuccess(response -> stop(
                        observation, response == null || response.getErrors().isEmpty() ? "SUCCESS" : "REQUEST_ERROR"))
                .doOnError(error -> {
                    observation.error(error);
                    stop(observation, "INTERNAL_ERROR");
                })
                .doOnCancel(() -> stop(observation, "CANCELLED"));
    }

    private String operation(WebGraphQlRequest request) {
        if (!shipped.ships(request.getDocument())) {
            return OTHER;
        }
        return request.getOperationName() == null ? "unnamed" : request.getOperationName();
    }

    private static void stop(Observation observation, String outcome) {
        observation.lowCardinalityKeyValue(OUTCOME, outcome).stop();
    }
}
