package com.creatorcompass.query.projection;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;
import static com.creatorcompass.query.jooq.Tables.DIM_HASHTAG;
import static com.creatorcompass.query.jooq.Tables.DIM_VIDEO;
import static com.creatorcompass.query.jooq.Tables.FACT_PROFILE_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.FACT_VIDEO_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.SCRAPE_OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.FailureReason;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.query.MigratedWarehouse;
import com.creatorcompass.query.jooq.tables.records.DimCreatorRecord;
import com.creatorcompass.query.jooq.tables.records.DimVideoRecord;
import com.creatorcompass.query.jooq.tables.records.FactProfileSnapshotRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Events in, rows out, against real PostgreSQL. */
class WarehouseWriterTest {

    static final String C = "creator-1";
    static final Instant DAY1 = Instant.parse("2026-11-01T18:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-11-02T18:00:00Z");
    static final Instant DAY3 = Instant.parse("2026-11-03T18:00:00Z");

    DSLContext sql;
    WarehouseWriter writer;

    @BeforeEach
    void freshWarehouse() {
        DriverManagerDataSource dataSource = MigratedWarehouse.fresh();
        sql = DSL.using(dataSource, SQLDialect.POSTGRES);
        writer = new WarehouseWriter(sql);
    }

    @Test
    void a_scrape_becomes_facts_and_the_latest_profile() {
        apply(history());

        DimCreatorRecord creator =
                sql.selectFrom(DIM_CREATOR).where(DIM_CREATOR.CREATOR_ID.eq(C)).fetchOne();
        assertThat(creator.getHandle()).isEqualTo("mia.reads");
        assertThat(creator.getTracked()).isTrue();
        assertThat(creator.getFollowers()).isEqualTo(52_000L); // day 3 is the latest capture
        assertThat(creator.getFollowersPrecision()).isEqualTo("EXACT");
        assertThat(creator.getLikesPrecision()).isEqualTo("ROUNDED");
        assertThat(creator.getTier()).isEqualTo("mid");
        assertThat(creator.getFirstSeenAt()).isEqualTo(utc(DAY1));
        assertThat(creator.getLastSeenAt()).isEqualTo(utc(DAY3));
        assertThat(sql.fetchCount(FACT_PROFILE_SNAPSHOT)).isEqualTo(3);
        assertThat(sql.fetchCount(FACT_VIDEO_SNAPSHOT)).isEqualTo(3);
        DimVideoRecord video = sql.selectFrom(DIM_VIDEO).fetchOne();
        assertThat(video.getViews()).isEqualTo(3_000L);
        assertThat(video.getFirstSeenAt()).isEqualTo(utc(DAY1));
        assertThat(video.getPostedAt()).isEqualTo(utc(DAY1.minusSeconds(3600)));
        assertThat(sql.select(DIM_HASHTAG.HASHTAG, DIM_HASHTAG.FIRST_SEEN_AT)
                        .from(DIM_HASHTAG)
                        .orderBy(DIM_HASHTAG.HASHTAG)
                        .fetch(r -> r.value1() + "@" + r.value2().toInstant()))
                .containsExactly("booktok@" + DAY1, "reading@" + DAY1);
        assertThat(sql.select(SCRAPE_OUTCOME.OUTCOME)
                        .from(SCRAPE_OUTCOME)
                        .orderBy(SCRAPE_OUTCOME.ATTEMPTED_AT)
                        .fetch(0, String.class))
                .containsExactly("RECORDED", "CAPTCHA", "RECORDED", "RECORDED");
    }

