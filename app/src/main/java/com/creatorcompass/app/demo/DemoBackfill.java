package com.creatorcompass.app.demo;

import com.creatorcompass.contracts.creator.RecordScrape;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Records planned history through the command side, as any backfill would: each creator's scrapes
 * in order on one of {@code threads} workers (a creator's commands never race each other), with
 * its progress — percent, events per second, time left — reported every {@code every}.
 */
final class DemoBackfill {

    /** How far a backfill is: scrapes and events recorded of those planned, and since when. */
    record Progress(long scrapes, long totalScrapes, long events, long totalEvents, Duration took) {

        double percent() {
            return totalEvents == 0 ? 100 : 100.0 * events / totalEvents;
        }

        double eventsPerSecond() {
            return took.isZero() ? 0 : events / (took.toNanos() / 1e9);
        }

        /** What is left at the rate so far; null before there is a rate. */
        Duration left() {
            double rate = eventsPerSecond();
            return rate == 0 ? null : Duration.ofMillis(Math.round((totalEvents - events) / rate * 1000));
        }

        String describe() {
            Duration left = left();
            return String.format(
                    Locale.ROOT,
                    "%.0f%% (%,d of %,d events), %,.0f events/s, %s",
                    percent(),
                    events,
                    totalEvents,
                    eventsPerSecond(),
                    left == null ? "time left unknown" : "about " + Math.max(1, left.toSeconds()) + " s left");
        }
    }

    private final CommandGateway commands;
    private final int threads;

    DemoBackfill(CommandGateway commands, int threads) {
        this.commands = commands;
        this.threads = threads;
    }

    /** Records every scrape of {@code planned} (by creator); {@code progress} hears how far it is every {@code every}. */
    Progress record(Map<String, List<RecordScrape>> planned, Duration every, Consumer<Progress> progress)
            throws InterruptedException {
        long totalScrapes = planned.values().stream().mapToLong(List::size).sum();
        long totalEvents = planned.values().stream()
                .flatMap(List::stream)
                .mapToLong(DemoBackfill::events)
                .sum();
        AtomicLong scrapes = new AtomicLong();
        AtomicLong events = new AtomicLong();
        long started = System.nanoTime();
        Function<Long, Progress> now = at ->
                new Progress(scrapes.get(), totalScrapes, events.get(), totalEvents, Duration.ofNanos(at - started));
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "demo-history");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<RecordScrape> history : planned.values()) {
                done.add(workers.submit(() -> {
                    for (RecordScrape scrape : history) {
                        commands.sendAndWait(scrape);
                        scrapes.incrementAndGet();
                        events.addAndGet(events(scrape));
                    }
                }));
            }
            workers.shutdown();
            while (!workers.awaitTermination(every.toMillis(), TimeUnit.MILLISECONDS)) {
                progress.accept(now.apply(System.nanoTime()));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException(
                    "the demo's history could not be recorded: "
                            + failed.getCause().getMessage(),
                    failed.getCause());
        } finally {
            workers.shutdownNow();
        }
        return now.apply(System.nanoTime());
    }

    /** The events a scrape becomes: its profile and one per video. */
    static long events(RecordScrape scrape) {
        return 1 + scrape.videos().size();
    }
}
