package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;
import static com.creatorcompass.query.jooq.Tables.FACT_PROFILE_SNAPSHOT;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_ENGAGEMENT_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_GROWTH_DAILY;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Counts;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import com.creatorcompass.contracts.query.CreatorsFound;
import com.creatorcompass.contracts.query.DataQualityFlag;
import com.creatorcompass.contracts.query.EngagementFound;
import com.creatorcompass.contracts.query.EngagementKpis;
import com.creatorcompass.contracts.query.FindCreators;
import com.creatorcompass.contracts.query.FindEngagement;
import com.creatorcompass.contracts.query.FindGrowth;
import com.creatorcompass.contracts.query.GrowthFound;
import com.creatorcompass.contracts.query.GrowthKpis;
import com.creatorcompass.contracts.query.GrowthPoint;
import com.creatorcompass.query.jooq.series.tables.records.CreatorEngagementDailyRecord;
import com.creatorcompass.query.jooq.series.tables.records.CreatorGrowthDailyRecord;
import com.creatorcompass.query.jooq.tables.records.DimCreatorRecord;
import com.creatorcompass.query.jooq.tables.records.FactProfileSnapshotRecord;
import com.creatorcompass.query.projection.ScrapeOrder;
import com.creatorcompass.query.projection.Tiers;
import com.creatorcompass.query.warehouse.ObservationColumns;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Creators' dashboard numbers for a batch of creators: a fixed number of statements whatever the
 * batch size (three for KPIs, one for a growth or engagement series), so nested lists cost no N+1.
 */
public class CreatorReads {

    /** An observation older than this, seen from the point of view, is flagged {@code STALE}. */
    static final Duration STALE_AFTER = Duration.ofDays(2);

    private final DSLContext sql;

    public CreatorReads(DSLContext sql) {
        this.sql = sql;
    }

    @QueryHandler
    public CreatorsFound handle(FindCreators query) {
        List<String> handles = query.handles().stream()
                .map(CreatorHistories::canonical)
                .distinct()
                .toList();
        AsOf asOf = query.asOf() == null ? AsOf.NOW : query.asOf();
        // One statement: each creator's latest observation within the point of view, and the latest growth and
        // engagement rows as of it, each found through its index (LATERAL ... LIMIT 1), not by a whole-history scan.
        Table<FactProfileSnapshotRecord> latest = FACT_PROFILE_SNAPSHOT.as("latest");
        Table<Record> snapshot = select(latest.fields())
                .from(latest)
                .where(latest.field(FACT_PROFILE_SNAPSHOT.CREATOR_ID).eq(DIM_CREATOR.CREATOR_ID))
                .and(CreatorHistories.within(asOf, latest))
                .orderBy(
                        latest.field(FACT_PROFILE_SNAPSHOT.CAPTURED_AT).desc(),
                        ScrapeOrder.of(latest.field(FACT_PROFILE_SNAPSHOT.SCRAPE_ID))
                                .desc())
                .limit(1)
                .asTable("snapshot");
        Field<OffsetDateTime> seen = snapshot.field(FACT_PROFILE_SNAPSHOT.CAPTURED_AT);
        Field<LocalDate> seenDay =
                DSL.cast(DSL.field("({0} at time zone 'UTC')", OffsetDateTime.class, seen), SQLDataType.LOCALDATE);
        // The series as of the observation shown: a past view gets the day that observation closes, not a later one.
        // A day closes within itself (UTC), so the day bound drops no row the closing time keeps: it lets the key
        // start the scan at that day instead of reading back from today.
        Table<Record> growth = select(CREATOR_GROWTH_DAILY.fields())
                .from(CREATOR_GROWTH_DAILY)
                .where(CREATOR_GROWTH_DAILY.CREATOR_ID.eq(DIM_CREATOR.CREATOR_ID))
                .and(
                        asOf.isNow()
                                ? DSL.noCondition()
                                : CREATOR_GROWTH_DAILY.DAY.le(seenDay).and(CREATOR_GROWTH_DAILY.CLOSED_AT.le(seen)))
                .orderBy(CREATOR_GROWTH_DAILY.DAY.desc())
                .limit(1)
                .asTable("growth");
        // Engagement rows are per day: the day of the observation shown counts (as computed so far).
        Table<Record> engagement = select(CREATOR_ENGAGEMENT_DAILY.fields())
                .from(CREATOR_ENGAGEMENT_DAILY)
                .where(CREATOR_ENGAGEMENT_DAILY.CREATOR_ID.eq(DIM_CREATOR.CREATOR_ID))
                .and(asOf.isNow() ? DSL.noCondition() : CREATOR_ENGAGEMENT_DAILY.DAY.le(seenDay))
                .orderBy(CREATOR_ENGAGEMENT_DAILY.DAY.desc())
                .limit(1)
                .asTable("engagement");
        List<Field<?>> columns = new ArrayList<>(List.of(DIM_CREATOR.fields()));
        columns.addAll(List.of(snapshot.fields()));
        columns.addAll(List.of(growth.fields()));
        columns.addAll(List.of(engagement.fields()));
        Map<String, Record> rows = sql.select(columns)
                .from(DIM_CREATOR)
                .leftJoin(lateral(snapshot))
                .on(DSL.trueCondition())
                .leftJoin(lateral(growth))
                .on(DSL.trueCondition())
                .leftJoin(lateral(engagement))
                .on(DSL.trueCondition())
                .where(DIM_CREATOR.HANDLE.in(handles))
                .fetchMap(DIM_CREATOR.HANDLE);
        List<CreatorKpis> found = new ArrayList<>();
        for (String handle : handles) {
            Record row = rows.get(handle);
            if (row == null) {
                continue;
            }
            FactProfileSnapshotRecord observed = part(row, snapshot, FACT_PROFILE_SNAPSHOT);
            if (observed == null && !asOf.isNow()) {
                continue; // not yet observed at that point of view: as good as unknown then
            }
            found.add(kpis(
                    row.into(DIM_CREATOR),
                    observed,
                    part(row, growth, CREATOR_GROWTH_DAILY),
                    part(row, engagement, CREATOR_ENGAGEMENT_DAILY),
                    asOf));
        }
        return new CreatorsFound(found);
    }

