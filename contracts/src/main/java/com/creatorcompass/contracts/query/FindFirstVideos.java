package com.creatorcompass.contracts.query;

import java.util.List;

/**
 * The first page of videos of each creator, in one go; answered with {@link VideosFound}. Without
 * {@code withHashtags} each video's hashtags are not read and its list is empty: for a caller that
 * shows none (the dashboard), reading them cost PostgreSQL more than the page did.
 */
public record FindFirstVideos(List<String> creatorIds, VideoOrder order, int first, boolean withHashtags) {

    public FindFirstVideos {
        creatorIds = List.copyOf(creatorIds);
    }

    /** With each video's hashtags. */
    public FindFirstVideos(List<String> creatorIds, VideoOrder order, int first) {
        this(creatorIds, order, first, true);
    }
}
