package com.creatorcompass.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.testsupport.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the event store and the warehouse hold after a fault, read with plain SQL beside the app, and
 * the checks every fault test ends with: nothing accepted is missing, nothing is half-written, every
 * event is in the warehouse exactly once, and the live read models equal a clean rebuild.
 */
record Ledger(
        Map<String, Integer> profileEvents,
        Map<String, Integer> videoEvents,
        long warehouseProfiles,
        long warehouseVideos,
        long scrapeFailures,
        long warehouseFailures) {

    static Ledger read(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            return new Ledger(
                    perScrape(sql, "ProfileSnapshotRecorded"),
                    perScrape(sql, "VideoSnapshotRecorded"),
                    count(sql, "select count(*) from warehouse.fact_profile_snapshot"),
                    count(sql, "select count(*) from warehouse.fact_video_snapshot"),
                    count(
                            sql,
                            "select count(*) from event_store.domain_event_entry where payload_type like '%.ScrapeFailed'"),
                    count(sql, "select count(*) from warehouse.scrape_outcome where outcome <> 'RECORDED'"));
        }
    }

    /** Every scrape acknowledged to the sender is stored; every stored scrape is whole; the warehouse has each event once. */
    void assertNothingLostNothingHalfWrittenNothingDoubled(Collection<String> acknowledged, int videosPerScrape) {
        assertThat(profileEvents.keySet())
                .as("every acknowledged scrape is in the event store")
                .containsAll(acknowledged);
        assertThat(profileEvents.values()).as("each scrape is stored once").allMatch(n -> n == 1);
        assertThat(videoEvents.keySet())
                .as("no video events without their profile")
                .isSubsetOf(profileEvents.keySet());
        assertThat(profileEvents.keySet())
                .as("every stored scrape has all its videos")
                .allMatch(id -> videoEvents.getOrDefault(id, 0) == videosPerScrape);
        assertThat(warehouseProfiles)
                .as("warehouse profile rows = profile events")
                .isEqualTo(profileEvents.size());
        assertThat(warehouseVideos)
                .as("warehouse video rows = video events")
                .isEqualTo(videoEvents.values().stream()
                        .mapToLong(Integer::longValue)
                        .sum());
    }

    /** The live warehouse and series, checksummed, against the ones rebuilt from the first event. */
    static void assertLiveEqualsCleanRebuild(JsonNode verified) {
        assertLiveWarehouseEqualsCleanRebuild(verified);
        assertThat(verified.at("/seriesLive/*").asText())
                .as("series checksum, live = recomputed")
                .isEqualTo(verified.at("/seriesRebuilt/*").asText());
        assertThat(verified.at("/seriesRows").asLong())
                .as("the recompute wrote series rows")
                .isPositive();
    }

    /** The live warehouse, checksummed, against the one rebuilt from the first event. */
    static void assertLiveWarehouseEqualsCleanRebuild(JsonNode verified) {
        assertThat(verified.at("/warehouseLive/*").asText())
                .as("warehouse checksum, live = rebuilt")
                .isEqualTo(verified.at("/warehouseRebuilt/*").asText());
    }

    private static Map<String, Integer> perScrape(Statement sql, String eventType) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (ResultSet rows = sql.executeQuery("select payload->>'scrapeId', count(*) from event_store.readable_event "
                + "where payload_type like '%." + eventType + "' group by 1")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
