package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.metric.EngagementRate;
import com.creatorcompass.contracts.query.VideoSummary;

/**
 * The GraphQL {@code Video} as last observed (a null count is unknown): its summary's fields
 * ({@link NamedFields} reads them by name) and its creator's handle; its series come through a batch loader.
 */
public record VideoNode(VideoSummary video, String handle) {

    static VideoNode of(VideoSummary video, String handle) {
        return new VideoNode(video, handle);
    }

    public String id() {
        return video.videoId();
    }

    /** {@link EngagementRate#byViews}, computed here so that no client restates it. */
    public Double engagementRate() {
        return EngagementRate.byViews(video.views(), video.likes(), video.comments(), video.shares());
    }
}
