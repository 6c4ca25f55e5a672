package com.creatorcompass.query.projection;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;
import static com.creatorcompass.query.jooq.Tables.DIM_HASHTAG;
import static com.creatorcompass.query.jooq.Tables.DIM_VIDEO;
import static com.creatorcompass.query.jooq.Tables.FACT_PROFILE_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.FACT_VIDEO_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.SCRAPE_OUTCOME;
import static com.creatorcompass.query.jooq.Tables.VIDEO_HASHTAG;
import static org.jooq.impl.DSL.row;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import com.creatorcompass.query.jooq.tables.records.DimVideoRecord;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.Query;

/**
 * Writes events into the warehouse. Every write is idempotent (facts keyed by what identifies an
 * observation) and order-independent (dimensions keep the observation latest by capture time, ties
 * broken by scrape id), so redelivery and late backfills give the same rows.
 */
public final class WarehouseWriter {

    static final String RECORDED = "RECORDED";
    /** What a newer observation of a video replaces; its creator and first sighting stay. */
    private static final List<Field<?>> LATEST_VIDEO_FIELDS = List.of(DIM_VIDEO.POSTED_AT, DIM_VIDEO.CAPTION,
            DIM_VIDEO.DURATION_SECONDS, DIM_VIDEO.LAST_SEEN_AT, DIM_VIDEO.VIEWS, DIM_VIDEO.LIKES, DIM_VIDEO.COMMENTS,
            DIM_VIDEO.SHARES, DIM_VIDEO.SAVES, DIM_VIDEO.LAST_SCRAPE_ID, DIM_VIDEO.KIND);

    private final DSLContext sql;

    public WarehouseWriter(DSLContext sql) {
        this.sql = sql;
    }

    private static void run(Query query) {
        query.execute();
    }

    /** Writes any warehouse-relevant event; answers false for events the warehouse does not use. */
    public boolean apply(Object event) {
        if (event instanceof CreatorTracked e) {
            on(e);
        } else if (event instanceof CreatorUntracked e) {
            on(e);
        } else if (event instanceof ProfileSnapshotRecorded e) {
            on(e);
        } else if (event instanceof VideoSnapshotRecorded e) {
            on(e);
        } else if (event instanceof ScrapeFailed e) {
            on(e);
        } else {
            return false;
        }
        return true;
    }

    public void on(CreatorTracked event) {
        run(sql.insertInto(DIM_CREATOR, DIM_CREATOR.CREATOR_ID, DIM_CREATOR.HANDLE, DIM_CREATOR.TRACKED)
                .values(event.creatorId(), event.handle(), true)
                .onConflict(DIM_CREATOR.CREATOR_ID).doUpdate()
                .set(DIM_CREATOR.HANDLE, event.handle())
                .set(DIM_CREATOR.TRACKED, true));
    }

    public void on(CreatorUntracked event) {
        run(sql.update(DIM_CREATOR).set(DIM_CREATOR.TRACKED, false).where(DIM_CREATOR.CREATOR_ID.eq(event.creatorId())));
    }

