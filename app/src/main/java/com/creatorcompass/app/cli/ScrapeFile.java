package com.creatorcompass.app.cli;

import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import java.util.List;

/**
 * One scrape as {@code record-snapshot} reads it from JSON. {@code scrapeId} may be left out: it is
 * then derived from the handle, the capture time and the source, so importing the same file twice
 * records it once. {@code source} defaults to IMPORT.
 */
public record ScrapeFile(
        String handle,
        String scrapeId,
        SnapshotSource source,
        ProfileObservation profile,
        List<VideoObservation> videos) {

    public ScrapeFile {
        videos = videos == null ? List.of() : videos;
    }
}