    @Test
    void an_unknown_count_is_stored_as_null_never_0_and_a_photo_post_keeps_its_kind() {
        apply(List.of(
                new CreatorTracked(C, "mia.reads", DAY1.minusSeconds(60), "user-1"),
                new ProfileSnapshotRecorded(
                        C,
                        "s1",
                        DAY1,
                        SnapshotSource.IMPORT,
                        new ProfileObservation(
                                DAY1,
                                "681",
                                "MS4w",
                                "Mia",
                                "books",
                                false,
                                null,
                                Count.exact(300),
                                Count.rounded(4_300_000),
                                null)),
                new VideoSnapshotRecorded(
                        C,
                        "s1",
                        DAY1,
                        SnapshotSource.IMPORT,
                        new VideoObservation(
                                "7300000000000000009",
                                DAY1,
                                DAY1.minusSeconds(60),
                                "a slideshow",
                                List.of(),
                                null,
                                Count.exact(900),
                                Count.exact(90),
                                Count.exact(9),
                                Count.exact(1),
                                null,
                                PostKind.PHOTO))));

        FactProfileSnapshotRecord profile =
                sql.selectFrom(FACT_PROFILE_SNAPSHOT).fetchOne();
        assertThat(profile.getFollowers()).isNull();
        assertThat(profile.getFollowersPrecision()).isNull();
        assertThat(profile.getFollowing()).isEqualTo(300);
        DimCreatorRecord creator =
                sql.selectFrom(DIM_CREATOR).where(DIM_CREATOR.CREATOR_ID.eq(C)).fetchOne();
        assertThat(creator.getFollowers()).isNull();
        assertThat(creator.getTier()).as("no tier without followers").isNull();
        DimVideoRecord video = sql.selectFrom(DIM_VIDEO).fetchOne();
        assertThat(video.getSaves()).isNull();
        assertThat(video.getKind()).isEqualTo("PHOTO");
        assertThat(sql.selectFrom(FACT_VIDEO_SNAPSHOT).fetchOne().getAllCountsExact())
                .isFalse();
        assertThat(sql.fetchValue("select engagement_rate_by_views from analytics.video_performance"))
                .isEqualTo(new BigDecimal("0.1111"));
    }

    @Test
    void tiers_follow_the_documented_bands() {
        assertThat(List.of(999L, 1_000L, 9_999L, 10_000L, 49_999L, 50_000L, 499_999L, 500_000L, 999_999L, 1_000_000L))
                .extracting(Tiers::of)
                .containsExactly("starter", "nano", "nano", "micro", "micro", "mid", "mid", "macro", "macro", "mega");
    }

    @Test
    void events_delivered_twice_give_the_same_rows() {
        apply(history());
        Map<String, String> once = WarehouseChecksum.of(sql);

        apply(history());

        assertThat(WarehouseChecksum.of(sql)).isEqualTo(once);
    }

    @Test
    void snapshots_in_any_arrival_order_give_the_same_rows() {
        apply(history());
        Map<String, String> inOrder = WarehouseChecksum.of(sql);

        for (long seed = 1; seed <= 5; seed++) {
            freshWarehouse();
            List<CreatorEvent> shuffled =
                    new ArrayList<>(history().subList(1, history().size()));
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.add(0, history().get(0)); // tracking comes first in every creator's stream
            apply(shuffled);
            assertThat(WarehouseChecksum.of(sql))
                    .as("arrival order with seed " + seed)
                    .isEqualTo(inOrder);
        }
    }

    @Test
    void any_split_into_batches_gives_the_rows_of_one_event_at_a_time() {
        apply(history());
        Map<String, String> oneByOne = WarehouseChecksum.of(sql);

        for (int size : new int[] {2, 3, 5, history().size()}) {
            for (long seed = 1; seed <= 3; seed++) {
                freshWarehouse();
                List<CreatorEvent> events =
                        new ArrayList<>(history().subList(1, history().size()));
                Collections.shuffle(events, new Random(seed));
                events.add(0, history().get(0));
                for (int from = 0; from < events.size(); from += size) {
                    writer.write(events.subList(from, Math.min(events.size(), from + size)));
                }
                writer.write(events); // and the whole lot delivered again as one batch
                assertThat(WarehouseChecksum.of(sql))
                        .as("batches of " + size + ", order seed " + seed)
                        .isEqualTo(oneByOne);
            }
        }
    }