    public void on(ProfileSnapshotRecorded e) {
        OffsetDateTime captured = utc(e.capturedAt());
        run(sql.insertInto(FACT_PROFILE_SNAPSHOT)
                .set(FACT_PROFILE_SNAPSHOT.CREATOR_ID, e.creatorId())
                .set(FACT_PROFILE_SNAPSHOT.SCRAPE_ID, e.scrapeId())
                .set(FACT_PROFILE_SNAPSHOT.CAPTURED_AT, captured)
                .set(FACT_PROFILE_SNAPSHOT.RECORDED_AT, utc(e.recordedAt()))
                .set(FACT_PROFILE_SNAPSHOT.SOURCE, e.source().name())
                .set(FACT_PROFILE_SNAPSHOT.NICKNAME, e.nickname())
                .set(FACT_PROFILE_SNAPSHOT.VERIFIED, e.verified())
                .set(FACT_PROFILE_SNAPSHOT.FOLLOWERS, Count.valueOrNull(e.followers()))
                .set(FACT_PROFILE_SNAPSHOT.FOLLOWERS_PRECISION, Count.precisionOrNull(e.followers()))
                .set(FACT_PROFILE_SNAPSHOT.FOLLOWING, Count.valueOrNull(e.following()))
                .set(FACT_PROFILE_SNAPSHOT.FOLLOWING_PRECISION, Count.precisionOrNull(e.following()))
                .set(FACT_PROFILE_SNAPSHOT.LIKES, Count.valueOrNull(e.likes()))
                .set(FACT_PROFILE_SNAPSHOT.LIKES_PRECISION, Count.precisionOrNull(e.likes()))
                .set(FACT_PROFILE_SNAPSHOT.VIDEOS, Count.valueOrNull(e.videos()))
                .set(FACT_PROFILE_SNAPSHOT.VIDEOS_PRECISION, Count.precisionOrNull(e.videos()))
                .onConflictDoNothing());
        run(sql.update(DIM_CREATOR)
                .set(DIM_CREATOR.TIKTOK_USER_ID, e.tiktokUserId())
                .set(DIM_CREATOR.SEC_UID, e.secUid())
                .set(DIM_CREATOR.NICKNAME, e.nickname())
                .set(DIM_CREATOR.BIO, e.bio())
                .set(DIM_CREATOR.VERIFIED, e.verified())
                .set(DIM_CREATOR.FOLLOWERS, Count.valueOrNull(e.followers()))
                .set(DIM_CREATOR.FOLLOWERS_PRECISION, Count.precisionOrNull(e.followers()))
                .set(DIM_CREATOR.FOLLOWING, Count.valueOrNull(e.following()))
                .set(DIM_CREATOR.LIKES, Count.valueOrNull(e.likes()))
                .set(DIM_CREATOR.LIKES_PRECISION, Count.precisionOrNull(e.likes()))
                .set(DIM_CREATOR.VIDEOS, Count.valueOrNull(e.videos()))
                .set(DIM_CREATOR.TIER, Tiers.of(Count.valueOrNull(e.followers())))
                .set(DIM_CREATOR.REGION, e.region())
                .set(DIM_CREATOR.LANGUAGE, e.language())
                .set(DIM_CREATOR.LAST_SEEN_AT, captured)
                .set(DIM_CREATOR.LAST_SCRAPE_ID, e.scrapeId())
                .where(DIM_CREATOR.CREATOR_ID.eq(e.creatorId()))
                .and(DIM_CREATOR.LAST_SEEN_AT.isNull()
                        .or(row(DIM_CREATOR.LAST_SEEN_AT, DIM_CREATOR.LAST_SCRAPE_ID).lt(captured, e.scrapeId()))));
        run(sql.update(DIM_CREATOR)
                .set(DIM_CREATOR.FIRST_SEEN_AT, captured)
                .where(DIM_CREATOR.CREATOR_ID.eq(e.creatorId()))
                .and(DIM_CREATOR.FIRST_SEEN_AT.isNull().or(DIM_CREATOR.FIRST_SEEN_AT.gt(captured))));
        outcome(e.creatorId(), e.scrapeId(), e.capturedAt(), e.recordedAt(), RECORDED, null);
    }

