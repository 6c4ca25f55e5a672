package com.creatorcompass.scraper.schedule;

import com.creatorcompass.scraper.ScrapeResult;
import com.creatorcompass.scraper.ScrapeRunner;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls the schedule, claims as many due creators as it has free browser sessions, scrapes them in
 * parallel and books each one's next turn. Any number of schedulers may share one database.
 */
public class ScrapeScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScrapeScheduler.class);

    private final ScheduleRepository schedule;
    private final ScrapeRunner runner;
    private final String worker;
    private final int parallel;
    private final Duration interval;
    private final Duration lease;
    private final Duration pollEvery;
    private final Semaphore free;
    private ScheduledExecutorService poller;
    private ExecutorService scrapers;
    private volatile boolean running;
    private volatile BooleanSupplier hold = () -> false;

    public ScrapeScheduler(
            ScheduleRepository schedule,
            ScrapeRunner runner,
            String worker,
            int parallel,
            Duration interval,
            Duration lease,
            Duration pollEvery) {
        this.schedule = schedule;
        this.runner = runner;
        this.worker = worker;
        this.parallel = parallel;
        this.interval = interval;
        this.lease = lease;
        this.pollEvery = pollEvery;
        this.free = new Semaphore(parallel);
    }

    /**
     * While {@code hold} answers true, nothing is claimed: what is due waits (and is claimed, oldest
     * first, once it answers false). The demo holds its scraping while it records its history, which
     * needs the machine's cores more than a page load does.
     */
    public void holdWhile(BooleanSupplier hold) {
        this.hold = hold;
    }

    /** Claims what is due and can be taken now, and starts scraping it. Answers how many were claimed. */
    public int pollOnce() {
        int slots = free.availablePermits();
        if (slots == 0 || hold.getAsBoolean()) {
            return 0;
        }
        List<ScheduleRepository.Claim> claims = schedule.claimDue(worker, slots, lease);
        for (ScheduleRepository.Claim claim : claims) {
            free.acquireUninterruptibly();
            scrapers.submit(() -> scrape(claim));
        }
        return claims.size();
    }

    private void scrape(ScheduleRepository.Claim claim) {
        String outcome = "ERROR";
        try {
            ScrapeResult result = runner.scrapeAndRecord(claim.creatorId(), claim.handle());
            outcome = result instanceof ScrapeResult.Failed failed
                    ? failed.reason().name()
                    : "RECORDED";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("scraping @{} failed unexpectedly", claim.handle(), e);
        } finally {
            try {
                schedule.finish(claim.creatorId(), worker, outcome, interval);
            } catch (RuntimeException e) {
                // The lease runs out and another turn picks the creator up; the session slot must come back regardless.
                log.warn("could not book @{}'s next scrape", claim.handle(), e);
            } finally {
                free.release();
            }
        }
    }

    @Override
    public synchronized void start() {
        scrapers = Executors.newFixedThreadPool(parallel, r -> new Thread(r, "scraper-" + worker));
        poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "scrape-poller-" + worker));
        poller.scheduleWithFixedDelay(
                () -> {
                    try {
                        pollOnce();
                    } catch (RuntimeException e) {
                        log.warn("polling the scrape schedule failed; trying again in {}", pollEvery, e);
                    }
                },
                0,
                pollEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        poller.shutdownNow();
        scrapers.shutdownNow();
        try {
            scrapers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
