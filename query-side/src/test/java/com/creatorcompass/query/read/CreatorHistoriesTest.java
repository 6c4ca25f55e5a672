package com.creatorcompass.query.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import com.creatorcompass.contracts.query.DataQualityFlag;
import com.creatorcompass.contracts.query.FindCreators;
import com.creatorcompass.contracts.query.InvalidQueryException;
import com.creatorcompass.contracts.query.VideoDetail;
import com.creatorcompass.contracts.query.VideoOrder;
import com.creatorcompass.contracts.query.VideoPage;
import com.creatorcompass.contracts.query.VideoSummary;
import com.creatorcompass.query.MigratedWarehouse;
import com.creatorcompass.query.projection.WarehouseWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A backfill scenario, checked by hand. Observations (captured → recorded):
 * s1 day 1 → day 1 (10,000); s3 day 3 → day 3 (13,000); s2 day 2 → day 4 (12,000, a late backfill).
 */
class CreatorHistoriesTest {

    static final String C = "creator-1";
    static final Instant DAY1 = Instant.parse("2026-11-01T12:00:00Z");
    static final Instant DAY2 = DAY1.plusSeconds(86_400);
    static final Instant DAY3 = DAY2.plusSeconds(86_400);
    static final Instant DAY4 = DAY3.plusSeconds(86_400);
    static final Instant HALF_DAY = Instant.ofEpochSecond(43_200);

    static CreatorHistories queries;
    static DriverManagerDataSource dataSource;