    @QueryHandler
    public GrowthFound handle(FindGrowth query) {
        LocalDate from = GrowthBuckets.start(query.from(), query.granularity());
        // One statement: per creator, the last close before the range (its first change starts there) and the
        // closes in the range, both through the (creator_id, day) key.
        Table<?> ids = DSL.unnest(query.creatorIds().toArray(String[]::new)).as("ids", "id");
        Field<String> id = ids.field("id", String.class);
        Field<?>[] closing = {
            CREATOR_GROWTH_DAILY.CREATOR_ID,
            CREATOR_GROWTH_DAILY.DAY,
            CREATOR_GROWTH_DAILY.FOLLOWERS,
            CREATOR_GROWTH_DAILY.LIKES,
            CREATOR_GROWTH_DAILY.VIDEOS,
            DSL.field(DSL.condition(CREATOR_GROWTH_DAILY.FOLLOWERS_ROUNDED)
                            .or(DSL.condition(CREATOR_GROWTH_DAILY.LIKES_ROUNDED)))
                    .as("rounded")
        };
        Table<Record> closesOf = select(closing)
                .from(CREATOR_GROWTH_DAILY)
                .where(CREATOR_GROWTH_DAILY.CREATOR_ID.eq(id))
                .and(CREATOR_GROWTH_DAILY.DAY.lt(from))
                .orderBy(CREATOR_GROWTH_DAILY.DAY.desc())
                .limit(1)
                .unionAll(select(closing)
                        .from(CREATOR_GROWTH_DAILY)
                        .where(CREATOR_GROWTH_DAILY.CREATOR_ID.eq(id))
                        .and(CREATOR_GROWTH_DAILY.DAY.between(from, query.to())))
                .asTable("closes");
        Field<String> creator = closesOf.field(CREATOR_GROWTH_DAILY.CREATOR_ID);
        Field<LocalDate> day = closesOf.field(CREATOR_GROWTH_DAILY.DAY);
        Map<String, GrowthBuckets.DailyClose> before = new HashMap<>();
        Map<String, List<GrowthBuckets.DailyClose>> closes = new HashMap<>();
        // Read by position: a row's 6 values, not a record of 24 columns looked up by name (a dashboard's 91 rows
        // cost more in that lookup than in the SQL).
        sql.select(
                        creator,
                        day,
                        closesOf.field(CREATOR_GROWTH_DAILY.FOLLOWERS),
                        closesOf.field(CREATOR_GROWTH_DAILY.LIKES),
                        closesOf.field(CREATOR_GROWTH_DAILY.VIDEOS),
                        closesOf.field("rounded", Boolean.class))
                .from(ids)
                .crossJoin(lateral(closesOf))
                .orderBy(creator, day)
                .forEach(row -> {
                    GrowthBuckets.DailyClose close = new GrowthBuckets.DailyClose(
                            row.value2(), row.value3(), row.value4(), row.value5(), row.value6());
                    if (close.day().isBefore(from)) {
                        before.put(row.value1(), close);
                    } else {
                        closes.computeIfAbsent(row.value1(), key -> new ArrayList<>())
                                .add(close);
                    }
                });
        Map<String, List<GrowthPoint>> byCreator = new LinkedHashMap<>();
        for (String creatorId : query.creatorIds()) {
            byCreator.put(
                    creatorId,
                    GrowthBuckets.of(
                            before.get(creatorId), closes.getOrDefault(creatorId, List.of()), query.granularity()));
        }
        return new GrowthFound(byCreator);
    }

