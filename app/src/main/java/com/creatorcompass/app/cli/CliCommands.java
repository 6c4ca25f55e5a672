package com.creatorcompass.app.cli;

import com.creatorcompass.app.streams.StreamsReplay;
import com.creatorcompass.command.creator.HandleClaims;
import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Handles;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.ScrapeOutcome;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.creator.UntrackCreator;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.query.replay.ProjectionStatus;
import com.creatorcompass.query.replay.WarehouseReplay;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** What each command on the store does, once the application is up. Exit codes: 0 done, 1 refused, 2 misused. */
@Component
class CliCommands {

    private static final String CLI = "cli";

    private final CommandGateway commands;
    private final HandleClaims handles;
    private final EventStorageEngine events;
    private final ObjectMapper json;
    private final WarehouseReplay replay;
    private final ProjectionStatus status;
    private final ObjectProvider<StreamsReplay> streamsReplay;

    CliCommands(
            CommandGateway commands,
            HandleClaims handles,
            EventStorageEngine events,
            @Qualifier("defaultAxonObjectMapper") ObjectMapper json,
            WarehouseReplay replay,
            ProjectionStatus status,
            ObjectProvider<StreamsReplay> streamsReplay) {
        this.streamsReplay = streamsReplay;
        this.replay = replay;
        this.status = status;
        this.commands = commands;
        this.handles = handles;
        this.events = events;
        this.json = json;
    }

    int status(PrintWriter out) {
        status.lags()
                .forEach(lag -> out.printf(
                        Locale.ROOT,
                        "%-16s segment %d  at %s of %d  behind %s  %s%n",
                        lag.processor(),
                        lag.segment(),
                        lag.position() == null ? "-" : lag.position().toString(),
                        lag.head(),
                        lag.behind(),
                        lag.owner() == null ? "(not running)" : "owned by " + lag.owner()));
        return CompassCli.OK;
    }

    int track(String handle, PrintWriter out) {
        String creatorId = commands.sendAndWait(new TrackCreator(handle, CLI));
        out.println("tracking @" + Handles.normalize(handle) + " as creator " + creatorId);
        return CompassCli.OK;
    }

    int untrack(String handle, PrintWriter out, PrintWriter err) {
        Optional<String> creatorId = creatorOf(handle, err);
        if (creatorId.isEmpty()) {
            return CompassCli.REJECTED;
        }
        commands.sendAndWait(new UntrackCreator(creatorId.get(), CLI));
        out.println("stopped tracking @" + Handles.normalize(handle) + "; its history stays");
        return CompassCli.OK;
    }

    int recordSnapshots(Path file, PrintWriter out, PrintWriter err) {
        List<ScrapeFile> scrapes;
        try {
            scrapes = readScrapes(file);
        } catch (NoSuchFileException missing) {
            err.println("no such file: " + file);
            return CompassCli.USAGE;
        } catch (IOException malformed) {
            err.println(file + " is not a scrape file: " + rootMessage(malformed));
            return CompassCli.USAGE;
        }
        int exit = CompassCli.OK;
        for (int i = 0; i < scrapes.size(); i++) {
            ScrapeFile scrape = scrapes.get(i);
            String where = scrapes.size() == 1 ? "" : "[" + i + "] ";
            try {
                Optional<String> creatorId = creatorOf(scrape.handle(), err);
                if (creatorId.isEmpty()) {
                    exit = CompassCli.REJECTED;
                    continue;
                }
                ScrapeOutcome outcome = commands.sendAndWait(toCommand(creatorId.get(), scrape));
                out.println(where + "@" + Handles.normalize(scrape.handle()) + " at "
                        + scrape.profile().capturedAt() + ": "
                        + (outcome == ScrapeOutcome.RECORDED ? "recorded" : "already recorded, ignored")
                        + " (1 profile, " + scrape.videos().size() + " videos)");
            } catch (CommandRejectedException rejected) {
                err.println(where + "refused (" + rejected.rejection() + "): " + rejected.getMessage());
                exit = CompassCli.REJECTED;
            }
        }
        return exit;
    }

    /** A scrape file (.json of ours) or a saved page. */
    int importFile(Path file, PrintWriter out, PrintWriter err) {
        return isScrapeFile(file) ? recordSnapshots(file, out, err) : importPage(file, out, err);
    }

    private int importPage(Path file, PrintWriter out, PrintWriter err) {
        PageFiles.Read read = PageFiles.readOrExplain(file, err);
        if (read == null) {
            return CompassCli.USAGE;
        }
        if (read.reading() instanceof PageReading.Failure failure) {
            err.println(file + ": no snapshot (" + failure.reason() + "): " + failure.detail());
            return CompassCli.REJECTED;
        }
        PageReading.Observed observed = (PageReading.Observed) read.reading();
        if (observed instanceof PageReading.VideoRead video && (video.author() == null || video.handle() == null)) {
            err.println(
                    file
                            + ": no snapshot: the video page does not show its author's counts, and a snapshot needs a profile");
            return CompassCli.REJECTED;
        }
        Optional<String> creatorId = creatorOf(observed.handle(), err);
        if (creatorId.isEmpty()) {
            return CompassCli.REJECTED;
        }
        RecordScrape scrape = PageFiles.toCommand(creatorId.get(), observed, read.contentHash());
        ScrapeOutcome outcome = commands.sendAndWait(scrape);
        out.println("@" + observed.handle() + " from " + file.getFileName() + " (" + observed.format() + ", captured "
                + read.capturedAt() + "): "
                + (outcome == ScrapeOutcome.RECORDED ? "recorded" : "already recorded, ignored")
                + " (1 profile, " + scrape.videos().size() + " videos)");
        return CompassCli.OK;
    }

