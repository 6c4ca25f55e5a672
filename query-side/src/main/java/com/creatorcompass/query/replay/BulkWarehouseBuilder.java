package com.creatorcompass.query.replay;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;
import static com.creatorcompass.query.jooq.Tables.DIM_HASHTAG;
import static com.creatorcompass.query.jooq.Tables.DIM_VIDEO;
import static com.creatorcompass.query.jooq.Tables.FACT_PROFILE_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.FACT_VIDEO_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.SCRAPE_OUTCOME;
import static com.creatorcompass.query.jooq.Tables.VIDEO_HASHTAG;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
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
import com.creatorcompass.query.projection.Tiers;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * The warehouse built set-wise for a replay: facts go in as multi-row inserts, one statement per
 * table per batch; dimensions are folded in memory (one entry per creator, video and hashtag) with
 * the same rules as {@code WarehouseWriter} — latest by (captured_at, scrape_id), earliest first
 * seen — and written once at the end. The replay's checksum test holds the two to the same rows.
 */
final class BulkWarehouseBuilder {

    private final DSLContext sql;
    private final List<FactProfileSnapshotRecord> profiles = new ArrayList<>();
    private final List<FactVideoSnapshotRecord> videoFacts = new ArrayList<>();
    private final List<ScrapeOutcomeRecord> outcomes = new ArrayList<>();
    private final Map<String, VideoHashtagRecord> videoHashtags = new LinkedHashMap<>();
    private final Map<String, DimCreatorRecord> creators = new LinkedHashMap<>();
    private final Map<String, DimVideoRecord> videos = new LinkedHashMap<>();
    private final Map<String, DimHashtagRecord> hashtags = new LinkedHashMap<>();

    BulkWarehouseBuilder(DSLContext sql) {
        this.sql = sql;
    }

    void apply(Object event) {
        if (event instanceof CreatorTracked e) {
            DimCreatorRecord creator = creators.computeIfAbsent(e.creatorId(), id -> newCreator(id));
            creator.setHandle(e.handle());
            creator.setTracked(true);
        } else if (event instanceof CreatorUntracked e) {
            DimCreatorRecord creator = creators.get(e.creatorId());
            if (creator != null) {
                creator.setTracked(false);
            }
        } else if (event instanceof ProfileSnapshotRecorded e) {
            profile(e);
        } else if (event instanceof VideoSnapshotRecorded e) {
            video(e);
        } else if (event instanceof ScrapeFailed e) {
            outcomes.add(outcome(e.creatorId(), e.attemptId(), e.attemptedAt(), e.recordedAt(), e.reason().name(), e.detail()));
        }
    }

    /** Writes the facts gathered since the last flush. */
    void flushFacts() {
        insert(FACT_PROFILE_SNAPSHOT, profiles);
        insert(FACT_VIDEO_SNAPSHOT, videoFacts);
        insert(SCRAPE_OUTCOME, outcomes);
        insert(VIDEO_HASHTAG, new ArrayList<>(videoHashtags.values()));
        videoHashtags.clear();
    }

    /** Writes the dimensions as folded from every event applied. */
    void writeDimensions() {
        insert(DIM_CREATOR, new ArrayList<>(creators.values().stream().filter(c -> c.getHandle() != null).toList()));
        insert(DIM_VIDEO, new ArrayList<>(videos.values()));
        insert(DIM_HASHTAG, new ArrayList<>(hashtags.values()));
    }

