package com.creatorcompass.recommend.features;

import java.time.Instant;

/** A tracked creator as the warehouse's analyst views show it, with the stream jobs' latest rates. */
public record CreatorRow(
        String creatorId,
        String handle,
        String nickname,
        long followers,
        String tier,
        String region,
        String language,
        Instant lastSeenAt,
        Double engagementRate,
        Double followersGrowth28d) {}
