package com.creatorcompass.recommend.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A creator's videos and daily follower closes: everything its insights rest on. */
public record CreatorHistory(
        String handle,
        String region,
        Instant lastSeenAt,
        List<VideoFact> videos,
        NavigableMap<LocalDate, Long> followerCloses) {

    public CreatorHistory {
        videos = List.copyOf(videos);
        followerCloses = new TreeMap<>(followerCloses);
    }
}
