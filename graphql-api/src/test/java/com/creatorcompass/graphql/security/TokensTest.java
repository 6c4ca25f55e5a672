package com.creatorcompass.graphql.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.testsupport.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The API's own tokens: claims, roles by configured e-mail, neither kind accepted as the other, both
 * bound to a live session and to its end, and clocks trusted to 5 seconds.
 */
class TokensTest {

    static final SecurityProperties PROPERTIES = properties("0123456789abcdef0123456789abcdef");
    static final Instant NOW = Instant.now();

    final Set<UUID> ended = new HashSet<>();
    final Tokens tokens = tokensAt(NOW);
    final Tokens.Session session =
            new Tokens.Session(UUID.randomUUID(), UUID.randomUUID(), NOW.plus(Duration.ofDays(30)));

    @Test
    void an_access_token_carries_the_user_roles_and_session() {
        Tokens.Issued issued = tokens.issue(new Tokens.Identity("u-1", "admin@example.com", "Ada"), session);
        Jwt access = tokens.accessDecoder().decode(issued.accessToken());

        assertThat(access.getSubject()).isEqualTo("u-1");
        assertThat(access.getClaimAsString("email")).isEqualTo("admin@example.com");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("USER", "ADMIN");
        assertThat(access.getClaimAsString("iss")).isEqualTo("creator-compass");
        assertThat(Tokens.session(access)).isEqualTo(session.id());
        assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.issue(new Tokens.Identity("u-2", "bo@example.com", null), session)
                        .accessToken())
                .satisfies(
                        token -> assertThat(tokens.accessDecoder().decode(token).getClaimAsStringList("roles"))
                                .containsExactly("USER"));
    }

    @Test
    void refresh_and_access_tokens_are_not_interchangeable() {
        Tokens.Issued issued = tokens.issue(new Tokens.Identity("u-1", "a@example.com", "A"), session);
        Tokens.Presented presented = tokens.refresh(issued.refreshToken());
        assertThat(presented.identity().userId()).isEqualTo("u-1");
        assertThat(presented.sessionId()).isEqualTo(session.id());
        assertThat(presented.tokenId()).isEqualTo(session.refreshTokenId());
        assertThatThrownBy(() -> tokens.accessDecoder().decode(issued.refreshToken()))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.refresh(issued.accessToken())).isInstanceOf(JwtException.class);
    }

    @Test
    void an_access_token_of_an_ended_session_is_refused() {
        String access = tokens.issue(new Tokens.Identity("u-1", "a@example.com", "A"), session)
                .accessToken();
        assertThat(tokens.accessDecoder().decode(access).getSubject()).isEqualTo("u-1");

        ended.add(session.id());

        assertThatThrownBy(() -> tokens.accessDecoder().decode(access))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("the session has ended");
    }

    @Test
    void no_token_outlives_its_session() {
        Tokens.Session endingSoon =
                new Tokens.Session(UUID.randomUUID(), UUID.randomUUID(), NOW.plus(Duration.ofMinutes(5)));
        Tokens.Issued issued = tokens.issue(new Tokens.Identity("u-1", "a@example.com", "A"), endingSoon);

        assertThat(issued.accessExpiresAt()).isEqualTo(endingSoon.endsAt());
        assertThat(issued.refreshExpiresAt()).isEqualTo(endingSoon.endsAt());
    }

    @Test
    void clocks_may_disagree_by_five_seconds_not_a_minute() {
        Tokens.Identity user = new Tokens.Identity("u", "u@example.com", null);
        Instant fifteenMinutesAgo = NOW.minus(Duration.ofMinutes(15));
        // Expired 2 s ago: within the skew.
        String justExpired =
                tokensAt(fifteenMinutesAgo.minusSeconds(2)).issue(user, session).accessToken();
        assertThat(tokens.accessDecoder().decode(justExpired).getSubject()).isEqualTo("u");
        // Expired 20 s ago: a 60 s skew would still take it.
        String expired = tokensAt(fifteenMinutesAgo.minusSeconds(20))
                .issue(user, session)
                .accessToken();
        assertThatThrownBy(() -> tokens.accessDecoder().decode(expired))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
        // Valid only from 20 s from now: refused too.
        String early = tokensAt(NOW.plusSeconds(20)).issue(user, session).accessToken();
        assertThatThrownBy(() -> tokens.accessDecoder().decode(early)).isInstanceOf(JwtException.class);
    }

    @Test
    void a_token_accepted_before_is_still_refused_once_it_has_expired() {
        MovableClock clock = new MovableClock(NOW);
        Tokens ticking = new Tokens(PROPERTIES, clock, id -> true);
        String access = ticking.issue(new Tokens.Identity("u", "u@example.com", null), session)
                .accessToken();
        assertThat(ticking.accessDecoder().decode(access).getSubject()).isEqualTo("u");
        assertThat(ticking.accessDecoder().decode(access).getSubject())
                .as("again, remembered")
                .isEqualTo("u");

        clock.advance(Duration.ofMinutes(15).plusSeconds(6));

        assertThatThrownBy(() -> ticking.accessDecoder().decode(access))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void another_key_or_a_short_key_is_refused() {
        Tokens other = new Tokens(properties("another-key-another-key-another-key!"), Clock.systemUTC(), id -> true);
        assertThatThrownBy(() -> tokens.accessDecoder()
                        .decode(other.issue(new Tokens.Identity("u", "u@example.com", null), session)
                                .accessToken()))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> new Tokens(properties("short"), Clock.systemUTC(), id -> true))
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void user_ids_are_stable_per_provider_account_and_reveal_nothing() {
        assertThat(SignIn.userId("https://accounts.google.com", "123"))
                .isEqualTo(SignIn.userId("https://accounts.google.com", "123"))
                .isNotEqualTo(SignIn.userId("dev-sign-in", "123"))
                .startsWith("u-")
                .hasSize(26)
                .doesNotContain("123");
    }

    @Test
    void a_session_keeps_one_line_of_the_user_agent() {
        assertThat(SignIn.client("Mozilla/5.0\r\nX-Forged: 1")).isEqualTo("Mozilla/5.0  X-Forged: 1");
        assertThat(SignIn.client("x".repeat(5_000))).hasSize(SignIn.CLIENT_LENGTH);
        assertThat(SignIn.client(" ")).isNull();
    }

    private Tokens tokensAt(Instant instant) {
        return new Tokens(PROPERTIES, Clock.fixed(instant, ZoneOffset.UTC), id -> !ended.contains(id));
    }

    static SecurityProperties properties(String secret) {
        return new SecurityProperties(
                secret,
                "creator-compass",
                Duration.ofMinutes(15),
                Duration.ofDays(14),
                Duration.ofDays(30),
                List.of(" Admin@Example.com "),
                "http://localhost:8080",
                false,
                true,
                List.of(),
                null);
    }
}
