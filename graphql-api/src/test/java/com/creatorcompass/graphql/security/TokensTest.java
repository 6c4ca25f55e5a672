package com.creatorcompass.graphql.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

/** The API's own tokens: claims, roles by configured e-mail, and neither kind accepted as the other. */
class TokensTest {

    static final SecurityProperties PROPERTIES = new SecurityProperties("0123456789abcdef0123456789abcdef", null, Duration.ofMinutes(15),
            Duration.ofDays(14), List.of(" Admin@Example.com "), null, false, true, List.of(), null);
    final Tokens tokens = new Tokens(PROPERTIES, Clock.systemUTC());

    @Test
    void an_access_token_carries_the_user_and_roles() {
        Tokens.Issued issued = tokens.issue(new Tokens.Identity("u-1", "admin@example.com", "Ada"));
        Jwt access = tokens.accessDecoder().decode(issued.accessToken());

        assertThat(access.getSubject()).isEqualTo("u-1");
        assertThat(access.getClaimAsString("email")).isEqualTo("admin@example.com");
        assertThat(access.getClaimAsStringList("roles")).containsExactly("USER", "ADMIN");
        assertThat(access.getClaimAsString("iss")).isEqualTo("creator-compass");
        assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.issue(new Tokens.Identity("u-2", "bo@example.com", null)).accessToken())
                .satisfies(token -> assertThat(tokens.accessDecoder().decode(token).getClaimAsStringList("roles")).containsExactly("USER"));
    }

    @Test
    void refresh_and_access_tokens_are_not_interchangeable() {
        Tokens.Issued issued = tokens.issue(new Tokens.Identity("u-1", "a@example.com", "A"));
        assertThat(tokens.refresh(issued.refreshToken()).userId()).isEqualTo("u-1");
        assertThatThrownBy(() -> tokens.accessDecoder().decode(issued.refreshToken())).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.refresh(issued.accessToken())).isInstanceOf(JwtException.class);
    }

    @Test
    void another_key_or_an_expired_token_is_refused() {
        Tokens other = new Tokens(new SecurityProperties("another-key-another-key-another-key!", null, null, null, null, null, false, true,
                null, null), Clock.systemUTC());
        assertThatThrownBy(() -> tokens.accessDecoder().decode(other.issue(new Tokens.Identity("u", "u@example.com", null)).accessToken()))
                .isInstanceOf(JwtException.class);
        Tokens yesterday = new Tokens(PROPERTIES, Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC));
        assertThatThrownBy(() -> tokens.accessDecoder().decode(yesterday.issue(new Tokens.Identity("u", "u@example.com", null)).accessToken()))
                .isInstanceOf(JwtException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> new Tokens(new SecurityProperties("short", null, null, null, null, null, false, true, null, null),
                Clock.systemUTC())).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void user_ids_are_stable_per_provider_account_and_reveal_nothing() {
        assertThat(SignIn.userId("https://accounts.google.com", "123")).isEqualTo(SignIn.userId("https://accounts.google.com", "123"))
                .isNotEqualTo(SignIn.userId("dev-sign-in", "123")).startsWith("u-").hasSize(26).doesNotContain("123");
    }
}
