package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.query.WatchActivity;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.graphql.security.SecurityProperties;
import com.creatorcompass.graphql.security.SignIn;
import com.creatorcompass.graphql.security.Tokens;
import com.creatorcompass.query.activity.ActivityNotifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

/** GraphQL over WebSocket: a signed-in user hears of scrapes of the creators they follow, and of no others. */
class SubscriptionTest extends ApiTest {

    /**
     * The server closes a refused socket with 4401 (graphql-transport-ws: unauthorized); the client sees
     * that status, or — when the close outruns the frame — a disconnection without one.
     */
    static final String REFUSED_AT_INIT =
            "(?s).*(CloseStatus\\[code=4401, reason=Unauthorized\\]|disconnected without a status).*";

    @Autowired
    ActivityNotifier activity;

    @Autowired
    QueryUpdateEmitter emitter;

    @Autowired
    SecurityProperties security;

    @Autowired
    Tokens tokens;

    @Autowired
    SignIn signInFlow;

    @Test
    void a_recorded_scrape_of_a_followed_creator_reaches_the_subscriber() throws Exception {
        String followed = commands.sendAndWait(new TrackCreator("sub.followed", "fixture"));
        String other = commands.sendAndWait(new TrackCreator("sub.other", "fixture"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from warehouse.dim_creator where handle like 'sub.%'", Long.class)
                        == 2);
        String token = signIn("sub@example.com");
        graphQl(token)
                .document("mutation { addCompetitor(input: {handle: \"sub.followed\"}) { errors { code } } }")
                .execute()
                .path("addCompetitor.errors")
                .entityList(Object.class)
                .hasSize(0);
        WebSocketGraphQlClient socket = socket("Bearer " + token);
        long watching = watchers();

        @SuppressWarnings("rawtypes")
        CompletableFuture<java.util.List<Map>> events = socket.document(
                        "subscription { myActivity { kind handle detail at alert { id score } } }")
                .retrieveSubscription("myActivity")
                .toEntity(Map.class)
                .take(3)
                .collectList()
                .toFuture();
        // The scrapes are sent once the subscription is registered (a fixed pause was too short on a loaded machine).
        await().atMost(Duration.ofSeconds(20)).until(() -> watchers() > watching);
        Instant now = Instant.now().minusSeconds(5);
        commands.sendAndWait(scrape(other, "74", "o-live", now, 310, Count.exact(4_100), 1));
        commands.sendAndWait(scrape(followed, "75", "f-live", now, 20_500, Count.exact(910_000), 2));
        commands.sendAndWait(
                new RecordScrapeFailure(other, "o-failed", now, FailureReason.CAPTCHA, "captcha", Map.of()));
        commands.sendAndWait(
                new RecordScrapeFailure(followed, "f-failed", now, FailureReason.PRIVATE, "private", Map.of()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from warehouse.scrape_outcome where attempt_id = 'f-failed'",
                                Long.class)
                        == 1);
        // What the live series sink does with each alert it writes.
        activity.alertWritten(new Alert(
                "follower-drop|" + followed + "|today",
                Alert.Kind.FOLLOWER_DROP,
                followed,
                null,
                now,
                20_000,
                20_500,
                0.0244,
                0.02,
                false));

        // The other creator's events came first each time, but this user does not follow it.
        assertThat(events.get(30, TimeUnit.SECONDS))
                .satisfiesExactly(
                        recorded -> assertThat(recorded)
                                .containsEntry("kind", "SCRAPE_RECORDED")
                                .containsEntry("handle", "sub.followed")
                                .containsEntry("detail", "followers 20500"),
                        failed -> assertThat(failed)
                                .containsEntry("kind", "SCRAPE_FAILED")
                                .containsEntry("detail", "PRIVATE"),
                        alert -> assertThat(alert)
                                .containsEntry("kind", "ALERT_RAISED")
                                .containsEntry("handle", "sub.followed")
                                .containsEntry(
                                        "alert",
                                        Map.of("id", "follower-drop|" + followed + "|today", "score", 0.0244)));
        socket.stop().block(Duration.ofSeconds(5));
    }

    @Test
    void a_connection_with_a_bad_token_is_closed_as_unauthorized() {
        WebSocketGraphQlClient socket = socket("Bearer not-a-token");
        assertThatThrownBy(() -> socket.document("subscription { myActivity { kind } }")
                        .retrieveSubscription("myActivity")
                        .toEntity(Map.class)
                        .blockFirst(Duration.ofSeconds(10)))
                .hasMessageMatching(REFUSED_AT_INIT);
    }

    @Test
    void a_connection_without_a_token_is_closed_at_connection_init() {
        WebSocketGraphQlClient socket = WebSocketGraphQlClient.builder(
                        URI.create("ws://localhost:" + port + "/graphql-ws"), new ReactorNettyWebSocketClient())
                .build();
        assertThatThrownBy(() -> socket.document("subscription { myActivity { kind } }")
                        .retrieveSubscription("myActivity")
                        .toEntity(Map.class)
                        .blockFirst(Duration.ofSeconds(10)))
                .hasMessageMatching(REFUSED_AT_INIT);
    }

    @Test
    void a_user_holds_at_most_ten_connections_and_a_connection_twenty_subscriptions() throws Exception {
        String token = signIn("many-sockets@example.com");
        java.util.List<WebSocketGraphQlClient> sockets = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            WebSocketGraphQlClient socket = socket("Bearer " + token);
            socket.start().block(Duration.ofSeconds(10));
            sockets.add(socket);
        }
        WebSocketGraphQlClient eleventh = socket("Bearer " + token);
        assertThatThrownBy(() -> eleventh.document("subscription { myActivity { kind } }")
                        .retrieveSubscription("myActivity")
                        .toEntity(Map.class)
                        .blockFirst(Duration.ofSeconds(10)))
                .hasMessageMatching(REFUSED_AT_INIT);

        java.util.List<reactor.core.Disposable> open = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            open.add(sockets.get(0)
                    .document("subscription { myActivity { kind } }")
                    .retrieveSubscription("myActivity")
                    .toEntity(Map.class)
                    .subscribe());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> watchers() >= 20);
        assertThatThrownBy(() -> sockets.get(0)
                        .document("subscription { myActivity { kind } }")
                        .retrieveSubscription("myActivity")
                        .toEntity(Map.class)
                        .blockFirst(Duration.ofSeconds(10)))
                .hasMessageContaining("at most 20 subscriptions per connection");
        open.forEach(reactor.core.Disposable::dispose);
        sockets.forEach(socket -> socket.stop().block(Duration.ofSeconds(5)));
    }

    @Test
    void a_subscription_ends_when_the_token_it_was_opened_with_expires() throws Exception {
        String userId = graphQl(signIn("short-lived@example.com"))
                .document("{ me { id } }")
                .execute()
                .path("me.id")
                .entity(String.class)
                .get();
        SecurityProperties live = security;
        Tokens shortLived = new Tokens(
                new SecurityProperties(
                        live.jwtSecret(),
                        live.issuer(),
                        Duration.ofSeconds(3),
                        live.refreshTtl(),
                        live.sessionLifetime(),
                        live.adminEmails(),
                        live.uiOrigin(),
                        false,
                        false,
                        live.publicPaths(),
                        live.google()),
                java.time.Clock.systemUTC(),
                session -> true);
        Tokens.Identity identity = new Tokens.Identity(userId, "short-lived@example.com", "Short");
        java.util.UUID session = Tokens.session(tokens.accessDecoder()
                .decode(signInFlow.startSession(identity, "test").accessToken()));
        String token = shortLived
                .issue(
                        identity,
                        new Tokens.Session(
                                session,
                                java.util.UUID.randomUUID(),
                                java.time.Instant.now().plus(Duration.ofHours(1))))
                .accessToken();
        WebSocketGraphQlClient socket = socket("Bearer " + token);
        long started = System.nanoTime();
        java.util.List<Map> heard = socket.document("subscription { myActivity { kind } }")
                .retrieveSubscription("myActivity")
                .toEntity(Map.class)
                .collectList()
                .block(Duration.ofSeconds(20));
        assertThat(heard).as("nothing happened; the stream simply completed").isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
        socket.stop().block(Duration.ofSeconds(5));
    }

    private long watchers() {
        return emitter.activeSubscriptions().stream()
                .filter(query -> query.getPayload() instanceof WatchActivity)
                .count();
    }

    private WebSocketGraphQlClient socket(String authorization) {
        return WebSocketGraphQlClient.builder(
                        URI.create("ws://localhost:" + port + "/graphql-ws"), new ReactorNettyWebSocketClient())
                .interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(Map.of("Authorization", authorization));
                    }
                })
                .build();
    }
}
