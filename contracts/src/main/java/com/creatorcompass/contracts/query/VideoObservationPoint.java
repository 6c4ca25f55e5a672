package com.creatorcompass.contracts.query;

import java.time.Instant;

/** One observation of a video. */
public record VideoObservationPoint(Instant capturedAt, Instant recordedAt, long views, long likes, long comments,
                                    long shares, long saves, boolean allCountsExact) {
}
