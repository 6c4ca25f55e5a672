package com.creatorcompass.contracts.creator;

import java.time.Instant;

/** A handle started (or resumed) being followed. The handle is in canonical lower case. */
public record CreatorTracked(String creatorId, String handle, Instant trackedAt, String requestedBy)
        implements CreatorEvent {}
