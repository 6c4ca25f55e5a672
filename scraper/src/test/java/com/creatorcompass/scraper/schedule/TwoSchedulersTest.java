package com.creatorcompass.scraper.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.scraper.HostThrottle;
import com.creatorcompass.scraper.ScrapeResult;
import com.creatorcompass.scraper.ScrapeRunner;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two scraper processes on one database: every creator is scraped, never by both at once. */
class TwoSchedulersTest {

    record Visit(String handle, String worker, long start, long end) {}

    @Test
    void two_schedulers_never_scrape_the_same_creator_at_the_same_time() throws Exception {
        ScheduleRepository schedule = schedule();
        for (int i = 0; i < 12; i++) {
            schedule.track("creator-" + i, "handle." + i);
        }
        List<Visit> visits = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();

        ScrapeScheduler first = scheduler(schedule, "worker-a", visits, inFlight, overlaps);
        ScrapeScheduler second = scheduler(schedule, "worker-b", visits, inFlight, overlaps);
        first.start();
        second.start();
        Thread.sleep(3_000);
        first.stop();
        second.stop();

        assertThat(overlaps).hasValue(0);
        assertThat(visits).extracting(Visit::handle).containsAll(List.of("handle.0", "handle.5", "handle.11"));
        assertThat(visits).extracting(Visit::worker).contains("worker-a", "worker-b");
        for (Visit a : visits) {
            for (Visit b : visits) {
                if (a != b && a.handle().equals(b.handle())) {
                    assertThat(a.end() <= b.start() || b.end() <= a.start())
                            .as("%s and %s overlap", a, b)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void a_held_scheduler_claims_nothing_until_the_hold_ends() throws Exception {
        ScheduleRepository schedule = schedule();
        schedule.track("creator-0", "handle.0");
        List<Visit> visits = new CopyOnWriteArrayList<>();
        ScrapeScheduler scheduler =
                scheduler(schedule, "worker-a", visits, new ConcurrentHashMap<>(), new AtomicInteger());
        AtomicBoolean held = new AtomicBoolean(true);
        scheduler.holdWhile(held::get);
        scheduler.start();
        try {
            Thread.sleep(500);
            assertThat(visits).as("due, but held").isEmpty();

            held.set(false);
            Thread.sleep(500);
            assertThat(visits).extracting(Visit::handle).contains("handle.0");
        } finally {
            scheduler.stop();
        }
    }

    private static ScheduleRepository schedule() {
        TestDatabase database = TestDatabases.fresh();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                database.jdbcUrl(), database.username(), database.password() == null ? "" : database.password());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("scraper")
                .locations("classpath:db/migration/scraper")
                .load()
                .migrate();
        return new ScheduleRepository(new JdbcTemplate(dataSource));
    }

    private static ScrapeScheduler scheduler(
            ScheduleRepository schedule,
            String worker,
            List<Visit> visits,
            Map<String, AtomicInteger> inFlight,
            AtomicInteger overlaps) {
        ScrapeRunner runner = new ScrapeRunner(
                handle -> {
                    if (inFlight.computeIfAbsent(handle, h -> new AtomicInteger())
                                    .incrementAndGet()
                            > 1) {
                        overlaps.incrementAndGet();
                    }
                    long start = System.nanoTime();
                    try {
                        Thread.sleep(40);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inFlight.get(handle).decrementAndGet();
                    visits.add(new Visit(handle, worker, start, System.nanoTime()));
                    return new ScrapeResult.Failed(FailureReason.NOT_FOUND, "test", Map.of());
                },
                new HostThrottle(Duration.ZERO, Duration.ZERO, Clock.systemUTC()),
                mock(CommandGateway.class),
                "http://stand-in.test",
                1,
                Duration.ZERO,
                Clock.systemUTC());
        return new ScrapeScheduler(
                schedule, runner, worker, 3, Duration.ofMillis(100), Duration.ofMinutes(1), Duration.ofMillis(20));
    }
}
