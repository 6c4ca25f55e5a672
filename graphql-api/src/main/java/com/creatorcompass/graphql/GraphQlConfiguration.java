package com.creatorcompass.graphql;

import com.creatorcompass.graphql.errors.ErrorCode;
import com.creatorcompass.graphql.errors.ErrorCodes;
import com.creatorcompass.graphql.limits.AllowList;
import com.creatorcompass.graphql.limits.ParsedDocuments;
import com.creatorcompass.graphql.limits.QueryLimits;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.Instrumentation;
import graphql.scalars.ExtendedScalars;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;

/** The GraphQL engine's settings: scalars, limits, the signed-in-only rule and stable error codes. */
@Configuration(proxyBeanMethods = false)
public class GraphQlConfiguration {

    @Bean
    public RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(Scalars.dateTime()).scalar(ExtendedScalars.Date).scalar(ExtendedScalars.GraphQLLong);
    }

    @Bean
    public GraphQlSourceBuilderCustomizer parsedDocumentCache() {
        return source -> source.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocuments(1_000)));
    }

    @Bean
    public Instrumentation queryLimits() {
        return QueryLimits.instrumentation();
    }

    /** Deny by default: no operation (introspection included) runs for a caller who has not signed in. */
    @Bean
    @Order(1)
    public WebGraphQlInterceptor signedInOnly() {
        return (request, chain) -> Mono.deferContextual(context -> {
            // Over HTTP the caller is in the thread's security context; over WebSocket the
            // connection_init authentication put it into the Reactor context.
            SecurityContext overWebSocket = context.getOrDefault(SecurityContext.class.getName(), null);
            Authentication caller = overWebSocket != null ? overWebSocket.getAuthentication()
                    : SecurityContextHolder.getContext().getAuthentication();
            if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
                return Mono.just(ErrorCodes.refusal(request, ErrorCode.UNAUTHENTICATED, "sign in first"));
            }
            return chain.next(request);
        });
    }

    /** In production, only the documents the web UI ships may run (compass.graphql.allow-list-only). */
    @Bean
    @Order(2)
    public WebGraphQlInterceptor allowListed(AllowList allowList) {
        return (request, chain) -> allowList.permits(request.getDocument()) ? chain.next(request)
                : Mono.just(ErrorCodes.refusal(request, ErrorCode.FORBIDDEN, "this operation is not on the allow-list"));
    }

    static final int MAX_MESSAGE = 200;

    /** graphql-java's own errors (syntax, validation, limits) get a stable code like everything else. */
    @Bean
    @Order(0)
    public WebGraphQlInterceptor stableErrorCodes() {
        return (request, chain) -> chain.next(request).map(response -> response.getErrors().isEmpty() ? response
                : response.transform(builder -> builder.errors(
                        response.getExecutionResult().getErrors().stream().map(GraphQlConfiguration::coded).toList())));
    }

    private static GraphQLError coded(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put("code", ErrorCodes.forClassification(error.getErrorType()).name());
        return GraphqlErrorBuilder.newError().message(withoutEcho(error.getMessage())).locations(error.getLocations()).path(error.getPath())
                .errorType(error.getErrorType()).extensions(extensions).build();
    }

    /**
     * graphql-java's messages may quote what was sent (a variable's value, say): a message is cut to
     * {@value #MAX_MESSAGE} characters, so a request never gets its own bulk back.
     */
    static String withoutEcho(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "… (cut)";
    }

}
