package com.creatorcompass.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.app.api.GraphQlOverHttp;
import com.creatorcompass.app.api.SignInClient;
import com.creatorcompass.app.database.EmbeddedDatabase;
import com.creatorcompass.testsupport.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL — event store, warehouse and series in one server — stops in the middle of ingest and
 * starts again on the same files. While it is away, commands fail with a retryable error and the API
 * answers UNAVAILABLE; nothing is half-written; when it is back, the same commands go through and
 * every projection catches up to exactly a clean rebuild.
 */
@Tag("fault")
class DatabaseRestartFaultIT {

    static {
        QuietLogs.of("io.zonky");
    }

    @TempDir
    Path work;

    @Test
    void a_database_restart_mid_ingest_fails_commands_retryably_and_loses_nothing() throws Exception {
        int port = CompassChild.freePort();
        Path files = work.resolve("postgres");
        EmbeddedDatabase postgres = EmbeddedDatabase.startOrAttach(files, port);
        TestDatabase database = new TestDatabase(postgres.jdbcUrl(), postgres.user(), postgres.password(), "embedded");
        Map<String, String> env = CompassChild.environment(database, work.resolve("data"));
        env.put("COMPASS_DB_CONNECTION_TIMEOUT", "2s");
        Path acks = work.resolve("acks.txt");
        try (CompassChild app = CompassChild.start(env, "DatabaseRestart-app")) {
            int apiPort = Integer.parseInt(env.get("COMPASS_PORT"));
            String token = new SignInClient(apiPort).devSignIn("fault@example.com", "Fault");
            app.call("track 10", "tracked", Duration.ofMinutes(1));
            app.call("ingest 1 40 " + acks, "ingesting", Duration.ofSeconds(30));
            await().atMost(Duration.ofMinutes(2))
                    .until(() -> CompassChild.lines(acks, "ACK").size() >= 100);

            postgres.close();
            long down = System.nanoTime();
            JsonNode whileDown =
                    GraphQlOverHttp.post(apiPort, token, "{ creator(handle: \"fault.creator.1\") { handle } }");
            double answeredIn = (System.nanoTime() - down) / 1e9;
            Thread.sleep(Math.max(0, 6_000 - (System.nanoTime() - down) / 1_000_000));
            int retriesWhileDown = CompassChild.lines(acks, "RETRY").size();
            postgres = EmbeddedDatabase.startOrAttach(files, port);
            long up = System.nanoTime();

            assertThat(whileDown.at("/errors/0/extensions/code").asText()).isEqualTo("UNAVAILABLE");
            assertThat(whileDown.at("/errors/0/extensions/retryable").asBoolean())
                    .isTrue();
            assertThat(whileDown.at("/errors/0/message").asText())
                    .isEqualTo("the service is briefly unavailable; try again in a moment");
            JsonNode ingested = app.await("ingested", Duration.ofMinutes(3));
            double resumedIn = (System.nanoTime() - up) / 1e9;
            JsonNode verified = app.call("verify", "verified", Duration.ofMinutes(5));
            JsonNode after =
                    GraphQlOverHttp.post(apiPort, token, "{ creator(handle: \"fault.creator.1\") { handle } }");
            app.stop();
            System.out.printf(
                    "[fault] PostgreSQL restart: down %.1f s mid-ingest; the API answered UNAVAILABLE in %.1f s; "
                            + "%d command sends failed retryably, %d scrapes in all, %d failed otherwise; ingest done %.1f s after "
                            + "the database came back%n",
                    (up - down) / 1e9,
                    answeredIn,
                    retriesWhileDown,
                    ingested.get("acked").asLong(),
                    ingested.get("failed").asLong(),
                    resumedIn);
            assertThat(retriesWhileDown)
                    .as("commands sent while the database was away failed retryably")
                    .isPositive();
            assertThat(ingested.get("failed").asLong()).isZero();
            assertThat(after.at("/data/creator/handle").asText()).isEqualTo("fault.creator.1");

            List<String> acknowledged = CompassChild.lines(acks, "ACK");
            assertThat(acknowledged).hasSize(400);
            Ledger.read(database)
                    .assertNothingLostNothingHalfWrittenNothingDoubled(acknowledged, HarnessDriver.VIDEOS_PER_SCRAPE);
            Ledger.assertLiveEqualsCleanRebuild(verified);
        } finally {
            postgres.close();
        }
    }
}
