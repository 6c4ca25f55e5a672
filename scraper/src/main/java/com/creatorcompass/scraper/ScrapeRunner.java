package com.creatorcompass.scraper;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.TransientFailures;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.RecordScrapeFailure;
import com.creatorcompass.contracts.creator.ScrapeOutcome;
import com.creatorcompass.contracts.observation.FailureReason;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scrape of one creator, start to end: polite to the host, retried with exponential backoff
 * and jitter for transient failures only, and ending in exactly one command — the observation, or
 * the classified failure. When the store is unreachable for a moment, the same command (same scrape
 * id, so it is recorded at most once) is sent again with backoff rather than the observation dropped.
 */
public final class ScrapeRunner {

    private static final Logger log = LoggerFactory.getLogger(ScrapeRunner.class);
    /** Sends of one command while the store is unreachable: 1 + 2 + 4 + 8 + 16 retry backoffs in all. */
    static final int STORE_ATTEMPTS = 6;

    private final ProfileSource source;
    private final HostThrottle throttle;
    private final CommandGateway commands;
    private final String host;
    private final int maxAttempts;
    private final Duration retryBackoff;
    private final Clock clock;

    public ScrapeRunner(
            ProfileSource source,
            HostThrottle throttle,
            CommandGateway commands,
            String baseUrl,
            int maxAttempts,
            Duration retryBackoff,
            Clock clock) {
        this.source = source;
        this.throttle = throttle;
        this.commands = commands;
        this.host = URI.create(baseUrl).getHost();
        this.maxAttempts = maxAttempts;
        // Resilience4j's backoff starts at 1 ms at least (a zero pause, as tests and a hurried operator set it, is
        // refused).
        this.retryBackoff = retryBackoff.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : retryBackoff;
        this.clock = clock;
    }

    /** Scrapes {@code handle} and records what came of it for {@code creatorId}. */
    public ScrapeResult scrapeAndRecord(String creatorId, String handle) throws InterruptedException {
        Retry scrapes = Retry.of(
                "scrape",
                RetryConfig.<ScrapeResult>custom()
                        .maxAttempts(maxAttempts)
                        // exponential, each pause at random within ±50 % of its step: hosts see no rhythm
                        .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(retryBackoff, 2.0, 0.5))
                        .retryOnResult(
                                result -> result instanceof ScrapeResult.Failed failed && failed.transientFailure())
                        .build());
        ScrapeResult result = call(Retry.decorateCheckedSupplier(scrapes, () -> {
            throttle.acquire(host);
            return source.scrape(handle);
        }));
        return record(creatorId, handle, result);
    }

    /** Answers what was recorded: the observation, or — when the command side refused it — a failure saying why. */
    private ScrapeResult record(String creatorId, String handle, ScrapeResult result) throws InterruptedException {
        if (result instanceof ScrapeResult.Observed observed) {
            throttle.succeeded(host);
            try {
                ScrapeOutcome outcome = send(
                        new RecordScrape(
                                creatorId,
                                UUID.randomUUID().toString(),
                                observed.source(),
                                observed.profile(),
                                observed.videos()),
                        handle);
                log.debug(
                        "@{}: {} with {} videos",
                        handle,
                        outcome,
                        observed.videos().size());
                return result;
            } catch (CommandRejectedException refused) {
                // The page read cleanly but its numbers break a rule: a page we cannot trust.
                result = new ScrapeResult.Failed(
                        FailureReason.LAYOUT_CHANGED,
                        "the observation was refused (" + refused.rejection() + "): " + refused.getMessage(),
                        Map.of("handle", handle));
            }
        }
        if (result instanceof ScrapeResult.Failed failed) {
            if (failed.hostPushback()) {
                log.warn(
                        "{} pushed back ({}) on @{}: pausing the host for {}",
                        host,
                        failed.reason(),
                        handle,
                        throttle.pushedBack(host));
            }
            try {
                send(
                        new RecordScrapeFailure(
                                creatorId,
                                UUID.randomUUID().toString(),
                                clock.instant(),
                                failed.reason(),
                                failed.detail(),
                                failed.evidence()),
                        handle);
            } catch (CommandRejectedException refused) {
                log.info("@{}: the failure could not be recorded either ({})", handle, refused.getMessage());
            }
            log.info("@{}: scrape failed ({}): {}", handle, failed.reason(), failed.detail());
        }
        return result;
    }

    /**
     * Sends {@code command}, again while the store is unreachable (a transient failure: the same
     * command, so the same scrape id, is recorded at most once), up to {@link #STORE_ATTEMPTS} times.
     */
    private <R> R send(Object command, String handle) throws InterruptedException {
        Retry sends = Retry.of(
                "store",
                RetryConfig.custom()
                        .maxAttempts(STORE_ATTEMPTS)
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(retryBackoff, 2.0))
                        .retryOnException(TransientFailures::isTransient)
                        .build());
        sends.getEventPublisher()
                .onRetry(retry -> log.warn(
                        "@{}: the store is unreachable ({}); sending the same {} again in {} ms",
                        handle,
                        retry.getLastThrowable().getMessage(),
                        command.getClass().getSimpleName(),
                        retry.getWaitInterval().toMillis()));
        return call(Retry.decorateCheckedSupplier(sends, () -> commands.sendAndWait(command)));
    }

    /**
     * Runs a decorated call: its runtime failures as they are; an interruption during a pause (which
     * the library reports as a cancellation, the flag set) as an {@link InterruptedException}.
     */
    private static <R> R call(CheckedSupplier<R> decorated) throws InterruptedException {
        try {
            return decorated.get();
        } catch (CancellationException cancelled) {
            if (Thread.interrupted()) {
                throw (InterruptedException) new InterruptedException(cancelled.getMessage()).initCause(cancelled);
            }
            throw cancelled;
        } catch (RuntimeException | Error | InterruptedException failure) {
            throw failure;
        } catch (Throwable checked) {
            throw new IllegalStateException(checked);
        }
    }
}
