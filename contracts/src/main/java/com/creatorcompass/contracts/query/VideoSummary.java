package com.creatorcompass.contracts.query;

import java.time.Instant;
import java.util.List;

/** A video as last observed. */
public record VideoSummary(String videoId, Instant postedAt, String caption, List<String> hashtags, Integer durationSeconds,
                           long views, long likes, long comments, long shares, long saves, Instant lastSeenAt) {
}
