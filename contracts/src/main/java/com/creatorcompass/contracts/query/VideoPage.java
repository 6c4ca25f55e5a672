package com.creatorcompass.contracts.query;

import java.util.List;

/**
 * One page of a creator's videos; {@code cursors.get(i)} continues after {@code videos.get(i)},
 * {@code endCursor} after the last one (null for an empty page).
 */
public record VideoPage(List<VideoSummary> videos, List<String> cursors, String endCursor, boolean hasNextPage) {

    public VideoPage {
        videos = List.copyOf(videos);
        cursors = List.copyOf(cursors);
    }
}
