package com.creatorcompass.scraper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Politeness per host: at least {@code minInterval} (plus up to 50 % jitter) between two page loads,
 * and after a captcha or block the whole host pauses, twice as long each time it happens again (up
 * to 32× the first pause), until a scrape succeeds.
 */
public final class HostThrottle {

    private final Duration minInterval;
    private final Duration firstBackoff;
    private final Clock clock;
    private final Map<String, State> hosts = new ConcurrentHashMap<>();

    private static final class State {
        Instant nextAllowed = Instant.MIN;
        int pushbacks;
    }

    public HostThrottle(Duration minInterval, Duration firstBackoff, Clock clock) {
        this.minInterval = minInterval;
        this.firstBackoff = firstBackoff;
        this.clock = clock;
    }

    /** Waits until {@code host} may be asked again, and books the slot. */
    public void acquire(String host) throws InterruptedException {
        while (true) {
            Duration wait;
            State state = hosts.computeIfAbsent(host, h -> new State());
            synchronized (state) {
                Instant now = clock.instant();
                if (!now.isBefore(state.nextAllowed)) {
                    long jitter = (long) (minInterval.toMillis()
                            * 0.5
                            * ThreadLocalRandom.current().nextDouble());
                    state.nextAllowed = now.plus(minInterval).plusMillis(jitter);
                    return;
                }
                wait = Duration.between(now, state.nextAllowed);
            }
            Thread.sleep(Math.max(1, wait.toMillis()));
        }
    }

    /** The host pushed back (captcha, block): pause it. Answers the pause. */
    public Duration pushedBack(String host) {
        State state = hosts.computeIfAbsent(host, h -> new State());
        synchronized (state) {
            Duration pause = firstBackoff.multipliedBy(1L << Math.min(5, state.pushbacks++));
            Instant until = clock.instant().plus(pause);
            if (until.isAfter(state.nextAllowed)) {
                state.nextAllowed = until;
            }
            return pause;
        }
    }

    /** A scrape went through: the host is friendly again. */
    public void succeeded(String host) {
        State state = hosts.computeIfAbsent(host, h -> new State());
        synchronized (state) {
            state.pushbacks = 0;
        }
    }

    /** When {@code host} may next be asked. */
    public Instant nextAllowed(String host) {
        State state = hosts.computeIfAbsent(host, h -> new State());
        synchronized (state) {
            return state.nextAllowed;
        }
    }
}
