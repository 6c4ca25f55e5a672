package com.creatorcompass.query.read;

import com.creatorcompass.contracts.observation.Count;
import java.time.Instant;

/**
 * A creator as of some point of view: its latest observation within it. {@code roundedInputs} is
 * true when any count rests on TikTok's rounding, so comparisons with it are steps, not growth.
 */
public record CreatorOverview(
        String creatorId,
        String handle,
        boolean tracked,
        String nickname,
        Boolean verified,
        Count followers,
        Count following,
        Count likes,
        Count videos,
        String tier,
        Instant capturedAt,
        Instant recordedAt,
        String source,
        boolean roundedInputs) {
}
