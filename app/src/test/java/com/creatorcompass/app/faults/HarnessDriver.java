package com.creatorcompass.app.faults;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static com.creatorcompass.testsupport.Observations.videoAt;

import com.creatorcompass.app.streams.StreamPipeline;
import com.creatorcompass.app.streams.StreamsReplay;
import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.TransientFailures;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.query.projection.WarehouseChecksum;
import com.creatorcompass.query.replay.ProjectionStatus;
import com.creatorcompass.query.replay.WarehouseReplay;
import com.creatorcompass.query.series.SeriesWriter;
import com.creatorcompass.scraper.schedule.ScrapeScheduler;
import com.creatorcompass.standin.Fault;
import com.creatorcompass.standin.StandInSite;
import com.creatorcompass.standin.SyntheticCreator;
import com.creatorcompass.streams.runtime.ConsumerLag;
import com.creatorcompass.streams.topology.CompassTopology;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the fault tests ask of the app in the child process. Ingest writes one line per command to an
 * acknowledgement file the test reads after the crash: {@code ACK id} once the command side has
 * answered (its events committed), {@code RETRY id} when the store was unreachable and the same
 * command goes again, {@code FAIL id} for anything else (the tests expect none).
 */
final class HarnessDriver implements AutoCloseable {

    static final String HANDLE_PREFIX = "fault.creator.";
    static final int VIDEOS_PER_SCRAPE = 5;
    private static final Instant BASE = Instant.parse("2026-06-01T00:00:00Z");

    private final ConfigurableApplicationContext context;
    private final BiConsumer<String, String> answer;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Thread> ingesting = new ArrayList<>();
    private volatile boolean stopping;

    HarnessDriver(ConfigurableApplicationContext context, BiConsumer<String, String> answer) {
        this.context = context;
        this.answer = answer;
    }

    void handle(String[] command) throws Exception {
        switch (command[0]) {
            case "track" -> track(Integer.parseInt(command[1]));
            case "ingest" -> ingest(Integer.parseInt(command[1]), Integer.parseInt(command[2]), Path.of(command[3]));
            case "storm" -> storm(command[1].equals("on"));
            case "scraper-off" -> {
                context.getBean(ScrapeScheduler.class).stop();
                answer.accept("scraper-stopped", "{}");
            }
            case "verify" -> verify(true);
            case "verify-warehouse" -> verify(false);
            case "memory" -> memory();
            default -> throw new IllegalArgumentException("unknown harness command " + command[0]);
        }
    }

    private void track(int creators) throws IOException {
        CommandGateway commands = context.getBean(CommandGateway.class);
        for (int i = 0; i < creators; i++) {
            commands.sendAndWait(new TrackCreator(HANDLE_PREFIX + i, "fault-test"));
        }
        answer.accept("tracked", json.writeValueAsString(Map.of("creators", creators)));
    }

