package com.creatorcompass.app.cli;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.json.CompassJson;
import com.creatorcompass.scraper.page.PageParser;
import com.creatorcompass.scraper.page.PageReading;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Saved TikTok pages (HTML, or the JSON tools save from them) as the CLI reads them. A page does not say when it was saved, so its capture
 * time is the file's modification time; its scrape id comes from its content, so importing the same
 * file twice records it once.
 */
final class PageFiles {

    private static final ObjectMapper JSON = CompassJson.mapper();

    private PageFiles() {}

    record Read(PageReading reading, Instant capturedAt, String contentHash) {}

    static Read read(Path file) throws IOException {
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Instant capturedAt = Files.getLastModifiedTime(file).toInstant();
        return new Read(new PageParser().read(html, null, capturedAt), capturedAt, sha256(html));
    }

    /** The page in {@code file}, or null after saying on {@code err} why it could not be read. */
    static Read readOrExplain(Path file, PrintWriter err) {
        try {
            return read(file);
        } catch (NoSuchFileException missing) {
            err.println("no such file: " + file);
        } catch (IOException unreadable) {
            err.println("cannot read " + file + ": " + unreadable.getMessage());
        }
        return null;
    }

    /**
     * The scrape a page records: a profile page its profile and the videos it carried; a video page its
     * author's profile as the page showed it, with the one video.
     */
    static RecordScrape toCommand(String creatorId, PageReading.Observed read, String contentHash) {
        String scrapeId = UUID.nameUUIDFromBytes(
                        ("page|" + read.handle() + "|" + contentHash).getBytes(StandardCharsets.UTF_8))
                .toString();
        SnapshotSource source = read.simulated() ? SnapshotSource.SIMULATION : SnapshotSource.IMPORT;
        if (read instanceof PageReading.ProfileRead profile) {
            return new RecordScrape(creatorId, scrapeId, source, profile.profile(), profile.videos());
        }
        PageReading.VideoRead video = (PageReading.VideoRead) read;
        return new RecordScrape(creatorId, scrapeId, source, video.author(), List.of(video.video()));
    }

    /** Whether {@code file} holds a scrape file of ours (an object with "profile", or an array) rather than TikTok's JSON. */
    static boolean isScrapeFile(Path file) throws IOException {
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return root != null && (root.isArray() || (root.has("handle") && root.has("profile")));
        } catch (JsonProcessingException malformed) {
            return true; // the scrape-file reader says what is wrong with it
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
