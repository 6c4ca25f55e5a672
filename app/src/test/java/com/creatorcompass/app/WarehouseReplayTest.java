package com.creatorcompass.app;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static com.creatorcompass.testsupport.Observations.videoAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.query.replay.ProjectionStatus;
import com.creatorcompass.query.replay.WarehouseReplay;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A full rebuild from 30,000 events (a year of 40 creators, shuffled) gives exactly the live warehouse (by checksum), and repairs a damaged one. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"compass.scraper.enabled=false", "compass.demo.seed=false", "compass.kafka.enabled=false"})
@ActiveProfiles("replay-test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarehouseReplayTest {

    static final TestDatabase DATABASE = TestDatabases.fresh();
    static final int CREATORS = 40;
    static final int SCRAPES_EACH = 30;
    static final int VIDEOS = 24;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.registerAsCompassDatabase(registry);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    WarehouseReplay replay;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionStatus status;

    @Test
    @Order(1)
    void a_full_rebuild_from_30k_events_equals_the_live_warehouse() throws Exception {
        record(histories());
        long head = jdbc.queryForObject("select count(*) from event_store.domain_event_entry", Long.class);
        assertThat(head).isEqualTo(CREATORS + (long) CREATORS * SCRAPES_EACH * (1 + VIDEOS));
        awaitLiveWarehouseCaughtUp();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status.lags().stream()
                        .anyMatch(lag -> lag.processor().equals("warehouse") && lag.behind() == 0));

        WarehouseReplay.Report report = replay.replay(done -> {});

        assertThat(report.events()).isEqualTo(head);
        assertThat(report.rebuilt()).isEqualTo(report.before());
        assertThat(report.after()).isEqualTo(report.before());
        assertThat(jdbc.queryForObject("select count(*) from warehouse.fact_video_snapshot", Long.class))
                .isEqualTo((long) CREATORS * SCRAPES_EACH * VIDEOS);
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.schemata where schema_name = 'warehouse_rebuild'",
                        Long.class))
                .isZero();
    }

    @Test
    @Order(2)
    void a_damaged_warehouse_is_told_apart_and_repaired() {
        jdbc.update("delete from warehouse.fact_video_snapshot where video_id = '7300000000000000003'");
        jdbc.update("update warehouse.dim_creator set followers = followers + 1");

        WarehouseReplay.Report report = replay.replay(done -> {});

        assertThat(report.before().get("*")).isNotEqualTo(report.rebuilt().get("*"));
        assertThat(report.before().get("fact_video_snapshot"))
                .isNotEqualTo(report.rebuilt().get("fact_video_snapshot"));
        assertThat(report.before().get("dim_hashtag"))
                .isEqualTo(report.rebuilt().get("dim_hashtag"));
        assertThat(report.after()).isEqualTo(report.rebuilt());
    }

    private void awaitLiveWarehouseCaughtUp() {
        long last = jdbc.queryForObject("select max(global_index) from event_store.domain_event_entry", Long.class);
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> jdbc.queryForObject("select count(*) from warehouse.fact_video_snapshot", Long.class)
                                == (long) CREATORS * SCRAPES_EACH * VIDEOS
                        && jdbc.queryForObject("select count(*) from warehouse.fact_profile_snapshot", Long.class)
                                == (long) CREATORS * SCRAPES_EACH);
        assertThat(last).isPositive();
    }

    /** Scrapes of every creator, captured over a year, recorded in shuffled capture order. */
    private static List<RecordScrape> histories() {
        Random random = new Random(7);
        Instant start = Instant.parse("2025-11-01T00:00:00Z");
        List<RecordScrape> scrapes = new ArrayList<>();
        for (int c = 0; c < CREATORS; c++) {
            for (int s = 0; s < SCRAPES_EACH; s++) {
                Instant captured = start.plus(Duration.ofHours(random.nextInt(365 * 24)));
                int creator = c;
                List<VideoObservation> videos = IntStream.range(0, VIDEOS)
                        .mapToObj(v -> videoAt(Long.toString(7_300_000_000_000_000_000L + creator * 100L + v), captured)
                                .postedAt(captured.minus(Duration.ofDays(v + 1)))
                                .caption("video " + v + " #tag" + (v % 5), "tag" + (v % 5), "fyp")
                                .durationSeconds(10 + v)
                                .counts(
                                        random.nextInt(1_000_000),
                                        random.nextInt(50_000),
                                        random.nextInt(1_000),
                                        random.nextInt(500))
                                .saves(random.nextInt(900))
                                .build())
                        .toList();
                ProfileObservation profile = profileAt(captured)
                        .ids("68" + c, "sec" + c)
                        .nickname("Creator " + c)
                        .followers(10_000 + random.nextInt(1_000_000))
                        .following(100)
                        .likes(Count.rounded(4_300_000))
                        .videos(200)
                        .build();
                scrapes.add(
                        new RecordScrape("c" + c, "scrape-" + c + "-" + s, SnapshotSource.SIMULATION, profile, videos));
            }
        }
        return scrapes;
    }

    private void record(List<RecordScrape> scrapes) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < CREATORS; c++) {
            ids.add(commands.sendAndWait(new TrackCreator("replay.creator" + c, "test")));
        }
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int part = t;
            Thread thread = new Thread(() -> {
                for (int i = part; i < scrapes.size(); i += 2) {
                    RecordScrape s = scrapes.get(i);
                    String creatorId = ids.get(Integer.parseInt(s.creatorId().substring(1)));
                    commands.sendAndWait(
                            new RecordScrape(creatorId, s.scrapeId(), s.source(), s.profile(), s.videos()));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
