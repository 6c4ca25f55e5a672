package com.creatorcompass.contracts.query;

import java.util.List;

/** The first page of videos of each creator, in one go; answered with {@link VideosFound}. */
public record FindFirstVideos(List<String> creatorIds, VideoOrder order, int first) {

    public FindFirstVideos {
        creatorIds = List.copyOf(creatorIds);
    }
}
