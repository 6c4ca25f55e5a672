package com.creatorcompass.scraper;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.creator.ScrapeOutcome;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scrape of one creator, start to end: polite to the host, retried with exponential backoff
 * and jitter for transient failures only, and ending in exactly one command — the observation, or
 * the classified failure.
 */
public final class ScrapeRunner {

    private static final Logger log = LoggerFactory.getLogger(ScrapeRunner.class);

    private final ProfileSource source;
    private final HostThrottle throttle;
    private final CommandGateway commands;
    private final String host;
    private final int maxAttempts;
    private final Duration retryBackoff;
    private final Clock clock;

    public ScrapeRunner(ProfileSource source, HostThrottle throttle, CommandGateway commands, String baseUrl,
                        int maxAttempts, Duration retryBackoff, Clock clock) {
        this.source = source;
        this.throttle = throttle;
        this.commands = commands;
        this.host = URI.create(baseUrl).getHost();
        this.maxAttempts = maxAttempts;
        this.retryBackoff = retryBackoff;
        this.clock = clock;
    }

    /** Scrapes {@code handle} and records what came of it for {@code creatorId}. */
    public ScrapeResult scrapeAndRecord(String creatorId, String handle) throws InterruptedException {
        ScrapeResult result = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            throttle.acquire(host);
            result = source.scrape(handle);
            if (!(result instanceof ScrapeResult.Failed failed) || !failed.transientFailure() || attempt == maxAttempts) {
                break;
            }
            long pause = retryBackoff.toMillis() * (1L << (attempt - 1));
            Thread.sleep(pause + ThreadLocalRandom.current().nextLong(Math.max(1, pause / 2)));
        }
        record(creatorId, handle, result);
        return result;
    }

    private void record(String creatorId, String handle, ScrapeResult result) {
        if (result instanceof ScrapeResult.Observed observed) {
            throttle.succeeded(host);
            ScrapeOutcome outcome = commands.sendAndWait(new RecordScrape(creatorId, UUID.randomUUID().toString(),
                    observed.source(), observed.profile(), observed.videos()));
            log.debug("@{}: {} with {} videos", handle, outcome, observed.videos().size());
        } else if (result instanceof ScrapeResult.Failed failed) {
            if (failed.hostPushback()) {
                log.warn("{} pushed back ({}) on @{}: pausing the host for {}", host, failed.reason(), handle,
                        throttle.pushedBack(host));
            }
            commands.sendAndWait(new RecordScrapeFailure(creatorId, UUID.randomUUID().toString(), clock.instant(),
                    failed.reason(), failed.detail(), failed.evidence()));
            log.info("@{}: scrape failed ({}): {}", handle, failed.reason(), failed.detail());
        }
    }
}