    @BeforeAll
    static void warehouse() {
        dataSource = MigratedWarehouse.fresh();
        DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);
        WarehouseWriter writer = new WarehouseWriter(sql);
        writer.write(List.of(new CreatorTracked(C, "mia.reads", DAY1.minusSeconds(60), "user-1")));
        writer.write(List.of(profile("s1", DAY1, DAY1, 10_000)));
        writer.write(List.of(profile("s3", DAY3, DAY3, 13_000)));
        writer.write(List.of(profile("s2", DAY2, DAY4, 12_000)));
        for (int i = 0; i < 7; i++) {
            writer.write(List.of(video(
                    "s3",
                    "73000000000000000" + (10 + i),
                    DAY3.minusSeconds(3600L * (i + 1)),
                    1_000L * ((i * 3) % 7 + 1))));
        }
        queries = new CreatorHistories(sql);
    }

    @Test
    void now_is_the_latest_capture_of_everything_known() {
        CreatorKpis now = overview("@Mia.Reads", AsOf.NOW).orElseThrow();

        assertThat(now.profile().followers()).isEqualTo(Count.exact(13_000));
        assertThat(now.tier()).isEqualTo("micro");
        assertThat(now.dataQuality()).contains(DataQualityFlag.ROUNDED_COUNTS); // likes are rounded
    }

    @Test
    void by_event_time_the_backfill_counts_as_what_was_true() {
        CreatorKpis dayTwo = overview("mia.reads", AsOf.eventTime(DAY2.plus(java.time.Duration.ofHours(12))))
                .orElseThrow();

        assertThat(dayTwo.profile().followers().value()).isEqualTo(12_000);
        assertThat(dayTwo.profile().capturedAt()).isEqualTo(DAY2);
        assertThat(dayTwo.recordedAt()).isEqualTo(DAY4);
    }

    @Test
    void by_knowledge_time_the_backfill_was_not_known_yet() {
        Instant dayTwoAndAHalf = DAY2.plusSeconds(HALF_DAY.getEpochSecond());
        Instant dayThreeAndAHalf = DAY3.plusSeconds(HALF_DAY.getEpochSecond());

        CreatorKpis knownThen = overview("mia.reads", new AsOf(dayTwoAndAHalf, dayThreeAndAHalf))
                .orElseThrow();
        CreatorKpis knownOnDayThree =
                overview("mia.reads", AsOf.knowledgeTime(dayThreeAndAHalf)).orElseThrow();

        assertThat(knownThen.profile().followers().value()).isEqualTo(10_000);
        assertThat(knownOnDayThree.profile().followers().value()).isEqualTo(13_000);
        // Each bound where it belongs: true on day 2.5 as known on day 4.5 is the backfill (bounds swapped, it would
        // be day 1's 10,000).
        CreatorKpis trueThenKnownLater = overview(
                        "mia.reads", new AsOf(dayTwoAndAHalf, DAY4.plusSeconds(HALF_DAY.getEpochSecond())))
                .orElseThrow();
        assertThat(trueThenKnownLater.profile().followers().value()).isEqualTo(12_000);
    }

    @Test
    void a_creator_tracked_but_not_yet_observed_is_shown_without_numbers() {
        DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);
        new WarehouseWriter(sql).write(List.of(new CreatorTracked("creator-2", "new.one", DAY4, "user-1")));

        CreatorKpis fresh = overview("new.one", AsOf.NOW).orElseThrow();

        assertThat(fresh.handle()).isEqualTo("new.one");
        assertThat(fresh.profile()).isNull();
        assertThat(fresh.dataQuality()).containsExactly(DataQualityFlag.NOT_OBSERVED_YET);
        assertThat(overview("new.one", AsOf.eventTime(DAY4))).isEmpty();
    }

    @Test
    void before_the_first_observation_there_is_nothing_to_show() {
        assertThat(overview("mia.reads", AsOf.eventTime(DAY1.minusSeconds(1)))).isEmpty();
        assertThat(overview("nobody", AsOf.NOW)).isEmpty();
    }

    @Test
    void histories_differ_exactly_by_the_backfill() {
        List<Long> everything = queries.history("mia.reads", DAY1, DAY4, AsOf.NOW).stream()
                .map(p -> p.followers().value())
                .toList();
        List<Long> knownOnDayThree =
                queries.history("mia.reads", DAY1, DAY4, AsOf.knowledgeTime(DAY3.plusSeconds(60))).stream()
                        .map(p -> p.followers().value())
                        .toList();

        assertThat(everything).containsExactly(10_000L, 12_000L, 13_000L);
        assertThat(knownOnDayThree).containsExactly(10_000L, 13_000L);
    }

    @Test
    void videos_page_by_cursor_in_a_stable_order() {
        List<String> seen = new ArrayList<>();
        VideoPage page = queries.videos("mia.reads", VideoOrder.VIEWS_DESC, 3, null, null);
        seen.addAll(page.videos().stream().map(VideoSummary::videoId).toList());
        while (page.hasNextPage()) {
            page = queries.videos("mia.reads", VideoOrder.VIEWS_DESC, 3, page.endCursor(), null);
            seen.addAll(page.videos().stream().map(VideoSummary::videoId).toList());
        }

        // views by index i: 1000 * ((3i mod 7) + 1) → i=2:7000, 4:6000, 6:5000, 1:4000, 3:3000, 5:2000, 0:1000
        assertThat(seen)
                .containsExactly(
                        "7300000000000000012",
                        "7300000000000000014",
                        "7300000000000000016",
                        "7300000000000000011",
                        "7300000000000000013",
                        "7300000000000000015",
                        "7300000000000000010");
        assertThat(queries.videos("mia.reads", VideoOrder.POSTED_AT_DESC, 2, null, null)
                        .videos())
                .extracting(VideoSummary::videoId)
                .containsExactly("7300000000000000010", "7300000000000000011");
        assertThat(queries.videos("mia.reads", VideoOrder.POSTED_AT_DESC, 2, null, null)
                        .videos()
                        .get(0)
                        .hashtags())
                .containsExactly("booktok");
    }

    @Test
    void oversized_pages_and_foreign_cursors_are_refused() {
        assertThatThrownBy(() -> queries.videos("mia.reads", VideoOrder.VIEWS_DESC, 101, null, null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("first must be between 1 and 100, was 101");
        String viewsCursor = queries.videos("mia.reads", VideoOrder.VIEWS_DESC, 1, null, null)
                .endCursor();
        assertThatThrownBy(() -> queries.videos("mia.reads", VideoOrder.POSTED_AT_DESC, 1, viewsCursor, null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("the cursor belongs to another listing");
        assertThatThrownBy(() -> queries.videos("mia.reads", VideoOrder.POSTED_AT_DESC, 1, "%%%", null))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void a_video_comes_with_its_observations() {
        VideoDetail detail = queries.video("7300000000000000012").orElseThrow();

        assertThat(detail.creatorId()).isEqualTo(C);
        assertThat(detail.video().views()).isEqualTo(7_000);
        assertThat(detail.observations()).hasSize(1);
        assertThat(queries.video("0")).isEmpty();
    }

    static ProfileSnapshotRecorded profile(String scrapeId, Instant captured, Instant recorded, long followers) {
        return new ProfileSnapshotRecorded(
                C,
                scrapeId,
                recorded,
                SnapshotSource.SELENIUM,
                new ProfileObservation(
                        captured,
                        "681",
                        "MS4w",
                        "Mia",
                        "",
                        false,
                        Count.exact(followers),
                        Count.exact(300),
                        Count.rounded(4_300_000),
                        Count.exact(431)));
    }

    static VideoSnapshotRecorded video(String scrapeId, String videoId, Instant posted, long views) {
        return new VideoSnapshotRecorded(
                C,
                scrapeId,
                DAY3,
                SnapshotSource.SELENIUM,
                new VideoObservation(
                        videoId,
                        DAY3,
                        posted,
                        "v #booktok",
                        List.of("booktok"),
                        20,
                        Count.exact(views),
                        Count.exact(views / 10),
                        Count.exact(1),
                        Count.exact(1),
                        Count.exact(1)));
    }

    private Optional<CreatorKpis> overview(String handle, AsOf asOf) {
        return new CreatorReads(DSL.using(dataSource, SQLDialect.POSTGRES))
                .handle(new FindCreators(List.of(handle), asOf)).creators().stream()
                        .findFirst();
    }
}