    @QueryHandler
    public EngagementFound handle(FindEngagement query) {
        Map<String, List<EngagementKpis>> byCreator = new LinkedHashMap<>();
        query.creatorIds().forEach(id -> byCreator.put(id, new ArrayList<>()));
        sql.selectFrom(CREATOR_ENGAGEMENT_DAILY)
                .where(CREATOR_ENGAGEMENT_DAILY.CREATOR_ID.in(query.creatorIds()))
                .and(CREATOR_ENGAGEMENT_DAILY.DAY.between(query.from(), query.to()))
                .orderBy(CREATOR_ENGAGEMENT_DAILY.CREATOR_ID, CREATOR_ENGAGEMENT_DAILY.DAY)
                .forEach(r -> byCreator.get(r.getCreatorId()).add(engagement(r)));
        return new EngagementFound(byCreator);
    }

    /** The columns one LATERAL part of a row brought, as its table's record; null when the part found no row. */
    private static <R extends TableRecord<R>> R part(Record row, Table<Record> part, Table<R> table) {
        Record columns = row.into(part.fields());
        return columns.get(0) == null ? null : columns.into(table);
    }

    private static CreatorKpis kpis(
            DimCreatorRecord c,
            FactProfileSnapshotRecord s,
            CreatorGrowthDailyRecord g,
            CreatorEngagementDailyRecord e,
            AsOf asOf) {
        Set<DataQualityFlag> flags = EnumSet.noneOf(DataQualityFlag.class);
        if (asOf.knowledgeTime() != null && (g != null || e != null)) {
            flags.add(DataQualityFlag.DERIVED_FROM_CURRENT_KNOWLEDGE);
        }
        GrowthKpis growth = g == null ? null : growth(g);
        if (growth != null && growth.restsOnRounded()) {
            flags.add(DataQualityFlag.GROWTH_RESTS_ON_ROUNDED);
        }
        if (growth != null && growth.trendRestsOnRounded()) {
            flags.add(DataQualityFlag.TREND_RESTS_ON_ROUNDED);
        }
        EngagementKpis engagement = e == null ? null : engagement(e);
        if (s == null) {
            flags.add(DataQualityFlag.NOT_OBSERVED_YET);
            return new CreatorKpis(
                    c.getCreatorId(),
                    c.getHandle(),
                    c.getTracked(),
                    null,
                    null,
                    null,
                    null,
                    growth,
                    engagement,
                    List.copyOf(flags));
        }
        ProfileObservation profile = ObservationColumns.read(s, FACT_PROFILE_SNAPSHOT, ProfileObservation.class);
        if (Counts.of(profile).stream().anyMatch(count -> count.precision() != Precision.EXACT)) {
            flags.add(DataQualityFlag.ROUNDED_COUNTS);
        }
        Instant pointOfView = asOf.eventTime() != null
                ? asOf.eventTime()
                : asOf.knowledgeTime() != null ? asOf.knowledgeTime() : Instant.now();
        if (profile.capturedAt().plus(STALE_AFTER).isBefore(pointOfView)) {
            flags.add(DataQualityFlag.STALE);
        }
        return new CreatorKpis(
                c.getCreatorId(),
                c.getHandle(),
                c.getTracked(),
                profile,
                Tiers.of(Count.valueOrNull(profile.followers())),
                s.getRecordedAt().toInstant(),
                s.getSource(),
                growth,
                engagement,
                List.copyOf(flags));
    }

    private static GrowthKpis growth(CreatorGrowthDailyRecord g) {
        return new GrowthKpis(
                g.getDay(),
                g.getFollowersGrowth_1d(),
                g.getFollowersGrowth_7d(),
                g.getFollowersGrowth_28d(),
                g.getLikesGrowth_1d(),
                g.getLikesGrowth_7d(),
                g.getLikesGrowth_28d(),
                g.getFollowersTrendPerDay(),
                g.getProjectedFollowers_30d(),
                g.getProjectedFollowers_90d(),
                g.getGrowthRestsOnRounded(),
                g.getTrendRestsOnRounded());
    }

    private static EngagementKpis engagement(CreatorEngagementDailyRecord e) {
        return new EngagementKpis(
                e.getDay(),
                e.getVideosConsidered(),
                e.getEngagementByViewsMean(),
                e.getEngagementByViewsMedian(),
                e.getEngagementByFollowersMean(),
                e.getEngagementByFollowersMedian(),
                e.getMedianViewsLast_30(),
                e.getPostsThatDay(),
                e.getRestsOnRounded());
    }
}
