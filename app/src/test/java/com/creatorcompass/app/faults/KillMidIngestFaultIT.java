package com.creatorcompass.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the whole app (command side, warehouse projection, Kafka publication, the in-process
 * broker and Kafka Streams) while scrapes pour in, then a restart on the same database and broker log.
 */
@Tag("fault")
class KillMidIngestFaultIT {

    @TempDir
    Path work;

    @Test
    void every_acknowledged_scrape_survives_and_every_event_reaches_every_read_model_once() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        Map<String, String> env = CompassChild.environment(database, work.resolve("data"));
        Path acksBefore = work.resolve("acks-before-kill.txt");
        Path acksAfter = work.resolve("acks-after-restart.txt");

        try (CompassChild app = CompassChild.start(env, "KillMidIngest-app-1")) {
            app.call("track 10", "tracked", Duration.ofMinutes(1));
            app.call("ingest 1 1000 " + acksBefore, "ingesting", Duration.ofSeconds(30));
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> CompassChild.lines(acksBefore, "ACK").size() >= 200);
            app.kill();
        }
        List<String> acknowledged = new ArrayList<>(CompassChild.lines(acksBefore, "ACK"));
        Ledger atKill = Ledger.read(database);

        long restart = System.nanoTime();
        JsonNode verified;
        try (CompassChild app = CompassChild.start(env, "KillMidIngest-app-2")) {
            long serving = System.nanoTime();
            JsonNode ingested = ingestAndWait(app, acksAfter);
            verified = app.call("verify", "verified", Duration.ofMinutes(5));
            app.stop();
            System.out.printf(
                    "[fault] kill -9 mid-ingest: %d scrapes acknowledged before the kill, %d stored (%d committed but "
                            + "not yet acknowledged), warehouse had %d of %d profile rows at the kill; restart to serving %.1f s; "
                            + "%d more scrapes after the restart (%d failed)%n",
                    acknowledged.size(),
                    atKill.profileEvents().size(),
                    atKill.profileEvents().size() - acknowledged.size(),
                    atKill.warehouseProfiles(),
                    atKill.profileEvents().size(),
                    (serving - restart) / 1e9,
                    ingested.get("acked").asLong(),
                    ingested.get("failed").asLong());
            assertThat(ingested.get("failed").asLong()).isZero();
        }
        acknowledged.addAll(CompassChild.lines(acksAfter, "ACK"));

        Ledger ledger = Ledger.read(database);
        ledger.assertNothingLostNothingHalfWrittenNothingDoubled(acknowledged, HarnessDriver.VIDEOS_PER_SCRAPE);
        Ledger.assertLiveEqualsCleanRebuild(verified);
        System.out.printf(
                "[fault] kill -9 mid-ingest: after the restart %d scrapes, %d video events; warehouse checksum %s = rebuilt; "
                        + "series checksum %s = recomputed (%d rows)%n",
                ledger.profileEvents().size(),
                ledger.warehouseVideos(),
                verified.at("/warehouseLive/*").asText(),
                verified.at("/seriesLive/*").asText(),
                verified.at("/seriesRows").asLong());
    }

    /** After the crash the app takes new commands: a short second run of scrapes, all acknowledged. */
    static JsonNode ingestAndWait(CompassChild app, Path acks) {
        app.call("ingest 2 5 " + acks, "ingesting", Duration.ofSeconds(30));
        return app.await("ingested", Duration.ofMinutes(3));
    }
}
