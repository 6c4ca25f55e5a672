package com.creatorcompass.graphql.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The API's own tokens: short-lived access tokens for {@code /graphql} and longer refresh tokens
 * for {@code /auth/token}, both HS256-signed JWTs from this issuer. A token's {@code token_use}
 * says which it is; neither is accepted in the other's place.
 */
public class Tokens {

    public static final String ROLES = "roles";
    public static final String EMAIL = "email";
    static final String NAME = "name";
    static final String USE = "token_use";
    static final String ACCESS = "access";
    static final String REFRESH = "refresh";
    static final String AUDIENCE = "creator-compass-api";

    private static final Logger log = LoggerFactory.getLogger(Tokens.class);

    private final SecurityProperties properties;
    private final Clock clock;
    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder accessDecoder;
    private final NimbusJwtDecoder refreshDecoder;

    public Tokens(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        SecretKey key = key(properties.jwtSecret());
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.accessDecoder = decoder(key, ACCESS);
        this.refreshDecoder = decoder(key, REFRESH);
    }

    /** An identity as the API knows it. */
    public record Identity(String userId, String email, String name) {
    }

    public record Issued(String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt) {
    }

    public Issued issue(Identity identity) {
        Instant now = clock.instant();
        List<String> roles = new ArrayList<>(List.of("USER"));
        if (properties.isAdmin(identity.email())) {
            roles.add(SignedInUser.ADMIN);
        }
        Instant accessExpiry = now.plus(properties.accessTtl());
        Instant refreshExpiry = now.plus(properties.refreshTtl());
        String access = encode(identity, ACCESS, now, accessExpiry, roles);
        String refresh = encode(identity, REFRESH, now, refreshExpiry, List.of());
        return new Issued(access, accessExpiry, refresh, refreshExpiry);
    }

    public JwtDecoder accessDecoder() {
        return accessDecoder;
    }

    /** The identity a valid refresh token names; throws for anything else. */
    public Identity refresh(String refreshToken) {
        Jwt jwt = refreshDecoder.decode(refreshToken);
        return new Identity(jwt.getSubject(), jwt.getClaimAsString(EMAIL), jwt.getClaimAsString(NAME));
    }

    private String encode(Identity identity, String use, Instant now, Instant expiry, List<String> roles) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(properties.issuer()).subject(identity.userId())
                .audience(List.of(AUDIENCE)).issuedAt(now).notBefore(now).expiresAt(expiry).id(UUID.randomUUID().toString())
                .claim(EMAIL, identity.email()).claim(USE, use);
        if (identity.name() != null) {
            claims.claim(NAME, identity.name());
        }
        if (!roles.isEmpty()) {
            claims.claim(ROLES, roles);
        }
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build())).getTokenValue();
    }

    private NimbusJwtDecoder decoder(SecretKey key, String use) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        OAuth2TokenValidator<Jwt> usedAs = jwt -> use.equals(jwt.getClaimAsString(USE)) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not an " + use + " token", null));
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AUDIENCE)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not for this API", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
                usedAs, audience));
        return decoder;
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
                throw new IllegalStateException("compass.security.jwt-secret must be at least 32 bytes (256 bits) for HS256");
            }
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }
}
