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

import com.creatorcompass.contracts.creator.CreatorEvent;
import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ObservationOrder;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.ScrapeFailed;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Counts;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.query.jooq.tables.records.DimCreatorRecord;
import com.creatorcompass.query.jooq.tables.records.DimHashtagRecord;
import com.creatorcompass.query.jooq.tables.records.DimVideoRecord;
import com.creatorcompass.query.jooq.tables.records.FactProfileSnapshotRecord;
import com.creatorcompass.query.jooq.tables.records.FactVideoSnapshotRecord;
import com.creatorcompass.query.jooq.tables.records.ScrapeOutcomeRecord;
import com.creatorcompass.query.jooq.tables.records.VideoHashtagRecord;
import com.creatorcompass.query.warehouse.ObservationColumns;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final List<Field<?>> LATEST_VIDEO_FIELDS = Stream.concat(
                    ObservationColumns.filledBy(VideoObservation.class, DIM_VIDEO).stream()
                            .filter(field -> !field.equals(DIM_VIDEO.VIDEO_ID)),
                    Stream.of(DIM_VIDEO.LAST_SEEN_AT, DIM_VIDEO.LAST_SCRAPE_ID))
            .toList();
    /** What a newer observation of a profile replaces; the handle, tracking and first sighting stay. */
    private static final List<Field<?>> LATEST_PROFILE_FIELDS = Stream.concat(
                    ObservationColumns.filledBy(ProfileObservation.class, DIM_CREATOR).stream(),
                    Stream.of(DIM_CREATOR.TIER, DIM_CREATOR.LAST_SEEN_AT, DIM_CREATOR.LAST_SCRAPE_ID))
            .toList();

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
    private final Set<String> creatorIds = new LinkedHashSet<>();

    /** Folds in any warehouse-relevant event; answers false for events the warehouse does not use. */
    public boolean add(Object event) {
        if (!fold(event)) {
            return false;
        }
        creatorIds.add(((CreatorEvent) event).creatorId());
        return true;
    }

    /** The creators whose rows the events folded in so far change. */
    public Set<String> creatorIds() {
        return Set.copyOf(creatorIds);
    }

    private boolean fold(Object event) {
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
        Map<Field<?>, Object> latest = new LinkedHashMap<>();
        LATEST_PROFILE_FIELDS.forEach(field -> latest.put(field, c.get(field)));
        return sql.update(DIM_CREATOR)
                .set(latest)
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
        ProfileObservation observed = e.observation();
        OffsetDateTime captured = utc(e.capturedAt());
        FactProfileSnapshotRecord fact = new FactProfileSnapshotRecord();
        fact.setCreatorId(e.creatorId());
        fact.setScrapeId(e.scrapeId());
        fact.setRecordedAt(utc(e.recordedAt()));
        fact.setSource(e.source().name());
        ObservationColumns.write(observed, fact, FACT_PROFILE_SNAPSHOT);
        profiles.add(fact);
        DimCreatorRecord c = creators.computeIfAbsent(e.creatorId(), id -> newCreator(id));
        if (c.getLastSeenAt() == null || newer(captured, e.scrapeId(), c.getLastSeenAt(), c.getLastScrapeId())) {
            ObservationColumns.write(observed, c, DIM_CREATOR);
            c.setTier(Tiers.of(Count.valueOrNull(observed.followers())));
            c.setLastSeenAt(captured);
            c.setLastScrapeId(e.scrapeId());
        }
        if (c.getFirstSeenAt() == null || c.getFirstSeenAt().isAfter(captured)) {
            c.setFirstSeenAt(captured);
        }
        outcomes.add(outcome(e.creatorId(), e.scrapeId(), e.capturedAt(), e.recordedAt(), RECORDED, null));
    }

    private void video(VideoSnapshotRecorded e) {
        VideoObservation observed = e.observation();
        OffsetDateTime captured = utc(e.capturedAt());
        FactVideoSnapshotRecord fact = new FactVideoSnapshotRecord();
        fact.setScrapeId(e.scrapeId());
        fact.setCreatorId(e.creatorId());
        fact.setRecordedAt(utc(e.recordedAt()));
        fact.setSource(e.source().name());
        ObservationColumns.write(observed, fact, FACT_VIDEO_SNAPSHOT);
        fact.setAllCountsExact(Counts.allExact(observed));
        videoFacts.add(fact);
        DimVideoRecord v = videos.get(observed.videoId());
        if (v == null || newer(captured, e.scrapeId(), v.getLastSeenAt(), v.getLastScrapeId())) {
            DimVideoRecord latest = new DimVideoRecord();
            ObservationColumns.write(observed, latest, DIM_VIDEO);
            latest.setCreatorId(v == null ? e.creatorId() : v.getCreatorId());
            latest.setFirstSeenAt(v == null ? captured : v.getFirstSeenAt());
            latest.setLastSeenAt(captured);
            latest.setLastScrapeId(e.scrapeId());
            v = latest;
            videos.put(observed.videoId(), v);
        }
        if (v.getFirstSeenAt().isAfter(captured)) {
            v.setFirstSeenAt(captured);
        }
        for (String tag : observed.hashtags()) {
            DimHashtagRecord hashtag = hashtags.computeIfAbsent(tag, t -> new DimHashtagRecord(t, captured));
            if (hashtag.getFirstSeenAt().isAfter(captured)) {
                hashtag.setFirstSeenAt(captured);
            }
            videoHashtags.putIfAbsent(observed.videoId() + "#" + tag, new VideoHashtagRecord(observed.videoId(), tag));
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
