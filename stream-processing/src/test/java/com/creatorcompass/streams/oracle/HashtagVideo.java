package com.creatorcompass.streams.oracle;

import java.time.LocalDate;

/**
 * A video's latest standing under one hashtag, sent from the creator's partition to the hashtag's.
 * {@code removed} withdraws the video from the hashtag (a caption edit dropped the tag).
 */
record HashtagVideo(
        String hashtag,
        LocalDate postedDay,
        String videoId,
        String creatorId,
        long views,
        Double engagementRate,
        boolean rounded,
        boolean removed) {}
