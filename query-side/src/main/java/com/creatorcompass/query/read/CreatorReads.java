package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.Tables.FACT_PROFILE_SNAPSHOT;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_ENGAGEMENT_DAILY;

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
import com.creatorcompass.query.projection.Tiers;
import com.creatorcompass.query.warehouse.ObservationColumns;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;

/**
 * Creators' dashboard numbers for a batch of creators: a fixed number of statements whatever the
 * batch size (three for KPIs, one for a growth or engagement series), so nested lists cost no N+1.
 */
public class CreatorReads {

    /** An observation older than this, seen from the point of view, is flagged {@code STALE}. */
    static final Duration STALE_AFTER = Duration.ofDays(2);

    private final DSLContext sql;
    private final LatestRows latestRows;
    private final DailyCloses dailyCloses;

    public CreatorReads(DSLContext sql) {
        this.sql = sql;
        this.latestRows = new LatestRows(sql);
        this.dailyCloses = new DailyCloses(sql);
    }

    @QueryHandler
    public CreatorsFound handle(FindCreators query) {
        List<String> handles = query.handles().stream()
                .map(CreatorHistories::canonical)
                .distinct()
                .toList();
        AsOf asOf = query.asOf() == null ? AsOf.NOW : query.asOf();
        Map<String, LatestRows.Latest> rows = latestRows.of(handles, asOf);
        List<CreatorKpis> found = new ArrayList<>();
        for (String handle : handles) {
            LatestRows.Latest row = rows.get(handle);
            if (row == null) {
                continue;
            }
            if (row.snapshot() == null && !asOf.isNow()) {
                continue; // not yet observed at that point of view: as good as unknown then
            }
            found.add(kpis(row.creator(), row.snapshot(), row.growth(), row.engagement(), asOf));
        }
        return new CreatorsFound(found);
    }

    @QueryHandler
    public GrowthFound handle(FindGrowth query) {
        LocalDate from = GrowthBuckets.start(query.from(), query.granularity());
        DailyCloses.Found found = dailyCloses.of(query.creatorIds(), from, query.to());
        Map<String, List<GrowthPoint>> byCreator = new LinkedHashMap<>();
        for (String creatorId : query.creatorIds()) {
            byCreator.put(
                    creatorId,
                    GrowthBuckets.of(
                            found.before().get(creatorId),
                            found.closes().getOrDefault(creatorId, List.of()),
                            query.granularity()));
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
