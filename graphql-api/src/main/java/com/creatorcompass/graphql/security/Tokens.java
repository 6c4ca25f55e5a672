package com.creatorcompass.graphql.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The API's own tokens: short-lived access tokens for {@code /graphql} and longer refresh tokens
 * for {@code /auth/token}, both HS256-signed JWTs from this issuer. A token's {@code token_use}
 * says which it is; neither is accepted in the other's place. Both name their sign-in session
 * ({@code sid}); an access token is good only while its session is live, a refresh token only while
 * it is its session's newest ({@link com.creatorcompass.graphql.security.sessions.SignInSessions}).
 * Clocks may disagree by {@link #CLOCK_SKEW}, not the libraries' default minute.
 */
public class Tokens {

    public static final String ROLES = "roles";
    public static final String EMAIL = "email";
    static final String NAME = "name";
    static final String USE = "token_use";
    static final String ACCESS = "access";
    static final String REFRESH = "refresh";
    static final String SESSION = "sid";
    static final String AUDIENCE = "creator-compass-api";
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(Tokens.class);

    private final SecurityProperties properties;
    private final Clock clock;
    private final NimbusJwtEncoder encoder;
    private final JwtDecoder accessDecoder;
    private final NimbusJwtDecoder refreshDecoder;

    /** @param liveSession whether a session's access tokens are still good */
    public Tokens(SecurityProperties properties, Clock clock, Predicate<UUID> liveSession) {
        this.properties = properties;
        this.clock = clock;
        SecretKey key = key(properties.jwtSecret());
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        OAuth2TokenValidator<Jwt> sessionLive = jwt -> liveSession.test(session(jwt))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "the session has ended", null));
        this.accessDecoder = new DecodedOnce(
                decoder(key, ACCESS, sessionLive),
                new DelegatingOAuth2TokenValidator<>(inTime(), sessionLive),
                10_000,
                properties.accessTtl());
        this.refreshDecoder = decoder(key, REFRESH, jwt -> OAuth2TokenValidatorResult.success());
    }

    /** An identity as the API knows it. */
    public record Identity(String userId, String email, String name) {}

    /**
     * The session tokens are issued in: its id, the id the next refresh token must carry, and its
     * absolute end, past which no token of it lasts.
     */
    public record Session(UUID id, UUID refreshTokenId, Instant endsAt) {}

    public record Issued(String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt) {}

    /** A refresh token as presented: who, in which session, and which token of its family. */
    public record Presented(Identity identity, UUID sessionId, UUID tokenId) {}

    public Issued issue(Identity identity, Session session) {
        Instant now = clock.instant();
        List<String> roles = new ArrayList<>(List.of("USER"));
        if (properties.isAdmin(identity.email())) {
            roles.add(SignedInUser.ADMIN);
        }
        Instant accessExpiry = earliest(now.plus(properties.accessTtl()), session.endsAt());
        Instant refreshExpiry = earliest(now.plus(properties.refreshTtl()), session.endsAt());
        String access = encode(identity, ACCESS, now, accessExpiry, roles, session.id(), UUID.randomUUID());
        String refresh =
                encode(identity, REFRESH, now, refreshExpiry, List.of(), session.id(), session.refreshTokenId());
        return new Issued(access, accessExpiry, refresh, refreshExpiry);
    }

    public JwtDecoder accessDecoder() {
        return accessDecoder;
    }

    /** What a valid refresh token names; throws for anything else (its session is not looked at here). */
    public Presented refresh(String refreshToken) {
        Jwt jwt = refreshDecoder.decode(refreshToken);
        return new Presented(
                new Identity(jwt.getSubject(), jwt.getClaimAsString(EMAIL), jwt.getClaimAsString(NAME)),
                session(jwt),
                uuid(jwt.getId()));
    }

    /** The session an access or refresh token names. */
    public static UUID session(Jwt jwt) {
        return uuid(jwt.getClaimAsString(SESSION));
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException malformed) {
            throw new BadJwtException("the token names no session");
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private String encode(
            Identity identity,
            String use,
            Instant now,
            Instant expiry,
            List<String> roles,
            UUID session,
            UUID tokenId) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(identity.userId())
                .audience(List.of(AUDIENCE))
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(expiry)
                .id(tokenId.toString())
                .claim(SESSION, session.toString())
                .claim(EMAIL, identity.email())
                .claim(USE, use);
        if (identity.name() != null) {
            claims.claim(NAME, identity.name());
        }
        if (!roles.isEmpty()) {
            claims.claim(ROLES, roles);
        }
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    private NimbusJwtDecoder decoder(SecretKey key, String use, OAuth2TokenValidator<Jwt> more) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        OAuth2TokenValidator<Jwt> usedAs = jwt -> use.equals(jwt.getClaimAsString(USE))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "not an " + use + " token", null));
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null
                        && jwt.getAudience().contains(AUDIENCE)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not for this API", null));
        OAuth2TokenValidator<Jwt> namesSession = jwt -> jwt.getClaimAsString(SESSION) != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "the token names no session", null));
        // Validators see only tokens whose signature holds, so only this API's own tokens cost a session lookup.
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                inTime(), new JwtIssuerValidator(properties.issuer()), usedAs, audience, namesSession, more));
        return decoder;
    }

    private JwtTimestampValidator inTime() {
        JwtTimestampValidator inTime = new JwtTimestampValidator(CLOCK_SKEW);
        inTime.setClock(clock);
        return inTime;
    }

    private static SecretKey key(String secret) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            log.info("No compass.security.jwt-secret: signing tokens with a random key; they end with this process");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException(
                        "compass.security.jwt-secret must be at least 32 bytes (256 bits) for HS256");
            }
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
