package com.creatorcompass.graphql.security;

import com.creatorcompass.graphql.errors.ErrorCode;
import com.creatorcompass.graphql.errors.ErrorCodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * GraphQL over WebSocket for signed-in users only, within bounds. A connection whose
 * {@code connection_init} carries no valid bearer token is closed (4401); so is one more than
 * {@link #MAX_CONNECTIONS_PER_USER} of a user. A connection holds at most
 * {@link #MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions at once, and every subscription ends when
 * the token it was opened with expires: the client signs in again (refreshes) and subscribes anew.
 * Authentication itself is Spring's interceptor, which this one wraps (there is one per handler).
 */
public final class SignedInWebSocket implements WebSocketGraphQlInterceptor {

    static final int MAX_CONNECTIONS_PER_USER = 10;
    static final int MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
    private static final String USER = SignedInWebSocket.class.getName() + ".user";
    private static final String EXPIRES = SignedInWebSocket.class.getName() + ".expires";
    private static final String OPEN = SignedInWebSocket.class.getName() + ".open";

    private final WebSocketGraphQlInterceptor authentication;
    private final JwtDecoder tokens;
    private final Clock clock;
    private final Map<String, AtomicInteger> connections = new ConcurrentHashMap<>();

    public SignedInWebSocket(WebSocketGraphQlInterceptor authentication, JwtDecoder tokens, Clock clock) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        Object header = payload.get("Authorization");
        if (!(header instanceof String bearer) || !bearer.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Mono.error(new BadCredentialsException("sign in first: connection_init carries no bearer token"));
        }
        Jwt token;
        try {
            token = tokens.decode(bearer.substring(7).strip());
        } catch (JwtException invalid) {
            return Mono.error(new BadCredentialsException("sign in again"));
        }
        AtomicInteger open = connections.computeIfAbsent(token.getSubject(), user -> new AtomicInteger());
        if (open.incrementAndGet() > MAX_CONNECTIONS_PER_USER) {
            open.decrementAndGet();
            return Mono.error(
                    new BadCredentialsException("at most " + MAX_CONNECTIONS_PER_USER + " connections per user"));
        }
        session.getAttributes().put(USER, token.getSubject());
        session.getAttributes().put(EXPIRES, token.getExpiresAt());
        session.getAttributes().put(OPEN, new AtomicInteger());
        return authentication.handleConnectionInitialization(session, payload).doOnError(refused -> {
            session.getAttributes().remove(USER); // not counted: the close that follows finds no user to release
            open.decrementAndGet();
        });
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest overSocket)
                || !(overSocket.getSessionInfo().getAttributes().get(OPEN) instanceof AtomicInteger open)) {
            return authentication.intercept(request, chain);
        }
        if (open.incrementAndGet() > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
            open.decrementAndGet();
            return Mono.just(ErrorCodes.refusal(
                    request,
                    ErrorCode.RATE_LIMITED,
                    "at most " + MAX_SUBSCRIPTIONS_PER_CONNECTION + " subscriptions per connection"));
        }
        Instant expires = (Instant) overSocket.getSessionInfo().getAttributes().get(EXPIRES);
        return authentication
                .intercept(request, chain)
                .map(response -> untilExpiry(response, expires, open))
                .doOnError(failed -> open.decrementAndGet());
    }

    /** A subscription's stream ends when the token expires; anything else is done at once. */
    private WebGraphQlResponse untilExpiry(WebGraphQlResponse response, Instant expires, AtomicInteger open) {
        if (!(response.getExecutionResult().getData() instanceof Publisher<?> stream)) {
            open.decrementAndGet();
            return response;
        }
        Duration left = Duration.between(clock.instant(), expires);
        Flux<?> bounded = Flux.from(stream)
                .take(left.isNegative() ? Duration.ZERO : left)
                .doFinally(end -> open.decrementAndGet());
        return response.transform(builder -> builder.data(bounded));
    }

    @Override
    public Mono<Void> handleCancelledSubscription(WebSocketSessionInfo session, String id) {
        return authentication.handleCancelledSubscription(session, id);
    }

    @Override
    public void handleConnectionClosed(WebSocketSessionInfo session, int statusCode, Map<String, Object> payload) {
        if (session.getAttributes().get(USER) instanceof String user) {
            connections.computeIfPresent(user, (key, open) -> open.decrementAndGet() <= 0 ? null : open);
        }
        authentication.handleConnectionClosed(session, statusCode, payload);
    }
}
