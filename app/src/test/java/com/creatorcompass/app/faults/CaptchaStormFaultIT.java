package com.creatorcompass.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as it runs (the stand-in site, twelve tracked creators, one real Chromium session) while
 * every profile page answers a captcha for 30 s: the scraper pauses the whole host twice as long at
 * every captcha instead of hammering it, records each captcha as a classified failure, and once the
 * storm is over scrapes every creator again.
 */
@Tag("fault")
class CaptchaStormFaultIT {

    static final Duration STORM = Duration.ofSeconds(30);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

    @TempDir
    Path work;

    @Test
    void under_a_captcha_storm_the_scraper_backs_off_exponentially_and_recovers() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        Map<String, String> env = CompassChild.scrapingDemo(database, work.resolve("data"));
        env.put("COMPASS_SCRAPER_SESSIONS", "1");
        env.put("COMPASS_SCRAPER_HOST_BACKOFF", FIRST_PAUSE.toSeconds() + "s");
        env.put("COMPASS_SCRAPER_INTERVAL", "15s");
        try (CompassChild app = CompassChild.start(env, "CaptchaStorm-app")) {
            long before = app.call("storm on", "storm", Duration.ofSeconds(10))
                    .get("profileRequests")
                    .asLong();
            Instant stormStart = Instant.now();
            Thread.sleep(STORM.toMillis());
            long during = app.call("storm off", "storm", Duration.ofSeconds(10))
                            .get("profileRequests")
                            .asLong()
                    - before;
            Instant stormEnd = Instant.now();

            List<Instant> captchas = failures(database, "CAPTCHA", stormStart, stormEnd);
            System.out.printf(
                    "[fault] captcha storm: %d profile requests in %d s of captchas (1 Chromium session, "
                            + "first pause %d s); captchas recorded at %s s after the start%n",
                    during,
                    STORM.toSeconds(),
                    FIRST_PAUSE.toSeconds(),
                    captchas.stream()
                            .map(at -> Duration.between(stormStart, at).toMillis() / 1000.0)
                            .toList());
            // Pauses of 1, 2, 4, 8 s fit 4 or 5 captcha pages into 30 s; unhindered a session asks about once a second.
            assertThat(during).as("profile requests during the storm").isBetween(3L, 7L);
            assertThat(captchas)
                    .as("every captcha is recorded as a classified failure")
                    .hasSize((int) during);
            for (int i = 1; i < captchas.size(); i++) {
                Duration gap = Duration.between(captchas.get(i - 1), captchas.get(i));
                assertThat(gap)
                        .as("gap before captcha %d", i + 1)
                        .isGreaterThanOrEqualTo(FIRST_PAUSE.multipliedBy(1L << (i - 1)));
            }

            Instant recoveredBy = await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> scrapedSince(database, stormEnd) == 12 ? Instant.now() : null, at -> at != null);
            app.call("scraper-off", "scraper-stopped", Duration.ofMinutes(1));
            System.out.printf(
                    "[fault] captcha storm: all 12 creators scraped again %.1f s after the storm ended%n",
                    Duration.between(stormEnd, recoveredBy).toMillis() / 1000.0);
            // The scraper's storm: the warehouse is what it feeds (the stream jobs' recovery is the broker test's).
            JsonNode verified = app.call("verify-warehouse", "verified", Duration.ofMinutes(5));
            app.stop();

            Ledger ledger = Ledger.read(database);
            assertThat(ledger.warehouseFailures())
                    .as("each failure is in the warehouse once")
                    .isEqualTo(ledger.scrapeFailures());
            assertThat(ledger.warehouseProfiles())
                    .isEqualTo(ledger.profileEvents().size());
            Ledger.assertLiveWarehouseEqualsCleanRebuild(verified);
        }
    }

    private static List<Instant> failures(TestDatabase database, String reason, Instant from, Instant to)
            throws Exception {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select stored_at from event_store.readable_event where payload_type like '%.ScrapeFailed' "
                                + "and payload->>'reason' = ? and stored_at between ? and ? order by stored_at")) {
            query.setString(1, reason);
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to.plusSeconds(5)));
            List<Instant> at = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    at.add(rows.getTimestamp(1).toInstant());
                }
            }
            return at;
        }
    }

    private static int scrapedSince(TestDatabase database, Instant since) throws Exception {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select count(distinct aggregate_identifier) from event_store.readable_event "
                                + "where payload_type like '%.ProfileSnapshotRecorded' and stored_at > ?")) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
