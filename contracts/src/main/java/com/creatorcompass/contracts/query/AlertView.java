package com.creatorcompass.contracts.query;

import java.time.Instant;

/** An alert (docs/metrics.md "Alerts") with the handle it is about. */
public record AlertView(
        String id,
        String kind,
        String creatorId,
        String handle,
        String videoId,
        Instant at,
        double observed,
        double reference,
        double score,
        double threshold,
        boolean restsOnRounded) {}
