package com.creatorcompass.contracts.query;

import com.creatorcompass.contracts.observation.PostKind;
import java.time.Instant;
import java.util.List;

/** A post as last observed; a null count is unknown (the page did not show it). */
public record VideoSummary(
        String videoId,
        Instant postedAt,
        String caption,
        List<String> hashtags,
        Integer durationSeconds,
        Long views,
        Long likes,
        Long comments,
        Long shares,
        Long saves,
        Instant lastSeenAt,
        PostKind kind) {}
