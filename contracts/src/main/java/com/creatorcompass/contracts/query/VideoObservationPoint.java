package com.creatorcompass.contracts.query;

import java.time.Instant;

/** One observation of a video; a null count is unknown (the page did not show it). */
public record VideoObservationPoint(
        Instant capturedAt,
        Instant recordedAt,
        Long views,
        Long likes,
        Long comments,
        Long shares,
        Long saves,
        boolean allCountsExact) {}
