package com.creatorcompass.contracts.creator;

import java.time.Instant;

/**
 * An observation's event: true at {@code capturedAt} (event time, what series and replays order by),
 * learned at {@code recordedAt} (knowledge time), from one scrape.
 */
public interface SnapshotRecorded {

    String scrapeId();

    Instant capturedAt();

    Instant recordedAt();
}