    public void on(VideoSnapshotRecorded e) {
        OffsetDateTime captured = utc(e.capturedAt());
        boolean exact = Stream.of(e.views(), e.likes(), e.comments(), e.shares(), e.saves())
                .allMatch(Count::isExact);
        run(sql.insertInto(FACT_VIDEO_SNAPSHOT)
                .set(FACT_VIDEO_SNAPSHOT.VIDEO_ID, e.videoId())
                .set(FACT_VIDEO_SNAPSHOT.SCRAPE_ID, e.scrapeId())
                .set(FACT_VIDEO_SNAPSHOT.CREATOR_ID, e.creatorId())
                .set(FACT_VIDEO_SNAPSHOT.CAPTURED_AT, captured)
                .set(FACT_VIDEO_SNAPSHOT.RECORDED_AT, utc(e.recordedAt()))
                .set(FACT_VIDEO_SNAPSHOT.SOURCE, e.source().name())
                .set(FACT_VIDEO_SNAPSHOT.VIEWS, Count.valueOrNull(e.views()))
                .set(FACT_VIDEO_SNAPSHOT.LIKES, Count.valueOrNull(e.likes()))
                .set(FACT_VIDEO_SNAPSHOT.COMMENTS, Count.valueOrNull(e.comments()))
                .set(FACT_VIDEO_SNAPSHOT.SHARES, Count.valueOrNull(e.shares()))
                .set(FACT_VIDEO_SNAPSHOT.SAVES, Count.valueOrNull(e.saves()))
                .set(FACT_VIDEO_SNAPSHOT.ALL_COUNTS_EXACT, exact)
                .onConflictDoNothing());
        DimVideoRecord video = new DimVideoRecord(e.videoId(), e.creatorId(), e.postedAt() == null ? null : utc(e.postedAt()),
                e.caption(), e.durationSeconds(), captured, captured, Count.valueOrNull(e.views()), Count.valueOrNull(e.likes()),
                Count.valueOrNull(e.comments()), Count.valueOrNull(e.shares()), Count.valueOrNull(e.saves()), e.scrapeId(),
                e.kind().name());
        run(sql.insertInto(DIM_VIDEO).set(video)
                .onConflict(DIM_VIDEO.VIDEO_ID).doUpdate()
                .set(LATEST_VIDEO_FIELDS.stream().collect(Collectors.toMap(field -> field, DSL::excluded)))
                .where(row(DIM_VIDEO.LAST_SEEN_AT, DIM_VIDEO.LAST_SCRAPE_ID).lt(captured, e.scrapeId())));
        run(sql.update(DIM_VIDEO).set(DIM_VIDEO.FIRST_SEEN_AT, captured)
                .where(DIM_VIDEO.VIDEO_ID.eq(e.videoId())).and(DIM_VIDEO.FIRST_SEEN_AT.gt(captured)));
        for (String hashtag : e.hashtags()) {
            run(sql.insertInto(DIM_HASHTAG, DIM_HASHTAG.HASHTAG, DIM_HASHTAG.FIRST_SEEN_AT).values(hashtag, captured)
                    .onConflict(DIM_HASHTAG.HASHTAG).doUpdate().set(DIM_HASHTAG.FIRST_SEEN_AT, captured)
                    .where(DIM_HASHTAG.FIRST_SEEN_AT.gt(captured)));
            run(sql.insertInto(VIDEO_HASHTAG, VIDEO_HASHTAG.VIDEO_ID, VIDEO_HASHTAG.HASHTAG).values(e.videoId(), hashtag)
                    .onConflictDoNothing());
        }
    }

    public void on(ScrapeFailed e) {
        outcome(e.creatorId(), e.attemptId(), e.attemptedAt(), e.recordedAt(), e.reason().name(), e.detail());
    }

    private void outcome(String creatorId, String attemptId, Instant attemptedAt, Instant recordedAt, String outcome,
                         String detail) {
        run(sql.insertInto(SCRAPE_OUTCOME)
                .set(SCRAPE_OUTCOME.CREATOR_ID, creatorId)
                .set(SCRAPE_OUTCOME.ATTEMPT_ID, attemptId)
                .set(SCRAPE_OUTCOME.ATTEMPTED_AT, utc(attemptedAt))
                .set(SCRAPE_OUTCOME.RECORDED_AT, utc(recordedAt))
                .set(SCRAPE_OUTCOME.OUTCOME, outcome)
                .set(SCRAPE_OUTCOME.DETAIL, detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
                .onConflictDoNothing());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
