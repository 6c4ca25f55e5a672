package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.metric.EngagementRate;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.query.VideoSummary;
import java.time.Instant;
import java.util.List;

/** The GraphQL {@code Video} as last observed (a null count is unknown); its series come through a batch loader. */
public record VideoNode(
        String id,
        String handle,
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
        PostKind kind) {

    static VideoNode of(VideoSummary video, String handle) {
        return new VideoNode(
                video.videoId(),
                handle,
                video.postedAt(),
                video.caption(),
                video.hashtags(),
                video.durationSeconds(),
                video.views(),
                video.likes(),
                video.comments(),
                video.shares(),
                video.saves(),
                video.lastSeenAt(),
                video.kind());
    }

    /** {@link EngagementRate#byViews}, computed here so that no client restates it. */
    public Double engagementRate() {
        return EngagementRate.byViews(views, likes, comments, shares);
    }
}
