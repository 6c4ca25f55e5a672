package com.creatorcompass.contracts.creator;

import com.creatorcompass.contracts.observation.FailureReason;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scrape that produced no snapshot, with the evidence needed to debug it (URL, HTTP status, page
 * title, an excerpt). {@code attemptId} makes retries of the report itself safe.
 */
public record RecordScrapeFailure(
        String creatorId,
        String attemptId,
        Instant attemptedAt,
        FailureReason reason,
        String detail,
        Map<String, String> evidence)
        implements CreatorCommand {

    public RecordScrapeFailure {
        // Sorted, so the same evidence always serializes to the same bytes.
        evidence = evidence == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(evidence));
    }
}