    @Test
    void a_batch_that_tracks_untracks_and_tracks_again_leaves_the_last_state() {
        writer.write(List.of(
                new CreatorTracked(C, "mia.reads", DAY1, "user-1"),
                profile("s1", DAY1, 50_000),
                new CreatorUntracked(C, "mia.reads", DAY2, "user-1")));
        assertThat(sql.select(DIM_CREATOR.TRACKED).from(DIM_CREATOR).fetchOne(0, Boolean.class))
                .isFalse();

        writer.write(List.of(
                new CreatorUntracked(C, "mia.reads", DAY2, "user-1"),
                new CreatorTracked(C, "mia.reads", DAY3, "user-2")));

        DimCreatorRecord creator = sql.selectFrom(DIM_CREATOR).fetchOne();
        assertThat(creator.getTracked()).isTrue();
        assertThat(creator.getFollowers())
                .as("tracking again keeps the profile")
                .isEqualTo(50_000L);
    }

    @Test
    void untracking_keeps_the_history_and_marks_the_creator() {
        apply(history());
        writer.write(List.of(new CreatorUntracked(C, "mia.reads", DAY3, "user-1")));

        assertThat(sql.select(DIM_CREATOR.TRACKED).from(DIM_CREATOR).fetchOne(0, Boolean.class))
                .isFalse();
        assertThat(sql.fetchCount(FACT_PROFILE_SNAPSHOT)).isEqualTo(3);
    }

    static List<CreatorEvent> history() {
        return List.of(
                new CreatorTracked(C, "mia.reads", DAY1.minusSeconds(60), "user-1"),
                profile("s1", DAY1, 50_000),
                video("s1", DAY1, 1_000),
                profile("s3", DAY3, 52_000),
                video("s3", DAY3, 3_000),
                new ScrapeFailed(
                        C,
                        "a2",
                        DAY2.minusSeconds(600),
                        DAY2.minusSeconds(590),
                        FailureReason.CAPTCHA,
                        "verify",
                        Map.of()),
                profile("s2", DAY2, 51_000),
                video("s2", DAY2, 2_000));
    }

    @Test
    void of_two_observations_at_the_same_instant_the_greater_scrape_id_is_the_latest_and_the_close() {
        writer.write(List.of(new CreatorTracked(C, "mia", DAY1, "u-1"), profile("a", DAY1, 2_000)));
        writer.write(List.of(profile("B", DAY1, 1_000)));

        assertThat(sql.selectFrom(DIM_CREATOR)
                        .where(DIM_CREATOR.CREATOR_ID.eq(C))
                        .fetchOne()
                        .getFollowers())
                .as(
                        "'a' is greater than 'B' character by character (ObservationOrder), whatever the database's collation")
                .isEqualTo(2_000L);
        assertThat(sql.fetchValue(
                        "select closing_followers from analytics.creator_daily_followers where creator_id = ?", C))
                .isEqualTo(2_000L);
    }

    static ProfileSnapshotRecorded profile(String scrapeId, Instant at, long followers) {
        return new ProfileSnapshotRecorded(
                C,
                scrapeId,
                at.plusSeconds(5),
                SnapshotSource.SELENIUM,
                new ProfileObservation(
                        at,
                        "681",
                        "MS4w",
                        "Mia",
                        "books",
                        false,
                        Count.exact(followers),
                        Count.exact(300),
                        Count.rounded(4_300_000),
                        Count.exact(431)));
    }

    static VideoSnapshotRecorded video(String scrapeId, Instant at, long views) {
        return new VideoSnapshotRecorded(
                C,
                scrapeId,
                at.plusSeconds(5),
                SnapshotSource.SELENIUM,
                new VideoObservation(
                        "7300000000000000001",
                        at,
                        DAY1.minusSeconds(3600),
                        "haul #booktok",
                        List.of("booktok", "reading"),
                        34,
                        Count.exact(views),
                        Count.exact(views / 10),
                        Count.exact(views / 100),
                        Count.exact(1),
                        Count.exact(2)));
    }

    /** One event per transaction, as a live processor delivering batches of one would. */
    private void apply(List<CreatorEvent> events) {
        events.forEach(event -> writer.write(List.of(event)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
