package com.creatorcompass.contracts.creator;

import com.creatorcompass.contracts.observation.FailureReason;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A scrape produced no snapshot, for a classified reason, with its evidence. */
public record ScrapeFailed(
        String creatorId,
        String attemptId,
        Instant attemptedAt,
        Instant recordedAt,
        FailureReason reason,
        String detail,
        Map<String, String> evidence)
        implements CreatorEvent {

    public ScrapeFailed {
        // Sorted, so the same evidence always serializes to the same bytes.
        evidence = evidence == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(evidence));
    }
}
