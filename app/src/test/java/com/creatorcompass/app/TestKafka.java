package com.creatorcompass.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A test's own in-process broker and stream state: free ports, a temporary directory. */
final class TestKafka {

    private TestKafka() {}

    static void register(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("compass-kafka-test");
            dir.toFile().deleteOnExit();
            registry.add("compass.kafka.embedded-port", () -> 0);
            registry.add("compass.kafka.data-dir", () -> dir.resolve("kafka").toString());
            registry.add(
                    "compass.streams.state-dir", () -> dir.resolve("streams").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
