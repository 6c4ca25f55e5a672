package com.creatorcompass.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.introspection.IntrospectionQuery;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A client no one here wrote: the GraphQL reference implementation (npm "graphql") builds a schema
 * from the running API's introspection answer and validates every operation the web UI sends
 * (graphql-api/src/main/resources/graphql-client) against it.
 */
class ClientOperationsTest extends ApiTest {

    static final Path CHECK = Path.of("..", "graphql-api", "client-check");
    static final Path OPERATIONS = Path.of("..", "graphql-api", "src", "main", "resources", "graphql-client");

    @Test
    void the_reference_implementation_accepts_the_schema_and_every_client_operation() throws Exception {
        String token = signIn("client@example.com");
        String body = new ObjectMapper().writeValueAsString(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY));
        HttpResponse<String> introspection = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(introspection.statusCode()).isEqualTo(200);
        Path answer = Path.of("target", "introspection.json");
        Files.writeString(answer, introspection.body(), StandardCharsets.UTF_8);
        if (!Files.isDirectory(CHECK.resolve("node_modules"))) {
            assertThat(run(List.of("npm", "ci", "--no-audit", "--no-fund"), CHECK))
                    .as("npm ci")
                    .isZero();
        }
        List<String> command = new ArrayList<>(
                List.of("node", "validate.mjs", answer.toAbsolutePath().toString()));
        try (Stream<Path> files = Files.list(OPERATIONS)) {
            files.filter(file -> file.toString().endsWith(".graphql"))
                    .sorted()
                    .forEach(file -> command.add(file.toAbsolutePath().toString()));
        }
        assertThat(command).hasSizeGreaterThan(3 + 15);

        Path output = Path.of("target", "client-check.txt");
        int exit = run(command, CHECK, output.toFile());
        String report = Files.readString(output);
        System.out.println(report);
        assertThat(exit).as(report).isZero();
        assertThat(report)
                .contains("valid", (command.size() - 3) + " of " + (command.size() - 3) + " operations valid");
    }

    private static int run(List<String> command, Path directory) throws Exception {
        return run(command, directory, Path.of("target", "npm-ci.txt").toFile());
    }

    private static int run(List<String> command, Path directory, File output) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output)
                .start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 3 minutes");
        }
        return process.exitValue();
    }
}
