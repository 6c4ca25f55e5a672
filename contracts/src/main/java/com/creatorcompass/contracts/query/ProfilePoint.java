package com.creatorcompass.contracts.query;

import com.creatorcompass.contracts.observation.Count;
import java.time.Instant;

/** One profile observation in a history. */
public record ProfilePoint(
        String scrapeId,
        Instant capturedAt,
        Instant recordedAt,
        String source,
        Count followers,
        Count following,
        Count likes,
        Count videos) {}
