package com.creatorcompass.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.app.kafka.InProcessKafka;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app against a Kafka broker of its own (here a real KRaft broker in the test's process, the
 * "external cluster" of a deployment), which goes away in the middle of the stream and comes back on
 * the same log: commands keep being accepted, publication and the stream jobs resume where Kafka
 * acknowledged them, and the warehouse and series end up exactly as a clean rebuild. The broker stays
 * away longer than the publisher's delivery timeout, so a batch fails for real and is sent again on a
 * new producer (before, such an outage past Axon's 60 s janitor stopped publication for good).
 */
@Tag("fault")
class BrokerRestartFaultIT {

    static {
        QuietLogs.of("kafka", "org.apache.kafka", "state.change.logger");
    }

    /** Longer than the publisher's delivery timeout (30 s, KafkaEventPublisher.PRODUCER_TIMEOUTS). */
    static final Duration OUTAGE = Duration.ofSeconds(35);

    @TempDir
    Path work;

    @Test
    void a_broker_restart_mid_stream_loses_and_doubles_nothing() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        int port = CompassChild.freePortPair();
        Path log = work.resolve("kafka");
        InProcessKafka broker = InProcessKafka.startOrAttach(log, port);
        Map<String, String> env = CompassChild.environment(database, work.resolve("data"));
        env.put("COMPASS_KAFKA_BOOTSTRAP", broker.bootstrapServers());
        Path acks = work.resolve("acks.txt");
        JsonNode verified;
        try (CompassChild app = CompassChild.start(env, "BrokerRestart-app")) {
            app.call("track 10", "tracked", Duration.ofMinutes(1));
            app.call("ingest 1 60 " + acks, "ingesting", Duration.ofSeconds(30));
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> CompassChild.lines(acks, "ACK").size() >= 200);

            broker.close();
            int acceptedWhileDown = CompassChild.lines(acks, "ACK").size();
            Thread.sleep(OUTAGE.toMillis());
            acceptedWhileDown = CompassChild.lines(acks, "ACK").size() - acceptedWhileDown;
            long restarted = System.nanoTime();
            broker = InProcessKafka.startOrAttach(log, port);

            JsonNode ingested = app.await("ingested", Duration.ofMinutes(3));
            verified = app.call("verify", "verified", Duration.ofMinutes(5));
            app.stop();
            System.out.printf(
                    "[fault] broker restart: broker down %d s mid-stream; %d scrapes accepted meanwhile; %d in all, "
                            + "%d failed; caught up and checked %.1f s after the broker came back%n",
                    OUTAGE.toSeconds(),
                    acceptedWhileDown,
                    ingested.get("acked").asLong(),
                    ingested.get("failed").asLong(),
                    (System.nanoTime() - restarted) / 1e9);
            long resent = java.nio.file.Files.readAllLines(app.log()).stream()
                    .filter(line -> line.contains("sent again on a new producer"))
                    .count();
            System.out.printf("[fault] publication batches failed and sent again on a new producer: %d%n", resent);
            assertThat(resent)
                    .as("the outage outlasted the delivery timeout: a batch failed and was sent again")
                    .isPositive();
            assertThat(acceptedWhileDown).as("commands do not need Kafka").isPositive();
            assertThat(ingested.get("failed").asLong()).isZero();
        } finally {
            broker.close();
        }
        List<String> acknowledged = CompassChild.lines(acks, "ACK");
        assertThat(acknowledged).hasSize(600);
        Ledger.read(database)
                .assertNothingLostNothingHalfWrittenNothingDoubled(acknowledged, HarnessDriver.VIDEOS_PER_SCRAPE);
        Ledger.assertLiveEqualsCleanRebuild(verified);
    }
}