    private static boolean isScrapeFile(Path file) {
        try {
            return file.toString().endsWith(".json") && PageFiles.isScrapeFile(file);
        } catch (IOException unreadable) {
            return true; // the scrape-file reader says why
        }
    }

    int replayWarehouse(PrintWriter out, PrintWriter err) {
        WarehouseReplay.Report report;
        try {
            report = replay.replay(done -> {
                if (done % 100_000 == 0) {
                    err.println("  " + done + " events...");
                }
            });
        } catch (IllegalStateException busy) {
            err.println("replay refused: " + busy.getMessage());
            return CompassCli.REJECTED;
        }
        out.printf(
                Locale.ROOT,
                "rebuilt the warehouse from %,d events in %.1f s (%,.0f events/s)%n",
                report.events(),
                report.took().toNanos() / 1e9,
                report.eventsPerSecond());
        return printChecksums(report.before(), report.rebuilt(), report.after(), "warehouse", out);
    }

    int replayStreams(PrintWriter out, PrintWriter err) {
        StreamsReplay.Report report;
        try {
            report = streamsReplay.getObject().replay(err::println);
        } catch (IllegalStateException busy) {
            err.println("replay refused: " + busy.getMessage());
            return CompassCli.REJECTED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompassCli.REJECTED;
        }
        out.printf(
                Locale.ROOT,
                "recomputed every series as generation %d (was %d): %,d rows in %.1f s%n",
                report.toGeneration(),
                report.fromGeneration(),
                report.rows(),
                report.took().toNanos() / 1e9);
        return printChecksums(report.before(), report.rebuilt(), report.after(), "series", out);
    }

    private static int printChecksums(
            Map<String, String> before,
            Map<String, String> rebuilt,
            Map<String, String> after,
            String what,
            PrintWriter out) {
        out.println("checksum before : " + before.get("*"));
        out.println("checksum rebuilt: " + rebuilt.get("*"));
        out.println("checksum after  : " + after.get("*"));
        before.forEach((table, sum) -> {
            if (!table.equals("*") && !sum.equals(rebuilt.get(table))) {
                out.println("  differs: " + table);
            }
        });
        boolean same = before.equals(rebuilt) && rebuilt.equals(after);
        out.println(same ? "identical" : "DIFFERENT: the live " + what + " did not match a clean rebuild; it now does");
        return same ? CompassCli.OK : CompassCli.REJECTED;
    }

    int printEvents(String handle, PrintWriter out, PrintWriter err) {
        Optional<String> creatorId = creatorOf(handle, err);
        if (creatorId.isEmpty()) {
            return CompassCli.REJECTED;
        }
        events.readEvents(creatorId.get(), 0).asStream().forEach(event -> out.println(describe(event)));
        return CompassCli.OK;
    }

    private String describe(DomainEventMessage<?> event) {
        try {
            return "#" + event.getSequenceNumber() + "  " + event.getTimestamp() + "  "
                    + event.getPayloadType().getSimpleName() + "  " + json.writeValueAsString(event.getPayload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<String> creatorOf(String handle, PrintWriter err) {
        String canonical = Handles.normalize(handle);
        Optional<String> creatorId = handles.ownerOf(canonical);
        if (creatorId.isEmpty()) {
            err.println("@" + canonical + " is not tracked; run 'compass track " + canonical + "' first");
        }
        return creatorId;
    }

    private List<ScrapeFile> readScrapes(Path file) throws IOException {
        JsonNode root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        List<ScrapeFile> scrapes = new ArrayList<>();
        for (JsonNode node : root.isArray() ? root : List.of(root)) {
            ScrapeFile scrape = json.treeToValue(node, ScrapeFile.class);
            if (scrape.handle() == null
                    || scrape.profile() == null
                    || scrape.profile().capturedAt() == null) {
                throw new IOException("each scrape needs \"handle\" and \"profile\" with \"capturedAt\"");
            }
            scrapes.add(scrape);
        }
        return scrapes;
    }

    private static RecordScrape toCommand(String creatorId, ScrapeFile scrape) {
        SnapshotSource source = scrape.source() == null ? SnapshotSource.IMPORT : scrape.source();
        String scrapeId = scrape.scrapeId() != null
                ? scrape.scrapeId()
                : UUID.nameUUIDFromBytes((Handles.normalize(scrape.handle()) + "|"
                                        + scrape.profile().capturedAt() + "|" + source)
                                .getBytes(StandardCharsets.UTF_8))
                        .toString();
        return new RecordScrape(creatorId, scrapeId, source, scrape.profile(), scrape.videos());
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }
}
