package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probe's slow-client attack on the real server: 220 connections trickling a byte every 5 s — 200
 * of them the body of a request without a token (as many as the server has worker threads), 20 their
 * headers — while a signed-in client reads dashboards and the health check is asked. Neither may wait.
 */
class SlowClientTest extends ApiTest {

    static final int CONNECTIONS = 220;
    static final Duration ATTACK = Duration.ofSeconds(20);

    @Test
    void two_hundred_twenty_trickling_connections_do_not_hold_up_signed_in_reads_or_health() throws Exception {
        String token = signIn("patient@example.com");
        List<Socket> attackers = new ArrayList<>();
        List<byte[]> pending = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            Socket socket = new Socket("localhost", port);
            attackers.add(socket);
            boolean slowHeaders = i % 11 == 0;
            String request = slowHeaders
                    ? "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\nX-Slow: headers"
                    : "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
            if (!slowHeaders) {
                socket.getOutputStream()
                        .write(request.getBytes(StandardCharsets.US_ASCII)); // headers at once, then the body trickles
                pending.add("{\"query\":\"{ me { id } }\"".repeat(10).getBytes(StandardCharsets.US_ASCII));
            } else {
                pending.add(request.getBytes(StandardCharsets.US_ASCII));
            }
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest dashboard = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(3))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                        HttpRequest.BodyPublishers.ofString(
                                "{\"query\":\"{ creator(handle: \\\"ana.reads\\\") { followers { value } growth { closingDay followers } } }\"}"))
                .build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        long slowest = 0;
        int reads = 0;
        long end = System.nanoTime() + ATTACK.toNanos();
        int position = 0;
        try {
            while (System.nanoTime() < end) {
                if (reads % 10 == 0) {
                    trickle(attackers, pending, position++); // a byte each, every ~5 s
                }
                long started = System.nanoTime();
                HttpResponse<String> read =
                        client.send(reads % 2 == 0 ? dashboard : health, HttpResponse.BodyHandlers.ofString());
                slowest = Math.max(slowest, System.nanoTime() - started);
                assertThat(read.statusCode()).isEqualTo(200);
                assertThat(read.body()).containsAnyOf("\"followers\":{\"value\":1200}", "\"status\":\"UP\"");
                reads++;
                Thread.sleep(500);
            }
        } finally {
            for (Socket socket : attackers) {
                socket.close();
            }
        }
        assertThat(reads).isGreaterThanOrEqualTo(30);
        assertThat(Duration.ofNanos(slowest))
                .as("the slowest read under attack")
                .isLessThan(Duration.ofSeconds(2));
    }

    private static void trickle(List<Socket> attackers, List<byte[]> pending, int position) {
        for (int i = 0; i < attackers.size(); i++) {
            byte[] bytes = pending.get(i);
            if (position >= bytes.length) {
                continue;
            }
            try {
                OutputStream out = attackers.get(i).getOutputStream();
                out.write(bytes[position]);
                out.flush();
            } catch (IOException closedByTheServer) {
                // The server may close a connection it has answered: that is a defence, not a failure.
            }
        }
    }
}
