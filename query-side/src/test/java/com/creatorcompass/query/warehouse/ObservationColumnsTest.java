package com.creatorcompass.query.warehouse;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;
import static com.creatorcompass.query.jooq.Tables.DIM_VIDEO;
import static com.creatorcompass.query.jooq.Tables.FACT_PROFILE_SNAPSHOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.query.jooq.tables.records.DimCreatorRecord;
import com.creatorcompass.query.jooq.tables.records.DimVideoRecord;
import com.creatorcompass.query.jooq.tables.records.FactProfileSnapshotRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One naming rule from an observation's fields to a table's columns, and back. */
class ObservationColumnsTest {

    static final Instant CAPTURED = Instant.parse("2026-03-01T10:00:00Z");
    static final ProfileObservation PROFILE = new ProfileObservation(
            CAPTURED,
            "6",
            "MS4",
            "Ana",
            "reads a lot",
            true,
            Count.exact(900),
            null,
            Count.rounded(12_000),
            new Count(40, Precision.AT_LEAST),
            "GB",
            "en",
            Count.exact(135));

    @Test
    void a_fields_column_is_its_name_in_snake_case() {
        assertThat(ObservationColumns.columnName("capturedAt")).isEqualTo("captured_at");
        assertThat(ObservationColumns.columnName("tiktokUserId")).isEqualTo("tiktok_user_id");
        assertThat(ObservationColumns.columnName("followers")).isEqualTo("followers");
    }

    @Test
    void a_fact_row_keeps_the_fields_it_has_columns_for_with_each_counts_precision() {
        FactProfileSnapshotRecord row = new FactProfileSnapshotRecord();

        ObservationColumns.write(PROFILE, row, FACT_PROFILE_SNAPSHOT);

        assertThat(row.getCapturedAt()).isEqualTo(OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC));
        assertThat(row.getNickname()).isEqualTo("Ana");
        assertThat(row.getVerified()).isTrue();
        assertThat(row.getFollowers()).isEqualTo(900);
        assertThat(row.getFollowersPrecision()).isEqualTo("EXACT");
        assertThat(row.getFollowing()).isNull();
        assertThat(row.getFollowingPrecision()).isNull();
        assertThat(row.getLikesPrecision()).isEqualTo("ROUNDED");
        assertThat(row.getVideosPrecision()).isEqualTo("AT_LEAST");
        assertThat(row.getFriends()).isEqualTo(135);
        assertThat(row.getFriendsPrecision()).isEqualTo("EXACT");
    }

    @Test
    void a_fact_row_reads_back_as_the_observation_less_what_it_does_not_keep() {
        FactProfileSnapshotRecord row = new FactProfileSnapshotRecord();
        ObservationColumns.write(PROFILE, row, FACT_PROFILE_SNAPSHOT);

        ProfileObservation read = ObservationColumns.read(row, FACT_PROFILE_SNAPSHOT, ProfileObservation.class);

        assertThat(read)
                .isEqualTo(new ProfileObservation(
                        CAPTURED,
                        null,
                        null,
                        "Ana",
                        null,
                        true,
                        Count.exact(900),
                        null,
                        Count.rounded(12_000),
                        new Count(40, Precision.AT_LEAST),
                        null,
                        null,
                        Count.exact(135)));
    }

    @Test
    void the_creator_row_keeps_ids_bio_and_place_and_names_what_a_newer_observation_replaces() {
        DimCreatorRecord row = new DimCreatorRecord();

        ObservationColumns.write(PROFILE, row, DIM_CREATOR);

        assertThat(row.getTiktokUserId()).isEqualTo("6");
        assertThat(row.getBio()).isEqualTo("reads a lot");
        assertThat(row.getRegion()).isEqualTo("GB");
        assertThat(row.getVideosPrecision()).isEqualTo("AT_LEAST");
        assertThat(ObservationColumns.filledBy(ProfileObservation.class, DIM_CREATOR))
                .contains(DIM_CREATOR.NICKNAME, DIM_CREATOR.FOLLOWERS, DIM_CREATOR.FOLLOWERS_PRECISION)
                .doesNotContain(DIM_CREATOR.HANDLE, DIM_CREATOR.TRACKED, DIM_CREATOR.FIRST_SEEN_AT);
    }

    @Test
    void an_enum_is_kept_by_name_and_a_table_without_a_counts_precision_cannot_read_it_back() {
        VideoObservation video = new VideoObservation(
                "v-1",
                CAPTURED,
                null,
                "hi",
                List.of("fyp"),
                null,
                Count.exact(900),
                Count.exact(80),
                null,
                null,
                null,
                PostKind.PHOTO);
        DimVideoRecord row = new DimVideoRecord();

        ObservationColumns.write(video, row, DIM_VIDEO);

        assertThat(row.getKind()).isEqualTo("PHOTO");
        assertThat(row.getViews()).isEqualTo(900);
        assertThatThrownBy(() -> ObservationColumns.read(row, DIM_VIDEO, VideoObservation.class))
                .hasMessage("views is kept without its precision: not readable as a count");
    }
}
