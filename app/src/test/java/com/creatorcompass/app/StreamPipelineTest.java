package com.creatorcompass.app;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static com.creatorcompass.testsupport.Observations.videoAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.app.streams.StreamPipeline;
import com.creatorcompass.app.streams.StreamsReplay;
import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.streams.publication.KafkaEventPublisher;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Scrapes recorded through the command side reach the series tables through the real in-process
 * broker and Kafka Streams, with the values of docs/metrics.md; stopping the publisher and the stream
 * application mid-way loses and doubles nothing; a stream replay reproduces the tables exactly.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"compass.scraper.enabled=false", "compass.demo.seed=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreamPipelineTest {

    static final TestDatabase DATABASE = TestDatabases.fresh();
    static final Instant POSTED = Instant.parse("2026-03-01T00:00:00Z");
    /** How long the pipeline may take to settle once awaited. */
    static final Duration SETTLED_WITHIN = Duration.ofMinutes(2);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DATABASE.registerAsCompassDatabase(registry);
        TestKafka.register(registry);
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StreamPipeline pipeline;

    @Autowired
    StreamsReplay replay;

    @Autowired
    EventProcessingConfiguration processors;

    static String creatorId;

    @Test
    @Order(1)
    void recordedScrapesBecomeGrowthEngagementAndVelocityRows() {
        creatorId = commands.sendAndWait(new TrackCreator("growth.example", "test"));
        // The metrics.md growth example, the 8th recorded before the 1st (a backfill).
        scrape("2026-03-02T21:00:00Z", 1_100, 5_600, 11, video("2026-03-01T06:00:00Z", 4_000, 300, 40, 20));
        scrape("2026-03-08T21:00:00Z", 1_400, 8_000, 13, video("2026-03-02T02:00:00Z", 9_000, 600, 90, 60));
        scrape("2026-03-01T21:00:00Z", 1_000, 5_000, 10, video("2026-03-01T01:00:00Z", 1_000, 100, 10, 5));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("series.creator_growth_daily") == 3
                        && count("series.video_engagement_series") == 3
                        && count("series.video_velocity") == 3
                        && count("series.creator_engagement_daily") == 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> growth("2026-03-08").get("followers_growth_7d") != null);

        Map<String, Object> second = growth("2026-03-02");
        assertThat(second.get("followers_delta")).isEqualTo(100L);
        assertThat((Double) second.get("followers_growth_1d"))
                .isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-12));
        Map<String, Object> eighth = growth("2026-03-08");
        assertThat(eighth.get("days_since_previous")).isEqualTo(6);
        assertThat((Double) eighth.get("followers_growth_7d"))
                .isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
        assertThat((Double) eighth.get("likes_growth_7d")).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-12));

        assertThat(jdbc.queryForObject(
                        "select views from series.video_velocity where video_id = 'v1' and age = '24h'", Long.class))
                .isEqualTo(8_500);
        assertThat(jdbc.queryForObject(
                        "select views_delta from series.video_engagement_series where video_id = 'v1' "
                                + "and captured_at = '2026-03-01T06:00:00Z'",
                        Long.class))
                .isEqualTo(3_000);
    }

    @Test
    @Order(2)
    void stoppingThePublisherAndTheStreamApplicationMidWayLosesAndDoublesNothing() {
        EventProcessor publisher =
                processors.eventProcessor(KafkaEventPublisher.PROCESSOR).orElseThrow();
        pipeline.stop();
        scrape("2026-03-09T12:00:00Z", 1_450, 8_100, 13, video("2026-03-09T00:00:00Z", 12_000, 700, 100, 70));
        publisher.shutDown();
        scrape("2026-03-10T12:00:00Z", 1_500, 8_200, 14, video("2026-03-10T00:00:00Z", 15_000, 800, 110, 80));
        publisher.start();
        pipeline.start();
        scrape("2026-03-11T12:00:00Z", 1_420, 8_300, 14, video("2026-03-11T00:00:00Z", 16_000, 900, 120, 90));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> count("series.creator_growth_daily") == 6 && count("series.video_engagement_series") == 6);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("series.alerts") == 1);
        assertThat(jdbc.queryForList("select day::text from series.creator_growth_daily order by day", String.class))
                .containsExactly("2026-03-01", "2026-03-02", "2026-03-08", "2026-03-09", "2026-03-10", "2026-03-11");
        assertThat(jdbc.queryForList(
                        "select followers_delta from series.creator_growth_daily where day >= '2026-03-09' order by day",
                        Long.class))
                .as("each delta from the day before: nothing lost, nothing counted twice")
                .containsExactly(50L, 50L, -80L);
        assertThat(jdbc.queryForObject(
                        "select kind || ' ' || round(score::numeric, 4) from series.alerts", String.class))
                .isEqualTo("FOLLOWER_DROP 0.0533");
        // Hashtag days take a second hop (re-keyed by hashtag), so they arrive a moment later.
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(() ->
                        jdbc.queryForObject("select views from series.hashtag_daily where hashtag = 'cats'", Long.class)
                                == 16_000);
    }

    @Test
    @Order(3)
    void aStreamReplayRecomputesEverySeriesAsANewGenerationWithTheSameRows() throws InterruptedException {
        // The live generation's last engagement days come from a punctuator (every 250 ms), a commit and a
        // sink poll after the rows the earlier tests waited for: compare with the tables once they are still.
        awaitSeriesStill(Duration.ofMillis(1_500));

        StreamsReplay.Report report = replay.replay(line -> {});

        assertThat(report.fromGeneration()).isEqualTo(1);
        assertThat(report.toGeneration()).isEqualTo(2);
        assertThat(report.rebuilt())
                .as("a clean recomputation equals what the live generation built")
                .isEqualTo(report.before());
        assertThat(report.after()).isEqualTo(report.rebuilt());
        assertThat(pipeline.generation()).isEqualTo(2);

        scrape("2026-03-12T12:00:00Z", 1_430, 8_400, 14, video("2026-03-12T00:00:00Z", 17_000, 900, 120, 90));
        await().atMost(Duration.ofSeconds(60)).until(() -> count("series.creator_growth_daily") == 7);
        assertThat(growth("2026-03-12").get("followers_delta"))
                .as("the new generation carries on live")
                .isEqualTo(10L);
    }

    private void scrape(String capturedAt, long followers, long likes, long videos, VideoObservation... observed) {
        Instant at = Instant.parse(capturedAt);
        ProfileObservation profile = profileAt(at)
                .ids("1", "sec")
                .nickname("Growth")
                .followers(followers)
                .likes(likes)
                .videos(videos)
                .build();
        List<VideoObservation> seen = List.of(observed);
        commands.sendAndWait(
                new RecordScrape(creatorId, UUID.randomUUID().toString(), SnapshotSource.SIMULATION, profile, seen));
    }

    private static VideoObservation video(String capturedAt, long views, long likes, long comments, long shares) {
        return videoAt("v1", Instant.parse(capturedAt))
                .postedAt(POSTED)
                .caption("a video #cats", "cats")
                .counts(views, likes, comments, shares)
                .saves(0)
                .build();
    }

    private Map<String, Object> growth(String day) {
        return jdbc.queryForMap("select * from series.creator_growth_daily where day = ?::date", day);
    }

    /** Until the series tables have not changed for {@code quiet}. */
    /** Until the series tables stay the same for {@code quiet}; a pipeline that never settles fails the test. */
    private void awaitSeriesStill(Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLED_WITHIN.toNanos();
        String before = seriesContents();
        while (System.nanoTime() < deadline) {
            Thread.sleep(quiet.toMillis());
            String now = seriesContents();
            if (now.equals(before)) {
                return;
            }
            before = now;
        }
        throw new AssertionError("the series tables did not stay the same for " + quiet + " within " + SETTLED_WITHIN);
    }

    private String seriesContents() {
        StringBuilder contents = new StringBuilder();
        for (String table : List.of(
                "alerts",
                "creator_engagement_daily",
                "creator_growth_daily",
                "hashtag_daily",
                "video_engagement_series",
                "video_velocity")) {
            contents.append(jdbc.queryForObject(
                    "select coalesce(md5(string_agg(t::text, ',' order by t::text)), '') from series." + table + " t",
                    String.class));
        }
        return contents.toString();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
