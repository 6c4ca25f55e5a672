package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.VideoSummary;
import java.time.Instant;
import java.util.List;

/** The GraphQL {@code Video} as last observed; its series come through a batch loader. */
public record VideoNode(String id, String handle, Instant postedAt, String caption, List<String> hashtags, Integer durationSeconds,
                        long views, long likes, long comments, long shares, long saves, Instant lastSeenAt) {

    static VideoNode of(VideoSummary video, String handle) {
        return new VideoNode(video.videoId(), handle, video.postedAt(), video.caption(), video.hashtags(), video.durationSeconds(),
                video.views(), video.likes(), video.comments(), video.shares(), video.saves(), video.lastSeenAt());
    }
}
