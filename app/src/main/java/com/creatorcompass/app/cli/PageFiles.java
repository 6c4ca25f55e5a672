package com.creatorcompass.app.cli;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.scraper.page.PageParser;
import com.creatorcompass.scraper.page.PageReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Saved TikTok pages as the CLI reads them. A page does not say when it was saved, so its capture
 * time is the file's modification time; its scrape id comes from its content, so importing the same
 * file twice records it once.
 */
@Component
class PageFiles {

    private final PageParser parser = new PageParser();

    record Read(PageReading reading, Instant capturedAt, String contentHash) {
    }

    Read read(Path file) throws IOException {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Instant capturedAt = Files.getLastModifiedTime(file).toInstant();
        PageReading reading = isVideoPage(html)
                ? parser.readVideo(html, null, capturedAt)
                : parser.readProfile(html, null, null, capturedAt);
        return new Read(reading, capturedAt, sha256(html));
    }

    static RecordScrape toCommand(String creatorId, PageReading.ProfileRead read, String contentHash) {
        SnapshotSource source = read.simulated() ? SnapshotSource.SIMULATION : SnapshotSource.IMPORT;
        String scrapeId = UUID.nameUUIDFromBytes(("page|" + read.handle() + "|" + contentHash).getBytes(StandardCharsets.UTF_8))
                .toString();
        return new RecordScrape(creatorId, scrapeId, source, read.profile(), read.videos());
    }

    private static boolean isVideoPage(String html) {
        return html.contains("webapp.video-detail") || html.contains("\"itemInfo\"");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
