package com.creatorcompass.query.projection;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;
import static com.creatorcompass.query.jooq.Tables.DIM_HASHTAG;
import static com.creatorcompass.query.jooq.Tables.DIM_VIDEO;
import static com.creatorcompass.query.jooq.Tables.FACT_PROFILE_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.FACT_VIDEO_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.SCRAPE_OUTCOME;
import static com.creatorcompass.query.jooq.Tables.VIDEO_HASHTAG;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.when;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ObservationOrder;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.query.jooq.tables.records.DimCreatorRecord;
import com.creatorcompass.query.jooq.tables.records.DimHashtagRecord;
import com.creatorcompass.query.jooq.tables.records.DimVideoRecord;
import com.creatorcompass.query.jooq.tables.records.FactProfileSnapshotRecord;
import com.creatorcompass.query.jooq.tables.records.FactVideoSnapshotRecord;
import com.creatorcompass.query.jooq.tables.records.ScrapeOutcomeRecord;
import com.creatorcompass.query.jooq.tables.records.VideoHashtagRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Events folded into the warehouse's rows set-wise: facts go in as multi-row inserts, one statement
 * per table; dimensions are folded in memory to one entry per creator, video and hashtag and merged
 * into the stored rows by the warehouse's rules — the observation latest by (captured_at, scrape_id)
 * wins, the earliest sighting stays first seen — so every write is idempotent and order-independent:
 * any split of the same events into batches, delivered in any order or twice, gives the same rows.
 * The live projection writes one batch per transaction; a replay folds its whole history and writes
 * the dimensions once.
 */
public final class WarehouseBatch {

    static final String RECORDED = "RECORDED";
    private static final int ROWS_PER_STATEMENT = 2_000;
    /** What a newer observation of a video replaces; its creator and first sighting stay. */
    private static final List<Field<?>> LATEST_VIDEO_FIELDS = List.of(
            DIM_VIDEO.POSTED_AT,
            DIM_VIDEO.CAPTION,
            DIM_VIDEO.DURATION_SECONDS,
            DIM_VIDEO.LAST_SEEN_AT,
            DIM_VIDEO.VIEWS,
            DIM_VIDEO.LIKES,
            DIM_VIDEO.COMMENTS,
            DIM_VIDEO.SHARES,
            DIM_VIDEO.SAVES,
            DIM_VIDEO.LAST_SCRAPE_ID,
            DIM_VIDEO.KIND);

    /** A creator's tracking as the batch leaves it; the handle is null when only an untracking was seen. */
    private record Tracking(String handle, boolean tracked) {}

    private final List<FactProfileSnapshotRecord> profiles = new ArrayList<>();
    private final List<FactVideoSnapshotRecord> videoFacts = new ArrayList<>();
    private final List<ScrapeOutcomeRecord> outcomes = new ArrayList<>();
    private final Map<String, VideoHashtagRecord> videoHashtags = new LinkedHashMap<>();
    private final Map<String, Tracking> trackings = new LinkedHashMap<>();
    private final Map<String, DimCreatorRecord> creators = new LinkedHashMap<>();
    private final Map<String, DimVideoRecord> videos = new LinkedHashMap<>();
    private final Map<String, DimHashtagRecord> hashtags = new LinkedHashMap<>();

    /** Folds in any warehouse-relevant event; answers false for events the warehouse does not use. */
    public boolean add(Object event) {
        if (event instanceof CreatorTracked e) {
            trackings.put(e.creatorId(), new Tracking(e.handle(), true));
        } else if (event instanceof CreatorUntracked e) {
            Tracking before = trackings.get(e.creatorId());
            trackings.put(e.creatorId(), new Tracking(before == null ? null : before.handle(), false));
        } else if (event instanceof ProfileSnapshotRecorded e) {
            profile(e);
        } else if (event instanceof VideoSnapshotRecorded e) {
            video(e);
        } else if (event instanceof ScrapeFailed e) {
            outcomes.add(outcome(
                    e.creatorId(),
                    e.attemptId(),
                    e.attemptedAt(),
                    e.recordedAt(),
                    e.reason().name(),
                    e.detail()));
        } else {
            return false;
        }
        return true;
    }

    /** Writes everything folded so far, in the caller's transaction, and starts empty again. */
    public void write(DSLContext sql) {
        writeFacts(sql);
        writeDimensions(sql);
    }

