package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** A dashboard travels gzipped to a client that accepts it, and as plain JSON to one that does not. */
class CompressionTest extends ApiTest {

    @Test
    void the_dashboard_is_gzipped_only_for_a_client_that_accepts_gzip() throws Exception {
        String token = signIn("gzip@example.com");
        String dashboard =
                new ClassPathResource("graphql-client/Dashboard.graphql").getContentAsString(StandardCharsets.UTF_8);
        byte[] body = new ObjectMapper()
                .writeValueAsBytes(Map.of(
                        "query",
                        dashboard,
                        "variables",
                        Map.of("handle", "ana.reads", "from", "2026-11-01", "to", "2026-11-30")));

        HttpResponse<byte[]> gzipped = post(token, body, true);
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String unzipped;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            unzipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(gzipped.body().length).isLessThan(unzipped.length());

        HttpResponse<byte[]> plain = post(token, body, false);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8))
                .isEqualTo(unzipped)
                .contains("\"growthColumns\"");
    }

    private HttpResponse<byte[]> post(String token, byte[] body, boolean acceptGzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
