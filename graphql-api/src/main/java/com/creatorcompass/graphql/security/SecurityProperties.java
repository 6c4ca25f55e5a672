package com.creatorcompass.graphql.security;

import com.creatorcompass.contracts.user.Emails;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code compass.security.*}. In {@code prod} the signing key and Google's client come from the
 * environment and the app refuses to start without them ({@link ProductionSecurityCheck}).
 *
 * @param jwtSecret     HMAC key for the API's own tokens, at least 32 bytes; empty in the demo means
 *                      a random key per start (tokens end with the process); prod refuses to start without it
 * @param issuer        the {@code iss} of the API's tokens; tokens from any other issuer are refused
 * @param accessTtl     lifetime of an access token (docs/security.md)
 * @param refreshTtl    lifetime of a refresh token (kept in an HttpOnly cookie): a session unused this long ends
 * @param sessionLifetime how long a sign-in lasts at most, however often it is refreshed
 * @param adminEmails   comma-separated e-mail addresses granted the ADMIN role (replays, signing a user out)
 * @param uiOrigin      the one origin allowed to call the API from a browser (CORS), and where sign-in returns to
 * @param devSignIn     the labelled local development sign-in at /auth/dev (demo only; prod refuses to start with it)
 * @param secureCookies mark cookies Secure (HTTPS only); off for the demo on http://localhost
 * @param publicPaths   paths anyone may GET besides the sign-in endpoints (the UI's files, health)
 * @param google        "Sign in with Google": on when a client id is set
 */
@ConfigurationProperties("compass.security")
public record SecurityProperties(
        String jwtSecret,
        String issuer,
        Duration accessTtl,
        Duration refreshTtl,
        Duration sessionLifetime,
        List<String> adminEmails,
        String uiOrigin,
        boolean devSignIn,
        boolean secureCookies,
        List<String> publicPaths,
        Google google) {

    /**
     * @param clientId     Google's OAuth client id for "Sign in with Google" (redirect URI
     *                     origin/login/oauth2/code/google); prod refuses to start without it
     * @param clientSecret its secret
     * @param issuerUri    an OpenID provider to discover instead of Google's fixed endpoints (tests, other IdPs)
     */
    public record Google(String clientId, String clientSecret, String issuerUri) {

        public boolean enabled() {
            return clientId != null && !clientId.isBlank();
        }
    }

    public SecurityProperties {
        // The defaults live in application.yml alone (the README's table is generated from it).
        Objects.requireNonNull(issuer, "compass.security.issuer is required");
        Objects.requireNonNull(accessTtl, "compass.security.access-ttl is required");
        Objects.requireNonNull(refreshTtl, "compass.security.refresh-ttl is required");
        Objects.requireNonNull(sessionLifetime, "compass.security.session-lifetime is required");
        Objects.requireNonNull(uiOrigin, "compass.security.ui-origin is required");
        adminEmails = adminEmails == null
                ? List.of()
                : adminEmails.stream()
                        .filter(email -> !email.isBlank())
                        .map(Emails::canonical)
                        .toList();
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        google = google == null ? new Google(null, null, null) : google;
    }

    public boolean isAdmin(String email) {
        return email != null && adminEmails.contains(Emails.canonical(email));
    }
}