    /** Writes the facts gathered since the last write (a replay writes them per chunk). */
    public void writeFacts(DSLContext sql) {
        insert(sql, FACT_PROFILE_SNAPSHOT, profiles);
        insert(sql, FACT_VIDEO_SNAPSHOT, videoFacts);
        insert(sql, SCRAPE_OUTCOME, outcomes);
        insert(sql, VIDEO_HASHTAG, new ArrayList<>(videoHashtags.values()));
        videoHashtags.clear();
    }

    /**
     * Merges the folded dimensions into the stored rows: tracking first (a creator's row exists before
     * its profile lands), then each creator's latest profile and first sighting, then videos and hashtags.
     */
    public void writeDimensions(DSLContext sql) {
        List<Query> creatorWrites = new ArrayList<>();
        trackings.forEach((creatorId, tracking) -> creatorWrites.add(tracking(sql, creatorId, tracking)));
        for (DimCreatorRecord creator : creators.values()) {
            creatorWrites.add(latestProfile(sql, creator));
            creatorWrites.add(sql.update(DIM_CREATOR)
                    .set(DIM_CREATOR.FIRST_SEEN_AT, creator.getFirstSeenAt())
                    .where(DIM_CREATOR.CREATOR_ID.eq(creator.getCreatorId()))
                    .and(DIM_CREATOR
                            .FIRST_SEEN_AT
                            .isNull()
                            .or(DIM_CREATOR.FIRST_SEEN_AT.gt(creator.getFirstSeenAt()))));
        }
        if (!creatorWrites.isEmpty()) {
            sql.batch(creatorWrites).execute();
        }
        upsertVideos(sql, new ArrayList<>(videos.values()));
        upsertHashtags(sql, new ArrayList<>(hashtags.values()));
        trackings.clear();
        creators.clear();
        videos.clear();
        hashtags.clear();
    }

    private static Query tracking(DSLContext sql, String creatorId, Tracking tracking) {
        if (tracking.handle() == null) {
            return sql.update(DIM_CREATOR)
                    .set(DIM_CREATOR.TRACKED, tracking.tracked())
                    .where(DIM_CREATOR.CREATOR_ID.eq(creatorId));
        }
        return sql.insertInto(DIM_CREATOR, DIM_CREATOR.CREATOR_ID, DIM_CREATOR.HANDLE, DIM_CREATOR.TRACKED)
                .values(creatorId, tracking.handle(), tracking.tracked())
                .onConflict(DIM_CREATOR.CREATOR_ID)
                .doUpdate()
                .set(DIM_CREATOR.HANDLE, tracking.handle())
                .set(DIM_CREATOR.TRACKED, tracking.tracked());
    }

    private static Query latestProfile(DSLContext sql, DimCreatorRecord c) {
        return sql.update(DIM_CREATOR)
                .set(DIM_CREATOR.TIKTOK_USER_ID, c.getTiktokUserId())
                .set(DIM_CREATOR.SEC_UID, c.getSecUid())
                .set(DIM_CREATOR.NICKNAME, c.getNickname())
                .set(DIM_CREATOR.BIO, c.getBio())
                .set(DIM_CREATOR.VERIFIED, c.getVerified())
                .set(DIM_CREATOR.FOLLOWERS, c.getFollowers())
                .set(DIM_CREATOR.FOLLOWERS_PRECISION, c.getFollowersPrecision())
                .set(DIM_CREATOR.FOLLOWING, c.getFollowing())
                .set(DIM_CREATOR.LIKES, c.getLikes())
                .set(DIM_CREATOR.LIKES_PRECISION, c.getLikesPrecision())
                .set(DIM_CREATOR.VIDEOS, c.getVideos())
                .set(DIM_CREATOR.TIER, c.getTier())
                .set(DIM_CREATOR.REGION, c.getRegion())
                .set(DIM_CREATOR.LANGUAGE, c.getLanguage())
                .set(DIM_CREATOR.LAST_SEEN_AT, c.getLastSeenAt())
                .set(DIM_CREATOR.LAST_SCRAPE_ID, c.getLastScrapeId())
                .where(DIM_CREATOR.CREATOR_ID.eq(c.getCreatorId()))
                .and(DIM_CREATOR
                        .LAST_SEEN_AT
                        .isNull()
                        .or(row(DIM_CREATOR.LAST_SEEN_AT, ScrapeOrder.of(DIM_CREATOR.LAST_SCRAPE_ID))
                                .lt(DSL.val(c.getLastSeenAt()), ScrapeOrder.of(c.getLastScrapeId()))));
    }

