package com.creatorcompass.graphql.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each user may do how often, counted in PostgreSQL ({@code auth.rate_limit_bucket}): Bucket4j
 * token buckets, one row per user and allowance, locked while taken from, so every API instance
 * draws from the same allowance (a per-process counter gives N instances N times the limit).
 */
public class Allowances implements AutoCloseable {

    /**
     * An allowance: {@code capacity} at once, given back {@code refill} per {@code period} — little by
     * little when {@code smooth}, else all at once when the period has passed. {@code slack}: how many
     * one instance may hand out from what it last read before it counts them in the database (at the
     * latest {@link #SYNCED_WITHIN} after it last did): 0 counts each one there at once; more lets most
     * takes skip the database, and all instances together hand out at most {@code slack} each beyond
     * the allowance.
     */
    public record Allowance(String name, long capacity, long refill, Duration period, boolean smooth, long slack) {

        /** Counted in the database at every take. */
        public Allowance(String name, long capacity, long refill, Duration period, boolean smooth) {
            this(name, capacity, refill, period, smooth, 0);
        }

        BucketConfiguration bucket() {
            return BucketConfiguration.builder()
                    .addLimit(limit -> smooth
                            ? limit.capacity(capacity).refillGreedy(refill, period)
                            : limit.capacity(capacity).refillIntervally(refill, period))
                    .build();
        }

        /** In words, for the error a user sees. */
        public String describe() {
            return capacity + " at once and " + refill + " per "
                    + (period.toSeconds() == 1 ? "second" : period.toSeconds() + " s");
        }
    }

    /** What taking from an allowance got: allowed, or how long until one more would be. */
    public record Taken(boolean allowed, Duration retryAfter) {}

    /** An allowance with slack is counted in the database at least this often while it is used. */
    public static final Duration SYNCED_WITHIN = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(Allowances.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final TimeMeter clock;
    /** Buckets with slack remember what they handed out uncounted, so they are kept while in use. */
    private final Cache<String, Bucket> withSlack = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(1))
            .maximumSize(100_000)
            .build();

    private final AtomicLong unreachableUntil = new AtomicLong(System.nanoTime());
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(2));
    private final ScheduledExecutorService janitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "allowance-janitor");
        thread.setDaemon(true);
        return thread;
    });

    public Allowances(DataSource dataSource) {
        this(dataSource, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** @param clock the time buckets refill by (every instance should agree on it: the database's rows carry it) */
    Allowances(DataSource dataSource, TimeMeter clock) {
        this.clock = clock;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .clientClock(clock)
                .table("auth.rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A bucket full again is the same as none: its row can go.
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        janitor.scheduleWithFixedDelay(this::dropFullBuckets, 1, 1, TimeUnit.MINUTES);
    }

    /**
     * Takes one from the user's allowance. When the database cannot be asked, the request is let
     * through (and said so in the log, once a minute), and the database is not asked again for 5 s: an
     * allowance is no reason to refuse service, and whatever the request reads needs the database too.
     */
    public Taken take(Allowance allowance, String userId) {
        if (System.nanoTime() - unreachableUntil.get() < 0) {
            return new Taken(true, Duration.ZERO);
        }
        try {
            ConsumptionProbe probe =
                    bucket(allowance, allowance.name() + ":" + userId).tryConsumeAndReturnRemaining(1);
            return new Taken(probe.isConsumed(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
        } catch (RuntimeException unreachable) {
            long now = System.nanoTime();
            // Not asked again for a few seconds: each try waits out a connection timeout.
            unreachableUntil.set(now + TimeUnit.SECONDS.toNanos(5));
            long last = lastWarning.get();
            if (now - last > TimeUnit.MINUTES.toNanos(1) && lastWarning.compareAndSet(last, now)) {
                log.warn(
                        "Allowances could not be counted ({}); requests go through uncounted meanwhile",
                        unreachable.toString());
            }
            return new Taken(true, Duration.ZERO);
        }
    }

    private Bucket bucket(Allowance allowance, String key) {
        if (allowance.slack() == 0) {
            return buckets.builder().build(key, allowance::bucket);
        }
        return withSlack.get(
                key,
                ignored -> buckets.builder()
                        .withOptimization(new DelayOptimization(
                                new DelayParameters(allowance.slack(), SYNCED_WITHIN),
                                NopeOptimizationListener.INSTANCE,
                                clock))
                        .build(key, allowance::bucket));
    }

    private void dropFullBuckets() {
        try {
            while (buckets.removeExpired(1_000) == 1_000) {
                // another batch
            }
        } catch (RuntimeException e) {
            log.warn("Could not drop full rate-limit buckets (tried again in a minute): {}", e.toString());
        }
    }

    @Override
    public void close() {
        janitor.shutdownNow();
    }
}
