package com.creatorcompass.contracts.query;

import java.util.Map;

/** Per creator id, its first page of videos. */
public record VideosFound(Map<String, VideoPage> byCreator) {

    public VideosFound {
        byCreator = Map.copyOf(byCreator);
    }
}