    /** One row per video: the newer observation's fields replace the stored ones, the earlier sighting stays first. */
    private static void upsertVideos(DSLContext sql, List<DimVideoRecord> rows) {
        Condition newer = row(DIM_VIDEO.LAST_SEEN_AT, ScrapeOrder.of(DIM_VIDEO.LAST_SCRAPE_ID))
                .lt(excluded(DIM_VIDEO.LAST_SEEN_AT), ScrapeOrder.of(excluded(DIM_VIDEO.LAST_SCRAPE_ID)));
        Map<Field<?>, Field<?>> merge = new LinkedHashMap<>();
        merge.put(DIM_VIDEO.FIRST_SEEN_AT, least(DIM_VIDEO.FIRST_SEEN_AT, excluded(DIM_VIDEO.FIRST_SEEN_AT)));
        LATEST_VIDEO_FIELDS.forEach(field -> merge.put(field, whenNewer(newer, field)));
        for (List<DimVideoRecord> chunk : chunks(rows)) {
            sql.insertInto(DIM_VIDEO)
                    .columns(DIM_VIDEO.fields())
                    .valuesOfRecords(chunk)
                    .onConflict(DIM_VIDEO.VIDEO_ID)
                    .doUpdate()
                    .set(merge)
                    .execute();
        }
    }

    private static <T> Field<T> whenNewer(Condition newer, Field<T> field) {
        return when(newer, excluded(field)).otherwise(field);
    }

    private static void upsertHashtags(DSLContext sql, List<DimHashtagRecord> rows) {
        for (List<DimHashtagRecord> chunk : chunks(rows)) {
            sql.insertInto(DIM_HASHTAG)
                    .columns(DIM_HASHTAG.fields())
                    .valuesOfRecords(chunk)
                    .onConflict(DIM_HASHTAG.HASHTAG)
                    .doUpdate()
                    .set(DIM_HASHTAG.FIRST_SEEN_AT, excluded(DIM_HASHTAG.FIRST_SEEN_AT))
                    .where(DIM_HASHTAG.FIRST_SEEN_AT.gt(excluded(DIM_HASHTAG.FIRST_SEEN_AT)))
                    .execute();
        }
    }

    private void profile(ProfileSnapshotRecorded e) {
        OffsetDateTime captured = utc(e.capturedAt());
        FactProfileSnapshotRecord fact = new FactProfileSnapshotRecord(
                e.creatorId(),
                e.scrapeId(),
                captured,
                utc(e.recordedAt()),
                e.source().name(),
                e.observation().nickname(),
                e.observation().verified(),
                Count.valueOrNull(e.observation().followers()),
                Count.precisionOrNull(e.observation().followers()),
                Count.valueOrNull(e.observation().following()),
                Count.precisionOrNull(e.observation().following()),
                Count.valueOrNull(e.observation().likes()),
                Count.precisionOrNull(e.observation().likes()),
                Count.valueOrNull(e.observation().videos()),
                Count.precisionOrNull(e.observation().videos()));
        profiles.add(fact);
        DimCreatorRecord c = creators.computeIfAbsent(e.creatorId(), id -> newCreator(id));
        if (c.getLastSeenAt() == null || newer(captured, e.scrapeId(), c.getLastSeenAt(), c.getLastScrapeId())) {
            c.setTiktokUserId(e.observation().tiktokUserId());
            c.setSecUid(e.observation().secUid());
            c.setNickname(e.observation().nickname());
            c.setBio(e.observation().bio());
            c.setVerified(e.observation().verified());
            c.setFollowers(Count.valueOrNull(e.observation().followers()));
            c.setFollowersPrecision(Count.precisionOrNull(e.observation().followers()));
            c.setFollowing(Count.valueOrNull(e.observation().following()));
            c.setLikes(Count.valueOrNull(e.observation().likes()));
            c.setLikesPrecision(Count.precisionOrNull(e.observation().likes()));
            c.setVideos(Count.valueOrNull(e.observation().videos()));
            c.setTier(Tiers.of(Count.valueOrNull(e.observation().followers())));
            c.setRegion(e.observation().region());
            c.setLanguage(e.observation().language());
            c.setLastSeenAt(captured);
            c.setLastScrapeId(e.scrapeId());
        }
        if (c.getFirstSeenAt() == null || c.getFirstSeenAt().isAfter(captured)) {
            c.setFirstSeenAt(captured);
        }
        outcomes.add(outcome(e.creatorId(), e.scrapeId(), e.capturedAt(), e.recordedAt(), RECORDED, null));
    }

