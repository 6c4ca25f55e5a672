package com.creatorcompass.scraper.browser;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Does the rendered grid agree with the videos read from the data? Every video the grid shows
 * must be listed — except that a video posted between the page load and the item list request
 * pushes the grid's oldest entries past the end of the list, which is no contradiction.
 */
final class GridCheck {

    private GridCheck() {}

    /** The grid's video ids the list cannot account for; empty when they agree. */
    static List<String> unexplained(List<String> gridIds, List<String> listedIds, int maxVideos) {
        if (gridIds.isEmpty()) {
            return List.of();
        }
        int newer = listedIds.indexOf(gridIds.get(0));
        if (newer < 0) {
            return List.of(gridIds.get(0));
        }
        Set<String> listed = new HashSet<>(listedIds);
        return gridIds.stream()
                .limit(Math.max(0, maxVideos - newer))
                .filter(id -> !listed.contains(id))
                .toList();
    }
}
