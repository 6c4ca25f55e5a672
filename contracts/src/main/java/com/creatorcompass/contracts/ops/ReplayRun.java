package com.creatorcompass.contracts.ops;

import java.time.Instant;

/** One replay: what, who asked, and how it went. */
public record ReplayRun(
        String id,
        Projection projection,
        State state,
        String requestedBy,
        Instant startedAt,
        Instant finishedAt,
        String detail) {

    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED
    }
}
