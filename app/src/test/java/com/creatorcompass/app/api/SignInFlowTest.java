package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * "Sign in with Google" end to end against a real OpenID provider running in the test
 * (mock-oauth2-server standing in for Google): the browser's redirects, the callback, the user
 * registered once, the API's own token issued and accepted; and the tokens it must refuse.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "compass.scraper.enabled=false",
            "compass.demo.seed=false",
            "compass.kafka.enabled=false",
            "compass.security.dev-sign-in=false",
            "compass.security.secure-cookies=false",
            "compass.security.jwt-secret=" + SignInFlowTest.SECRET,
            "compass.security.google.client-id=compass-client",
            "compass.security.google.client-secret=compass-secret"
        })
@ActiveProfiles("api-test")
@DirtiesContext // its own context (a provider to discover): closed when done, not kept for the run
class SignInFlowTest {

    static final String SECRET = "sign-in-secret-sign-in-secret-0123456789";
    static final TestDatabase DATABASE = TestDatabases.fresh();
    static final MockOAuth2Server GOOGLE = started();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DATABASE.registerAsCompassDatabase(registry);
        registry.add(
                "compass.security.google.issuer-uri",
                () -> GOOGLE.issuerUrl("google").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stop() {
        GOOGLE.shutdown();
    }

    @Test
    void sign_in_with_the_identity_provider_registers_once_and_yields_a_token_the_api_accepts() throws Exception {
        String first = signInThroughProvider("google-subject-1", "pat@example.com");
        assertThat(me(first)).contains("\"email\":\"pat@example.com\"");
        String second = signInThroughProvider("google-subject-1", "pat@example.com");
        assertThat(me(second)).contains("\"email\":\"pat@example.com\"");

        assertThat(jdbc.queryForObject(
                        "select count(*) from event_store.domain_event_entry where payload_type like '%UserRegistered'",
                        Long.class))
                .isOne();
        assertThat(jdbc.queryForObject("select count(*) from accounts.app_user", Long.class))
                .isOne();
    }

    @Test
    void the_dev_sign_in_does_not_exist_here() throws Exception {
        SignInClient browser = new SignInClient(port);
        assertThat(browser.get("/auth/dev").statusCode()).isIn(403, 404);
    }

    @Test
    void expired_tampered_and_foreign_tokens_are_refused() throws Exception {
        String valid = signInThroughProvider("google-subject-2", "quinn@example.com");
        assertThat(status(valid)).isEqualTo(200);

        String expired = sign(claims("creator-compass", "access", Instant.now().minusSeconds(600)));
        assertThat(status(expired)).isEqualTo(401);

        String[] parts = valid.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"USER\"", "\"ADMIN\"");
        String tampered = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThat(status(tampered)).isEqualTo(401);

        // Signed with our own key but issued by someone else, and a refresh token passed off as an access token.
        assertThat(status(sign(
                        claims("https://evil.example", "access", Instant.now().plusSeconds(600)))))
                .isEqualTo(401);
        assertThat(status(
                        sign(claims("creator-compass", "refresh", Instant.now().plusSeconds(600)))))
                .isEqualTo(401);
        // The identity provider's own token is not ours either.
        String providers = GOOGLE.issueToken(
                        "google", "google-subject-2", "compass-client", Map.of("email", "quinn@example.com"))
                .serialize();
        assertThat(status(providers)).isEqualTo(401);
    }

    @Test
    void the_refresh_path_needs_the_csrf_header() throws Exception {
        SignInClient browser = new SignInClient(port);
        signInThroughProvider(browser, "google-subject-3", "rae@example.com");
        assertThat(browser.refresh(false).statusCode()).isEqualTo(403);
        // A cross-site form can post the token as a field, but not set the header: the field alone is refused.
        HttpResponse<String> asFormField = browser.http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/auth/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + browser.csrf()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asFormField.statusCode()).isEqualTo(403);
        assertThat(browser.refresh(true).statusCode()).isEqualTo(200);
    }

    private String signInThroughProvider(String subject, String email) throws Exception {
        return signInThroughProvider(new SignInClient(port), subject, email);
    }

    /** What a browser does: follow the app to the provider and back, then trade the refresh cookie for a token. */
    private String signInThroughProvider(SignInClient browser, String subject, String email) throws Exception {
        GOOGLE.enqueueCallback(new DefaultOAuth2TokenCallback(
                "google",
                subject,
                JOSEObjectType.JWT.getType(),
                List.of("compass-client"),
                Map.of("email", email, "email_verified", true, "name", "Test " + subject),
                3600));
        HttpResponse<String> toProvider = browser.get("/oauth2/authorization/google");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(GOOGLE.issuerUrl("google").toString());
        HttpResponse<String> backToApp = browser.get(authorize);
        assertThat(backToApp.statusCode()).isEqualTo(302);
        String callback = backToApp.headers().firstValue("Location").orElseThrow();
        assertThat(callback).contains("/login/oauth2/code/google?code=");
        HttpResponse<String> signedIn = browser.get(callback);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("compass_refresh=").contains("HttpOnly", "SameSite=Strict"));
        return browser.accessToken();
    }

    private String me(String token) throws Exception {
        return post(token).body();
    }

    private int status(String token) throws Exception {
        return post(token).statusCode();
    }

    private HttpResponse<String> post(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { email } }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static JWTClaimsSet claims(String issuer, String use, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("u-someone")
                .audience("creator-compass-api")
                .issueTime(Date.from(expiry.minusSeconds(900)))
                .expirationTime(Date.from(expiry))
                .claim("token_use", use)
                .claim("email", "someone@example.com")
                .claim("roles", List.of("USER", "ADMIN"))
                .build();
    }

    private static String sign(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
