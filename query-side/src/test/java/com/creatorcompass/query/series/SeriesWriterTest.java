package com.creatorcompass.query.series;

import static com.creatorcompass.query.jooq.series.Tables.ALERTS;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_GROWTH_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.HASHTAG_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.VIDEO_VELOCITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.contracts.query.ReadModelNews;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.CreatorGrowthDay;
import com.creatorcompass.contracts.stream.HashtagDay;
import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.contracts.stream.VelocityAge;
import com.creatorcompass.contracts.stream.VideoVelocity;
import com.creatorcompass.query.MigratedWarehouse;
import com.creatorcompass.query.changes.ChangeNotifier;
import com.creatorcompass.query.changes.HeardChanges;
import com.creatorcompass.query.projection.WarehouseChecksum;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Output-topic records into PostgreSQL: upserted by key, withdrawn rows deleted, redelivery harmless. */
class SeriesWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final LocalDate DAY = LocalDate.parse("2026-03-02");

    DSLContext sql;
    SeriesWriter writer;
    long offset;

    @BeforeEach
    void freshWarehouse() {
        sql = DSL.using(MigratedWarehouse.fresh(), SQLDialect.POSTGRES);
        writer = new SeriesWriter(sql);
    }

    @Test
    void everyColumnOfARowLandsAndALaterValueForTheSameKeyReplacesIt() {
        CreatorGrowthDay first = growth(1_100, 0.1);
        CreatorGrowthDay corrected = growth(1_150, 0.15);
        writer.apply(List.of(
                record(Topics.GROWTH, SeriesKeys.creatorDay("c", DAY), first),
                record(Topics.GROWTH, SeriesKeys.creatorDay("c", DAY), corrected)));

        var row = sql.selectFrom(CREATOR_GROWTH_DAILY).fetchSingle();
        assertThat(row.getFollowers()).isEqualTo(1_150);
        assertThat(row.getFollowersGrowth_1d()).isEqualTo(0.15);
        assertThat(row.getFollowersGrowth_7d()).isNull();
        assertThat(row.getClosedAt().toInstant()).isEqualTo(Instant.parse("2026-03-02T20:00:00Z"));
        assertThat(row.getDaysSincePrevious()).isEqualTo(1);
        assertThat(row.getGrowthRestsOnRounded()).isTrue();
    }

    @Test
    void redeliveringABatchLeavesTheSameRows() {
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                record(Topics.GROWTH, SeriesKeys.creatorDay("c", DAY), growth(1_100, 0.1)),
                record(
                        Topics.VELOCITY,
                        SeriesKeys.videoAge("v", VelocityAge.H24),
                        new VideoVelocity(
                                "c",
                                "v",
                                "24h",
                                Instant.parse("2026-03-01T00:00:00Z"),
                                8_500,
                                true,
                                false,
                                2_000.0,
                                3_000.0,
                                4_500.0,
                                5,
                                1.8333)),
                record(
                        Topics.HASHTAGS,
                        SeriesKeys.hashtagDay("cats", DAY),
                        new HashtagDay("cats", DAY, 3, 2, 4_500, 0.1, false)));
        writer.apply(batch);
        String once = WarehouseChecksum.of(sql, SeriesWriter.tables()).get("*");
        writer.apply(batch);

        assertThat(WarehouseChecksum.of(sql, SeriesWriter.tables()).get("*")).isEqualTo(once);
        assertThat(sql.fetchCount(VIDEO_VELOCITY)).isEqualTo(1);
    }

    @Test
    void aVelocityRowWithdrawnAfterItsVideosPostingTimeMovedIsDeleted() {
        VideoVelocity at24h = new VideoVelocity(
                "c", "v", "24h", Instant.parse("2026-03-01T00:00:00Z"), 8_500, true, false, null, null, null, 0, null);
        VideoVelocity at1h = new VideoVelocity(
                "c", "v", "1h", Instant.parse("2026-03-01T00:00:00Z"), 900, false, false, null, null, null, 0, null);
        writer.apply(List.of(
                record(Topics.VELOCITY, SeriesKeys.videoAge("v", VelocityAge.H24), at24h),
                record(Topics.VELOCITY, SeriesKeys.videoAge("v", VelocityAge.H1), at1h)));
        assertThat(sql.fetchCount(VIDEO_VELOCITY)).isEqualTo(2);

        writer.apply(List.of(record(Topics.VELOCITY, SeriesKeys.videoAge("v", VelocityAge.H24), null)));

        assertThat(sql.select(VIDEO_VELOCITY.AGE).from(VIDEO_VELOCITY).fetch(VIDEO_VELOCITY.AGE))
                .containsExactly("1h");
    }

    @Test
    void aWithdrawnAlertOrHashtagDayIsDeleted() {
        Alert alert = new Alert(
                "follower-drop|c|2026-03-02",
                Alert.Kind.FOLLOWER_DROP,
                "c",
                null,
                Instant.parse("2026-03-02T20:00:00Z"),
                970,
                1_000,
                0.03,
                0.02,
                false);
        writer.apply(List.of(
                record(Topics.ALERTS, alert.id(), alert),
                record(Topics.HASHTAGS, "cats|2026-03-02", new HashtagDay("cats", DAY, 1, 1, 10, null, false))));
        assertThat(sql.fetchCount(ALERTS)).isEqualTo(1);
        assertThat(sql.selectFrom(ALERTS).fetchSingle().getKind()).isEqualTo("FOLLOWER_DROP");

        writer.apply(
                List.of(record(Topics.ALERTS, alert.id(), null), record(Topics.HASHTAGS, "cats|2026-03-02", null)));
        assertThat(sql.fetchCount(ALERTS)).isZero();
        assertThat(sql.fetchCount(HASHTAG_DAILY)).isZero();
    }

    @Test
    void withinOneBatchTheLastRecordForARowDecidesItAndOnlyAlertsStillRaisedAreAnswered() {
        Alert raised = new Alert(
                "follower-drop|c|2026-03-02",
                Alert.Kind.FOLLOWER_DROP,
                "c",
                null,
                Instant.parse("2026-03-02T20:00:00Z"),
                970,
                1_000,
                0.03,
                0.02,
                false);
        Alert deeper =
                new Alert(raised.id(), Alert.Kind.FOLLOWER_DROP, "c", null, raised.at(), 950, 1_000, 0.05, 0.02, false);
        Alert withdrawn = new Alert(
                "follower-drop|d|2026-03-02",
                Alert.Kind.FOLLOWER_DROP,
                "d",
                null,
                raised.at(),
                960,
                1_000,
                0.04,
                0.02,
                false);

        List<Alert> answered = writer.apply(List.of(
                record(Topics.ALERTS, raised.id(), raised),
                record(Topics.ALERTS, raised.id(), null),
                record(Topics.ALERTS, raised.id(), deeper),
                record(Topics.ALERTS, withdrawn.id(), withdrawn),
                record(Topics.ALERTS, withdrawn.id(), null),
                record(Topics.HASHTAGS, "cats|2026-03-02", new HashtagDay("cats", DAY, 1, 1, 10, null, false)),
                record(Topics.HASHTAGS, "cats|2026-03-02", null)));

        assertThat(sql.select(ALERTS.ID, ALERTS.OBSERVED).from(ALERTS).fetch(r -> r.value1() + "=" + r.value2()))
                .containsExactly(raised.id() + "=950.0");
        assertThat(sql.fetchCount(HASHTAG_DAILY)).isZero();
        assertThat(answered).containsExactly(deeper);
    }

    @Test
    void aRecordFromATopicThatIsNoOutputIsRefusedAndNothingOfItsBatchIsWritten() {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
        batch.add(record(Topics.GROWTH, SeriesKeys.creatorDay("c", DAY), growth(1_100, 0.1)));
        batch.add(new ConsumerRecord<>("compass.g1.unknown", 0, offset++, "k", new byte[0]));
        assertThatThrownBy(() -> writer.apply(batch)).hasMessageContaining("not an output topic: compass.g1.unknown");
        assertThat(sql.fetchCount(CREATOR_GROWTH_DAILY)).isZero();
    }

    private static CreatorGrowthDay growth(long followers, double growth1d) {
        return new CreatorGrowthDay(
                "c",
                DAY,
                DAY.atTime(20, 0).toInstant(ZoneOffset.UTC),
                followers,
                5_600,
                11,
                1,
                100L,
                600L,
                1L,
                growth1d,
                null,
                null,
                0.12,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                true,
                false);
    }

    @Test
    void aLiveWriteTellsTheCreatorsItChangedAndAWithdrawalWithoutACreatorTellsEverything() throws Exception {
        DataSource dataSource = MigratedWarehouse.fresh();
        DSLContext live = DSL.using(dataSource, SQLDialect.POSTGRES);
        SeriesWriter told = new SeriesWriter(live, new ChangeNotifier(live));
        try (HeardChanges heard = new HeardChanges(dataSource)) {
            told.apply(List.of(
                    record(Topics.GROWTH, SeriesKeys.creatorDay("c", DAY), growth(1_100, 0.1)),
                    record(Topics.HASHTAGS, "reading|" + DAY, new HashtagDay("reading", DAY, 1, 1, 10, 0.1, false))));
            assertThat(heard.next(Duration.ofSeconds(10))).isEqualTo(new ReadModelNews.CreatorsChanged(Set.of("c")));

            told.apply(List.of(record(Topics.HASHTAGS, SeriesKeys.hashtagDay("reading", DAY), null)));
            assertThat(heard.next(Duration.ofMillis(700)))
                    .as("a hashtag's day is no creator's")
                    .isNull();

            told.apply(List.of(record(Topics.VELOCITY, SeriesKeys.videoAge("v", VelocityAge.H24), null)));
            assertThat(heard.next(Duration.ofSeconds(10))).isInstanceOf(ReadModelNews.EverythingChanged.class);
        }
    }

    private ConsumerRecord<String, byte[]> record(String output, String key, Object value) {
        try {
            return new ConsumerRecord<>(
                    Topics.output(output, 1), 0, offset++, key, value == null ? null : JSON.writeValueAsBytes(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