    /** {@code perCreator} scrapes of every tracked fault creator on two threads; run numbers keep ids and times apart. */
    private void ingest(int run, int perCreator, Path acks) {
        List<String> creatorIds = sql().resultQuery(
                        "select creator_id from command_model.handle_claim where handle like ? order by handle",
                        HANDLE_PREFIX + "%")
                .fetch(0, String.class);
        PrintWriter ackFile = ackFile(acks);
        AtomicLong acked = new AtomicLong();
        AtomicLong retried = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        int threads = 2;
        for (int t = 0; t < threads; t++) {
            int first = t;
            Thread thread = new Thread(
                    () -> {
                        for (int seq = 0; seq < perCreator && !stopping; seq++) {
                            for (int c = first; c < creatorIds.size() && !stopping; c += threads) {
                                send(scrape(run, seq, c, creatorIds.get(c)), ackFile, acked, retried, failed);
                            }
                        }
                    },
                    "fault-ingest-" + t);
            ingesting.add(thread);
            thread.start();
        }
        List<Thread> workers = List.copyOf(ingesting);
        Thread reporter = new Thread(
                () -> {
                    for (Thread worker : workers) {
                        try {
                            worker.join();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    answer.accept(
                            "ingested",
                            "{\"acked\": " + acked + ", \"retried\": " + retried + ", \"failed\": " + failed + "}");
                },
                "fault-ingest-report");
        reporter.setDaemon(true);
        reporter.start();
        answer.accept("ingesting", "{\"creators\": " + creatorIds.size() + "}");
    }

    private void send(RecordScrape scrape, PrintWriter acks, AtomicLong acked, AtomicLong retried, AtomicLong failed) {
        CommandGateway commands = context.getBean(CommandGateway.class);
        while (!stopping) {
            try {
                commands.sendAndWait(scrape);
                line(acks, "ACK " + scrape.scrapeId());
                acked.incrementAndGet();
                return;
            } catch (CommandRejectedException refused) {
                line(acks, "FAIL " + scrape.scrapeId() + " " + refused.rejection());
                failed.incrementAndGet();
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    line(acks, "FAIL " + scrape.scrapeId() + " " + e);
                    failed.incrementAndGet();
                    return;
                }
                line(acks, "RETRY " + scrape.scrapeId());
                retried.incrementAndGet();
                sleep(Duration.ofMillis(500));
            }
        }
    }

    static RecordScrape scrape(int run, int seq, int creator, String creatorId) {
        Instant capturedAt = BASE.plus(Duration.ofDays(10L * run))
                .plus(Duration.ofHours(seq))
                .plusSeconds(creator);
        List<VideoObservation> videos = new ArrayList<>();
        for (int v = 0; v < VIDEOS_PER_SCRAPE; v++) {
            long views = 1_000L * (v + 1) + 37L * seq + run;
            videos.add(videoAt(Long.toString(7_400_000_000_000_000_000L + creator * 100L + v), capturedAt)
                    .postedAt(BASE.minus(Duration.ofDays(v + 1)))
                    .caption("fault video " + v + " #fault #c" + creator, "fault", "c" + creator)
                    .durationSeconds(10 + v)
                    .counts(views, views / 10, views / 100, views / 200)
                    .saves(views / 300)
                    .build());
        }
        ProfileObservation profile = profileAt(capturedAt)
                .ids("90" + creator, null)
                .nickname("Fault " + creator)
                .followers(10_000L + 13L * seq + 1_000L * run)
                .following(50)
                .likes(90_000L + seq)
                .videos(VIDEOS_PER_SCRAPE)
                .build();
        return new RecordScrape(
                creatorId, "r" + run + "-c" + creator + "-s" + seq, SnapshotSource.SIMULATION, profile, videos);
    }

    private void storm(boolean on) throws IOException {
        StandInSite site = context.getBean(StandInSite.class);
        if (on) {
            for (SyntheticCreator creator : site.world().creators()) {
                site.fault(creator.handle(), Fault.CAPTCHA);
            }
        } else {
            site.clearFaults();
        }
        long requests = site.world().creators().stream()
                .mapToLong(c -> site.profileRequests(c.handle()))
                .sum();
        answer.accept("storm", json.writeValueAsString(Map.of("on", on, "profileRequests", requests)));
    }

    /**
     * Waits until every processor has handled the head of the event store and the stream application
     * has nothing left to read, then rebuilds the warehouse and (with {@code series}) recomputes the
     * series from the first event, answering the live checksums beside the rebuilt ones.
     */
    private void verify(boolean series) throws Exception {
        ProjectionStatus status = context.getBean(ProjectionStatus.class);
        ConsumerLag lag = context.getBean(ConsumerLag.class);
        int generation = context.getBean(StreamPipeline.class).generation();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        String previous = null;
        while (true) {
            boolean projected = status.lags().stream().allMatch(l -> l.behind() != null && l.behind() == 0);
            boolean streamed = lag.of(
                            Topics.applicationId(generation),
                            List.of(Topics.EVENTS, CompassTopology.hashtagVideosTopic(generation)))
                    == 0;
            String written = WarehouseChecksum.of(sql(), SeriesWriter.tables()).get("*");
            if (projected && streamed && written.equals(previous)) {
                break;
            }
            previous = projected && streamed ? written : null;
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the pipeline did not settle in 3 minutes: " + status.lags());
            }
            sleep(Duration.ofSeconds(2));
        }
        WarehouseReplay.Report warehouse =
                context.getBean(WarehouseReplay.class).replay(events -> {});
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("warehouseLive", warehouse.before());
        report.put("warehouseRebuilt", warehouse.rebuilt());
        if (series) {
            StreamsReplay.Report streams = context.getBean(StreamsReplay.class).replay(message -> {});
            report.put("seriesLive", streams.before());
            report.put("seriesRebuilt", streams.rebuilt());
            report.put("seriesRows", streams.rows());
        }
        answer.accept("verified", json.writeValueAsString(report));
    }

    /** Heap in use after a full collection, and the process's resident set, in bytes. */
    private void memory() throws IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        long heap = java.lang.management.ManagementFactory.getMemoryMXBean()
                .getHeapMemoryUsage()
                .getUsed();
        long rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
                .findFirst()
                .orElse(-1);
        answer.accept("memory", json.writeValueAsString(Map.of("heapAfterGc", heap, "rss", rss)));
    }

    private DSLContext sql() {
        return context.getBean(DSLContext.class);
    }

    private static PrintWriter ackFile(Path path) {
        try {
            return new PrintWriter(
                    Files.newBufferedWriter(
                            path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                    true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line, flushed: a kill -9 right after loses nothing that was written. */
    private static synchronized void line(PrintWriter file, String text) {
        file.println(text);
        file.flush();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        for (Thread thread : ingesting) {
            thread.join(10_000);
        }
    }
}
