package com.creatorcompass.graphql;

import com.creatorcompass.graphql.cache.ResponseCache;
import com.creatorcompass.graphql.cache.ResponseCaching;
import com.creatorcompass.graphql.errors.ErrorCode;
import com.creatorcompass.graphql.errors.ErrorCodes;
import com.creatorcompass.graphql.limits.AllowList;
import com.creatorcompass.graphql.limits.Allowances;
import com.creatorcompass.graphql.limits.ParsedDocuments;
import com.creatorcompass.graphql.limits.QueryLimits;
import com.creatorcompass.graphql.limits.TimeLimit;
import com.creatorcompass.graphql.security.SignedInUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.Instrumentation;
import graphql.scalars.ExtendedScalars;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The GraphQL engine's settings: scalars, limits, and the interceptors every request passes, outermost
 * first: its observation, the time limit, stable error codes, signed-in callers only, each user's request allowance,
 * the allow-list, the answers kept in memory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlProperties.class)
public class GraphQlConfiguration {

    @Bean
    public RuntimeWiringConfigurer scalars() {
        return wiring ->
                wiring.scalar(Scalars.dateTime()).scalar(ExtendedScalars.Date).scalar(ExtendedScalars.GraphQLLong);
    }

    @Bean
    public GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return source ->
                source.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocuments(1_000)));
    }

    /**
     * Lists of scalars completed in one pass (ScalarListsInOnePass). A query strategy set here replaces
     * the one Boot's builder made with its exception handler, so it gets the same handler: the
     * resolvers in Boot's order.
     */
    @Bean
    public GraphQlSourceBuilderCustomizer scalarListsInOnePass(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
        return source -> source.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(
                new ScalarListsInOnePass(DataFetcherExceptionResolver.createExceptionHandler(
                        resolvers.orderedStream().toList()))));
    }

    @Bean
    public Instrumentation queryLimits() {
        return QueryLimits.instrumentation();
    }

    /**
     * A single instrumentation is handed to graphql-java as itself: Spring wraps even one in a
     * {@code ChainedInstrumentation}, whose contexts are built at every field of every request.
     */
    @Bean
    public GraphQlSourceBuilderCustomizer unchainedInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
        return source -> source.configureGraphQl(graphQl -> {
            List<Instrumentation> all = instrumentations.orderedStream().toList();
            if (all.size() == 1) {
                graphQl.instrumentation(all.get(0));
            }
        });
    }

    /** Outermost: every request timed, refused or not (ObservedOperations). */
    @Bean
    @Order(-2)
    public WebGraphQlInterceptor observedOperations(
            ObjectProvider<ObservationRegistry> observations, AllowList allowList) {
        return new ObservedOperations(observations.getIfAvailable(() -> ObservationRegistry.NOOP), allowList);
    }

    /**
     * A request that runs longer than {@code compass.graphql.timeout} is stopped (no data fetcher
     * starts after that) and answered 503: what the limits before execution let through still ends.
     */
    @Bean
    @Order(-1)
    public WebGraphQlInterceptor timeLimit(GraphQlProperties properties) {
        return new TimeLimit(properties.timeout());
    }

    /** Deny by default: no operation (introspection included) runs for a caller who has not signed in. */
    @Bean
    @Order(1)
    public WebGraphQlInterceptor signedInOnly() {
        return (request, chain) -> Mono.deferContextual(context -> {
            Authentication caller = caller(context);
            if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
                return Mono.just(ErrorCodes.refusal(request, ErrorCode.UNAUTHENTICATED, "sign in first"));
            }
            return chain.next(request);
        });
    }

    /**
     * Every user's requests, every operation and every API instance together, within an allowance
     * ({@code compass.graphql.request-burst} at once, {@code requests-per-second} after); beyond it,
     * RATE_LIMITED with how long to wait.
     */
    @Bean
    @Order(2)
    public WebGraphQlInterceptor withinAllowance(Allowances allowances, GraphQlProperties properties) {
        // Taking from PostgreSQL at every request cost a third of a kept dashboard's throughput (docs/performance.md):
        // an instance hands out up to 10 before it counts them there, at most 10 beyond the burst per instance.
        Allowances.Allowance requests = new Allowances.Allowance(
                "requests", properties.requestBurst(), properties.requestsPerSecond(), Duration.ofSeconds(1), true, 10);
        return (request, chain) -> Mono.deferContextual(context -> {
            Allowances.Taken taken =
                    allowances.take(requests, SignedInUser.of(caller(context)).id());
            if (taken.allowed()) {
                return chain.next(request);
            }
            long retryAfterMs = Math.max(1, taken.retryAfter().toMillis());
            return Mono.just(ErrorCodes.refusal(
                    request,
                    ErrorCode.RATE_LIMITED,
                    "too many requests: at most " + requests.describe() + "; try again in " + retryAfterMs + " ms",
                    Map.of("retryAfterMs", retryAfterMs)));
        });
    }

    /** Over HTTP the caller is in the thread's security context; over WebSocket the connection_init put it into the Reactor context. */
    private static Authentication caller(ContextView context) {
        SecurityContext overWebSocket = context.getOrDefault(SecurityContext.class.getName(), null);
        return overWebSocket != null
                ? overWebSocket.getAuthentication()
                : SecurityContextHolder.getContext().getAuthentication();
    }

    /** In production, only the documents the web UI ships may run (compass.graphql.allow-list-only). */
    @Bean
    @Order(3)
    public WebGraphQlInterceptor allowListed(AllowList allowList) {
        return (request, chain) -> allowList.permits(request.getDocument())
                ? chain.next(request)
                : Mono.just(
                        ErrorCodes.refusal(request, ErrorCode.FORBIDDEN, "this operation is not on the allow-list"));
    }

    /** Answers of creators' analytics that nothing changed since, kept per API instance (ResponseCache). */
    @Bean
    public ResponseCache responseCache(GraphQlProperties properties) {
        return new ResponseCache(
                properties.responseCacheMegabytes() * 1024L * 1024L,
                properties.responseCacheTimeToLive(),
                properties.timeout());
    }

    @Bean
    @Order(4)
    public WebGraphQlInterceptor keptAnswers(ResponseCache cache, GraphQlProperties properties, ObjectMapper json) {
        return properties.responseCacheMegabytes() > 0
                ? new ResponseCaching(cache, json)
                : (request, chain) -> chain.next(request);
    }

    static final int MAX_MESSAGE = 200;

    /** graphql-java's own errors (syntax, validation, limits) get a stable code like everything else. */
    @Bean
    @Order(0)
    public WebGraphQlInterceptor stableErrorCodes() {
        return (request, chain) -> chain.next(request)
                .map(response -> response.getErrors().isEmpty()
                        ? response
                        : response.transform(
                                builder -> builder.errors(response.getExecutionResult().getErrors().stream()
                                        .map(GraphQlConfiguration::coded)
                                        .toList())));
    }

    private static GraphQLError coded(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        Map<String, Object> extensions =
                new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put(
                "code", ErrorCodes.forClassification(error.getErrorType()).name());
        return GraphqlErrorBuilder.newError()
                .message(withoutEcho(error.getMessage()))
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    /**
     * graphql-java's messages may quote what was sent (a variable's value, say): a message is cut to
     * {@value #MAX_MESSAGE} characters, so a request never gets its own bulk back.
     */
    static String withoutEcho(String message) {
        return message == null || message.length() <= MAX_MESSAGE
                ? message
                : message.substring(0, MAX_MESSAGE) + "… (cut)";
    }
}
