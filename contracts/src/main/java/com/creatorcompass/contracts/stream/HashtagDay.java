package com.creatorcompass.contracts.stream;

import java.time.LocalDate;

/** Videos posted on one UTC day that carry one hashtag, across tracked creators; see docs/metrics.md. */
public record HashtagDay(
        String hashtag,
        LocalDate day,
        int videos,
        int creators,
        long views,
        Double medianEngagementRate,
        boolean restsOnRounded) {}
