package com.creatorcompass.contracts.stream;

import java.time.Instant;

/** One observation of one video with its deltas and rates; see docs/metrics.md ("Engagement series"). */
public record VideoEngagementPoint(
        String creatorId,
        String videoId,
        Instant capturedAt,
        Instant postedAt,
        double ageHours,
        long views,
        long likes,
        long comments,
        long shares,
        Double hoursSincePrevious,
        Long viewsDelta,
        Long likesDelta,
        Long commentsDelta,
        Long sharesDelta,
        Double viewsPerHour,
        Double engagementRate,
        boolean rounded) {}
