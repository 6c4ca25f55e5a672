package com.creatorcompass.graphql.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * An access token is sent with every request of its client for its whole life: its signature, issuer,
 * audience and use are checked the first time, and what they cannot change — the token is its own
 * key here, signature included — is remembered. What can change is checked on every use: whether it
 * is still in time, and whether its session still lives.
 */
final class DecodedOnce implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> everyUse;
    private final Cache<String, Jwt> verified;

    /**
     * @param decoder  every check, for a token not seen before
     * @param everyUse what is checked again for a token seen before
     * @param lifetime the longest an access token lives
     */
    DecodedOnce(JwtDecoder decoder, OAuth2TokenValidator<Jwt> everyUse, int tokens, Duration lifetime) {
        this.decoder = decoder;
        this.everyUse = everyUse;
        this.verified = Caffeine.newBuilder()
                .maximumSize(tokens)
                .expireAfterWrite(lifetime)
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt decoded = decoder.decode(token);
            verified.put(token, decoded);
            return decoded;
        }
        OAuth2TokenValidatorResult result = everyUse.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(
                    result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return known;
    }
}
