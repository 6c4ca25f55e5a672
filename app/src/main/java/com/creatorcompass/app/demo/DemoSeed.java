package com.creatorcompass.app.demo;

import com.creatorcompass.command.creator.HandleClaims;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.scraper.schedule.ScrapeScheduler;
import com.creatorcompass.standin.StandInSite;
import com.creatorcompass.standin.SyntheticCreator;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives a first demo start something to follow, and a past: the stand-in site's first
 * {@code tracked-per-niche} creators of every niche are tracked, and their last {@code history-days}
 * days are recorded through the command side as a backfill would ({@link DemoHistory}), with its
 * progress printed; then the scraper goes on from now (it is held until the dashboard has the history:
 * on two cores, Chromium's page loads took a third of the machine from it). Days recorded before are not sent
 * again, so a restart (or a later day) only adds what is missing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "compass.demo.seed", havingValue = "true", matchIfMissing = true)
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(2);
    private static final Duration READY_WITHIN = Duration.ofMinutes(10);

    private final CommandGateway commands;
    private final HandleClaims handles;
    private final StandInSite site;
    private final JdbcTemplate jdbc;
    private final DemoHistoryStatus status;
    private final ObjectProvider<ScrapeScheduler> scheduler;
    private final Clock clock;
    private final int perNiche;
    private final int historyDays;

    DemoSeed(
            CommandGateway commands,
            HandleClaims handles,
            StandInSite site,
            JdbcTemplate jdbc,
            DemoHistoryStatus status,
            ObjectProvider<ScrapeScheduler> scheduler,
            DemoProperties.Seed properties) {
        this.commands = commands;
        this.handles = handles;
        this.site = site;
        this.jdbc = jdbc;
        this.status = status;
        this.scheduler = scheduler;
        this.clock = Clock.systemUTC();
        this.perNiche = properties.trackedPerNiche();
        this.historyDays = properties.historyDays();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (historyDays > 0) {
            // Before tracking: a creator tracked is due at once.
            status.started();
            scheduler.ifAvailable(scrapes -> scrapes.holdWhile(status::arriving));
        }
        List<SyntheticCreator> seeded = seeded(site, perNiche);
        Map<String, String> creatorIds = new LinkedHashMap<>();
        int tracked = 0;
        for (SyntheticCreator creator : seeded) {
            String id = handles.ownerOf(creator.handle()).orElse(null);
            if (id == null) {
                id = commands.sendAndWait(new TrackCreator(creator.handle(), "demo"));
                tracked++;
            }
            creatorIds.put(creator.handle(), id);
        }
        if (tracked > 0) {
            log.info("Demo: tracking {} creators of the stand-in site at {}", tracked, site.baseUrl());
        }
        if (historyDays > 0) {
            Thread history = new Thread(() -> recordHistory(seeded, creatorIds), "demo-history-plan");
            history.setDaemon(true);
            history.start();
        }
    }

    private void recordHistory(List<SyntheticCreator> seeded, Map<String, String> creatorIds) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        DemoHistory plan = new DemoHistory(site.world(), today, historyDays);
        Map<String, List<RecordScrape>> missing = new LinkedHashMap<>();
        for (SyntheticCreator creator : seeded) {
            List<RecordScrape> scrapes = plan.scrapes(creator, creatorIds.get(creator.handle()));
            Set<String> recorded = recorded(scrapes);
            missing.put(
                    creator.handle(),
                    scrapes.stream()
                            .filter(s -> !recorded.contains(s.scrapeId()))
                            .toList());
        }
        try {
            if (missing.values().stream().anyMatch(scrapes -> !scrapes.isEmpty())) {
                log.info(
                        "Demo: recording {} days of history for {} creators (from {})",
                        historyDays,
                        seeded.size(),
                        plan.firstDay());
                DemoBackfill.Progress done = new DemoBackfill(commands, 2).record(missing, REPORT_EVERY, progress -> {
                    status.arriving(progress);
                    log.info("Demo history: {}", progress.describe());
                });
                status.arriving(done);
                log.info(String.format(
                        Locale.ROOT,
                        "Demo history: recorded %,d events in %.1f s (%,.0f events/s)",
                        done.events(),
                        done.took().toNanos() / 1e9,
                        done.eventsPerSecond()));
            }
            awaitDashboard(seeded, today.minusDays(1));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            status.failed(failed.getMessage());
            log.error("Demo: the history could not be recorded", failed);
        }
    }

    /** Waits until the stream jobs have turned the history into the dashboard's numbers, and says how long it took from start. */
    private void awaitDashboard(List<SyntheticCreator> seeded, LocalDate day) throws InterruptedException {
        HistoryReadiness readiness = new HistoryReadiness(jdbc);
        List<String> handleList = seeded.stream().map(SyntheticCreator::handle).toList();
        Instant deadline = clock.instant().plus(READY_WITHIN);
        while (!readiness.ready(handleList, day)) {
            if (clock.instant().isAfter(deadline)) {
                log.warn("Demo: the history has not reached the dashboard within {}", READY_WITHIN);
                status.failed("the history has not reached the dashboard within " + READY_WITHIN);
                return;
            }
            Thread.sleep(250);
        }
        Duration sinceStart = Duration.ofMillis(System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime());
        status.ready(sinceStart);
        log.info(String.format(
                Locale.ROOT,
                "Demo: the dashboard is ready %.1f s after start: growth over 1, 7 and 28 days, "
                        + "projections and velocity for %d creators, %d days back; %s",
                sinceStart.toMillis() / 1e3,
                seeded.size(),
                historyDays,
                ProcessMemory.now().describe()));
    }

    /** Which of {@code scrapes} the warehouse holds already (a few just sent may not be there yet: the ledger drops those twice). */
    private Set<String> recorded(List<RecordScrape> scrapes) {
        return jdbc
                .queryForList(
                        "select scrape_id from warehouse.fact_profile_snapshot where scrape_id = any (?)",
                        String.class,
                        (Object) scrapes.stream().map(RecordScrape::scrapeId).toArray(String[]::new))
                .stream()
                .collect(Collectors.toSet());
    }

    static List<SyntheticCreator> seeded(StandInSite site, int perNiche) {
        Map<String, List<SyntheticCreator>> byNiche = site.world().creators().stream()
                .collect(Collectors.groupingBy(SyntheticCreator::niche, LinkedHashMap::new, Collectors.toList()));
        return byNiche.values().stream()
                .flatMap(creators -> creators.stream().limit(perNiche))
                .toList();
    }
}
