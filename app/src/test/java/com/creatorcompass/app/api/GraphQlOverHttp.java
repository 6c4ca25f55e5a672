package com.creatorcompass.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** One GraphQL document posted to a running app with an access token, as any client would; the answer as JSON. */
public final class GraphQlOverHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GraphQlOverHttp() {}

    public static JsonNode post(int port, String token, String document) throws Exception {
        return exchange(port, token, document, Map.of()).body();
    }

    /** The HTTP status beside the answer. */
    public record Answer(int status, JsonNode body) {}

    public static Answer exchange(int port, String token, String document, Map<String, Object> variables)
            throws Exception {
        HttpResponse<String> response = raw(port, token, document, variables);
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    /** The answer as the bytes sent, undecoded. */
    public static HttpResponse<String> raw(int port, String token, String document, Map<String, Object> variables)
            throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(Map.of("query", document, "variables", variables))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