    private void profile(ProfileSnapshotRecorded e) {
        OffsetDateTime captured = utc(e.capturedAt());
        FactProfileSnapshotRecord fact = new FactProfileSnapshotRecord(e.creatorId(), e.scrapeId(), captured, utc(e.recordedAt()),
                e.source().name(), e.nickname(), e.verified(), Count.valueOrNull(e.followers()), Count.precisionOrNull(e.followers()),
                Count.valueOrNull(e.following()), Count.precisionOrNull(e.following()), Count.valueOrNull(e.likes()), Count.precisionOrNull(e.likes()),
                Count.valueOrNull(e.videos()), Count.precisionOrNull(e.videos()));
        profiles.add(fact);
        DimCreatorRecord c = creators.computeIfAbsent(e.creatorId(), id -> newCreator(id));
        if (c.getLastSeenAt() == null || newer(captured, e.scrapeId(), c.getLastSeenAt(), c.getLastScrapeId())) {
            c.setTiktokUserId(e.tiktokUserId());
            c.setSecUid(e.secUid());
            c.setNickname(e.nickname());
            c.setBio(e.bio());
            c.setVerified(e.verified());
            c.setFollowers(Count.valueOrNull(e.followers()));
            c.setFollowersPrecision(Count.precisionOrNull(e.followers()));
            c.setFollowing(Count.valueOrNull(e.following()));
            c.setLikes(Count.valueOrNull(e.likes()));
            c.setLikesPrecision(Count.precisionOrNull(e.likes()));
            c.setVideos(Count.valueOrNull(e.videos()));
            c.setTier(Tiers.of(Count.valueOrNull(e.followers())));
            c.setRegion(e.region());
            c.setLanguage(e.language());
            c.setLastSeenAt(captured);
            c.setLastScrapeId(e.scrapeId());
        }
        if (c.getFirstSeenAt() == null || c.getFirstSeenAt().isAfter(captured)) {
            c.setFirstSeenAt(captured);
        }
        outcomes.add(outcome(e.creatorId(), e.scrapeId(), e.capturedAt(), e.recordedAt(), "RECORDED", null));
    }

    private void video(VideoSnapshotRecorded e) {
        OffsetDateTime captured = utc(e.capturedAt());
        boolean exact = Stream.of(e.views(), e.likes(), e.comments(), e.shares(), e.saves())
                .allMatch(Count::isExact);
        videoFacts.add(new FactVideoSnapshotRecord(e.videoId(), e.scrapeId(), e.creatorId(), captured, utc(e.recordedAt()),
                e.source().name(), Count.valueOrNull(e.views()), Count.valueOrNull(e.likes()), Count.valueOrNull(e.comments()), Count.valueOrNull(e.shares()),
                Count.valueOrNull(e.saves()), exact));
        DimVideoRecord v = videos.get(e.videoId());
        if (v == null || newer(captured, e.scrapeId(), v.getLastSeenAt(), v.getLastScrapeId())) {
            OffsetDateTime firstSeen = v == null ? captured : v.getFirstSeenAt();
            v = new DimVideoRecord(e.videoId(), v == null ? e.creatorId() : v.getCreatorId(),
                    e.postedAt() == null ? null : utc(e.postedAt()), e.caption(), e.durationSeconds(), firstSeen, captured,
                    Count.valueOrNull(e.views()), Count.valueOrNull(e.likes()), Count.valueOrNull(e.comments()),
                    Count.valueOrNull(e.shares()), Count.valueOrNull(e.saves()), e.scrapeId(), e.kind().name());
            videos.put(e.videoId(), v);
        }
        if (v.getFirstSeenAt().isAfter(captured)) {
            v.setFirstSeenAt(captured);
        }
        for (String tag : e.hashtags()) {
            DimHashtagRecord hashtag = hashtags.computeIfAbsent(tag, t -> new DimHashtagRecord(t, captured));
            if (hashtag.getFirstSeenAt().isAfter(captured)) {
                hashtag.setFirstSeenAt(captured);
            }
            videoHashtags.putIfAbsent(e.videoId() + "#" + tag, new VideoHashtagRecord(e.videoId(), tag));
        }
    }

    private static boolean newer(OffsetDateTime captured, String scrapeId, OffsetDateTime lastSeen, String lastScrape) {
        Comparator<OffsetDateTime> byInstant = Comparator.comparing(OffsetDateTime::toInstant);
        int time = byInstant.compare(captured, lastSeen);
        return time > 0 || (time == 0 && scrapeId.compareTo(lastScrape) > 0);
    }

    private static DimCreatorRecord newCreator(String creatorId) {
        DimCreatorRecord creator = new DimCreatorRecord();
        creator.setCreatorId(creatorId);
        return creator;
    }

    private static ScrapeOutcomeRecord outcome(String creatorId, String attemptId, Instant attemptedAt, Instant recordedAt,
                                               String outcome, String detail) {
        return new ScrapeOutcomeRecord(creatorId, attemptId, utc(attemptedAt), utc(recordedAt), outcome,
                detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000));
    }

    private <R extends TableRecord<R>> void insert(Table<R> table, List<R> rows) {
        for (int from = 0; from < rows.size(); from += 2_000) {
            List<R> chunk = rows.subList(from, Math.min(rows.size(), from + 2_000));
            sql.insertInto(table).columns(table.fields()).valuesOfRecords(chunk).onConflictDoNothing().execute();
        }
        rows.clear();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
