package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;

/** What browsers are told: only the UI's origin may call the API; pages may not be framed or sniffed; unknown paths are denied. */
class BrowserRulesTest extends ApiTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void only_the_configured_ui_origin_passes_cors() throws Exception {
        assertThat(preflight("https://ui.example").statusCode()).isEqualTo(200);
        assertThat(preflight("https://ui.example").headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("https://ui.example");
        HttpResponse<String> foreign = preflight("https://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void responses_carry_security_headers_and_unlisted_paths_are_denied() throws Exception {
        HttpResponse<String> csrf =
                send(HttpRequest.newBuilder(uri("/auth/csrf")).GET());
        assertThat(csrf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(csrf.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(csrf.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        // same-origin: other sites get no referrer, and the browser's sign-in POST keeps its Origin (no-referrer made
        // it "null")
        assertThat(csrf.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\">");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { id } }\"}")));
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(api.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/env")).GET()).statusCode())
                .isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(uri("/api/status")).GET()).statusCode())
                .isEqualTo(403); // demo-only, and this is not the demo
        assertThat(send(HttpRequest.newBuilder(uri("/graphiql")).GET()).statusCode())
                .isEqualTo(403); // GraphiQL too
        assertThat(send(HttpRequest.newBuilder(uri("/graphiql.html")).GET()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void anonymous_requests_to_denied_paths_open_no_server_session(@Autowired WebServerApplicationContext server)
            throws Exception {
        org.apache.catalina.Manager sessions = ((org.apache.catalina.Context) ((TomcatWebServer) server.getWebServer())
                        .getTomcat()
                        .getHost()
                        .findChildren()[0])
                .getManager();
        int before = sessions.getActiveSessions();
        for (int i = 0; i < 200; i++) {
            String path = List.of("/actuator/env", "/admin", "/api/status", "/graphiql", "/oauth2/authorization/none")
                    .get(i % 5);
            HttpResponse<String> refused =
                    send(HttpRequest.newBuilder(uri(path + "?n=" + i)).GET());
            assertThat(refused.statusCode()).as(path).isGreaterThanOrEqualTo(400);
            assertThat(refused.headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
        assertThat(sessions.getActiveSessions()).as("200 anonymous refusals").isEqualTo(before);
    }

    /** Not only the happy paths: refusals, errors and static files carry the same headers. */
    @Test
    void every_kind_of_response_carries_the_security_headers() throws Exception {
        java.util.Map<String, HttpRequest.Builder> requests = new java.util.LinkedHashMap<>();
        requests.put("page 200", HttpRequest.newBuilder(uri("/")).GET());
        requests.put(
                "health 200", HttpRequest.newBuilder(uri("/actuator/health")).GET());
        requests.put(
                "graphql without a token, UNAUTHENTICATED in the body 200",
                HttpRequest.newBuilder(uri("/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { id } }\"}")));
        requests.put(
                "graphql with a forged token 401",
                HttpRequest.newBuilder(uri("/graphql"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")));
        requests.put(
                "unlisted path 403",
                HttpRequest.newBuilder(uri("/actuator/env")).GET());
        requests.put(
                "token refresh without a cookie 403",
                HttpRequest.newBuilder(uri("/auth/token")).POST(HttpRequest.BodyPublishers.noBody()));
        requests.put(
                "missing asset 404",
                HttpRequest.newBuilder(uri("/assets/no-such-file.js")).GET());
        for (var request : requests.entrySet()) {
            HttpResponse<String> response = send(request.getValue());
            assertThat(response.statusCode())
                    .as(request.getKey())
                    .isEqualTo(Integer.parseInt(request.getKey().replaceAll(".* ", "")));
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(request.getKey())
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(request.getKey())
                    .hasValue("DENY");
            // JSON from /graphql goes nowhere: no referrer at all; pages keep it same-origin for the sign-in form's
            // Origin.
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(request.getKey())
                    .hasValue(request.getKey().startsWith("graphql") ? "no-referrer" : "same-origin");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(request.getKey())
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(request.getKey())
                    .isPresent();
        }
    }

    @Test
    void the_errors_tomcat_answers_itself_carry_the_headers_and_name_no_server() throws Exception {
        for (String target : List.of("/%zz", "/assets/../../etc/passwd", "/\u0001")) {
            try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
                socket.getOutputStream()
                        .write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                String answer = new String(
                        socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(answer)
                        .as(target)
                        .startsWith("HTTP/1.1 400")
                        .contains(
                                "X-Content-Type-Options: nosniff",
                                "X-Frame-Options: DENY",
                                "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'")
                        .doesNotContain("Tomcat", "Exception");
            }
        }
    }

    @Test
    void a_development_sign_in_with_a_malformed_email_is_refused_and_registers_nobody() throws Exception {
        SignInClient browser = new SignInClient(port);
        browser.get("/auth/csrf");
        long users = jdbc.queryForObject("select count(*) from accounts.app_user", Long.class);
        HttpResponse<String> refused = browser.http.send(
                HttpRequest.newBuilder(uri("/auth/dev"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=not-an-email&_csrf=" + browser.csrf()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().allValues("Set-Cookie"))
                .noneMatch(cookie -> cookie.startsWith("compass_refresh="));
        assertThat(jdbc.queryForObject("select count(*) from accounts.app_user", Long.class))
                .isEqualTo(users);
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return send(HttpRequest.newBuilder(uri("/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
