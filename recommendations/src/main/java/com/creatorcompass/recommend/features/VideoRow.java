package com.creatorcompass.recommend.features;

import java.time.Instant;
import java.util.List;

/** A video as last observed: what the topic profile, cadence and length features read. */
public record VideoRow(
        String creatorId, Instant postedAt, String caption, List<String> hashtags, Integer durationSeconds) {

    public VideoRow {
        hashtags = List.copyOf(hashtags);
    }
}