    private void video(VideoSnapshotRecorded e) {
        OffsetDateTime captured = utc(e.capturedAt());
        boolean exact = Stream.of(
                        e.observation().views(),
                        e.observation().likes(),
                        e.observation().comments(),
                        e.observation().shares(),
                        e.observation().saves())
                .allMatch(Count::isExact);
        videoFacts.add(new FactVideoSnapshotRecord(
                e.observation().videoId(),
                e.scrapeId(),
                e.creatorId(),
                captured,
                utc(e.recordedAt()),
                e.source().name(),
                Count.valueOrNull(e.observation().views()),
                Count.valueOrNull(e.observation().likes()),
                Count.valueOrNull(e.observation().comments()),
                Count.valueOrNull(e.observation().shares()),
                Count.valueOrNull(e.observation().saves()),
                exact));
        DimVideoRecord v = videos.get(e.observation().videoId());
        if (v == null || newer(captured, e.scrapeId(), v.getLastSeenAt(), v.getLastScrapeId())) {
            OffsetDateTime firstSeen = v == null ? captured : v.getFirstSeenAt();
            v = new DimVideoRecord(
                    e.observation().videoId(),
                    v == null ? e.creatorId() : v.getCreatorId(),
                    e.observation().postedAt() == null
                            ? null
                            : utc(e.observation().postedAt()),
                    e.observation().caption(),
                    e.observation().durationSeconds(),
                    firstSeen,
                    captured,
                    Count.valueOrNull(e.observation().views()),
                    Count.valueOrNull(e.observation().likes()),
                    Count.valueOrNull(e.observation().comments()),
                    Count.valueOrNull(e.observation().shares()),
                    Count.valueOrNull(e.observation().saves()),
                    e.scrapeId(),
                    e.observation().kind().name());
            videos.put(e.observation().videoId(), v);
        }
        if (v.getFirstSeenAt().isAfter(captured)) {
            v.setFirstSeenAt(captured);
        }
        for (String tag : e.observation().hashtags()) {
            DimHashtagRecord hashtag = hashtags.computeIfAbsent(tag, t -> new DimHashtagRecord(t, captured));
            if (hashtag.getFirstSeenAt().isAfter(captured)) {
                hashtag.setFirstSeenAt(captured);
            }
            videoHashtags.putIfAbsent(
                    e.observation().videoId() + "#" + tag,
                    new VideoHashtagRecord(e.observation().videoId(), tag));
        }
    }

    private static boolean newer(OffsetDateTime captured, String scrapeId, OffsetDateTime lastSeen, String lastScrape) {
        return ObservationOrder.isLater(captured.toInstant(), scrapeId, lastSeen.toInstant(), lastScrape);
    }

    private static DimCreatorRecord newCreator(String creatorId) {
        DimCreatorRecord creator = new DimCreatorRecord();
        creator.setCreatorId(creatorId);
        return creator;
    }

    private static ScrapeOutcomeRecord outcome(
            String creatorId,
            String attemptId,
            Instant attemptedAt,
            Instant recordedAt,
            String outcome,
            String detail) {
        return new ScrapeOutcomeRecord(
                creatorId,
                attemptId,
                utc(attemptedAt),
                utc(recordedAt),
                outcome,
                detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000));
    }

    /** Facts are keyed by what identifies an observation: one seen before is left as it is. */
    private static <R extends TableRecord<R>> void insert(DSLContext sql, Table<R> table, List<R> rows) {
        for (List<R> chunk : chunks(rows)) {
            sql.insertInto(table)
                    .columns(table.fields())
                    .valuesOfRecords(chunk)
                    .onConflictDoNothing()
                    .execute();
        }
        rows.clear();
    }

    private static <R> List<List<R>> chunks(List<R> rows) {
        List<List<R>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
