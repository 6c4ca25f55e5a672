package com.creatorcompass.contracts.query;

import java.time.Instant;

/** One point of a video's engagement series (docs/metrics.md "Video engagement series"). */
public record VideoSeriesPoint(
        Instant capturedAt,
        double ageHours,
        long views,
        long likes,
        long comments,
        long shares,
        Long viewsDelta,
        Double viewsPerHour,
        Double engagementRate,
        boolean rounded) {}
