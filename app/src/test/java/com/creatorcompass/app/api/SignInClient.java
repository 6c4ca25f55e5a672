package com.creatorcompass.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser's part in signing in: cookies, the CSRF token, the sign-in form, and the refresh call. */
public final class SignInClient {

    private final String base;
    final CookieManager cookies = new CookieManager();
    final HttpClient http;

    public SignInClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The development sign-in as a browser does it; answers an access token. */
    public String devSignIn(String email, String name) throws IOException, InterruptedException {
        get("/auth/csrf");
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/auth/dev"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "email=" + encode(email) + "&name=" + encode(name) + "&_csrf=" + csrf()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode() + ": " + signedIn.body());
        }
        return accessToken();
    }

    /** Trades the refresh cookie for an access token. */
    String accessToken() throws IOException, InterruptedException {
        HttpResponse<String> response = refresh(true);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/auth/token answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode body = new ObjectMapper().readTree(response.body());
        return body.get("accessToken").asText();
    }

    HttpResponse<String> refresh(boolean withCsrfHeader) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + "/auth/token")).POST(HttpRequest.BodyPublishers.noBody());
        if (withCsrfHeader) {
            if (csrf() == null) {
                get("/auth/csrf");
            }
            request.header("X-XSRF-TOKEN", csrf());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The refresh cookie as the browser holds it. */
    HttpCookie refreshCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("compass_refresh"))
                .findFirst()
                .orElseThrow();
    }

    String csrf() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
