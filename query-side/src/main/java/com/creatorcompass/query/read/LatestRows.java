package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;
import static com.creatorcompass.query.jooq.Tables.FACT_PROFILE_SNAPSHOT;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_ENGAGEMENT_DAILY;
import static com.creatorcompass.query.jooq.series.Tables.CREATOR_GROWTH_DAILY;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;

import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.query.jooq.series.tables.records.CreatorEngagementDailyRecord;
import com.creatorcompass.query.jooq.series.tables.records.CreatorGrowthDailyRecord;
import com.creatorcompass.query.jooq.tables.records.DimCreatorRecord;
import com.creatorcompass.query.jooq.tables.records.FactProfileSnapshotRecord;
import com.creatorcompass.query.projection.ScrapeOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Creators by handle with their latest rows within a point of view, in one statement: the latest
 * profile observation, and the latest growth and engagement rows as of it, each a {@code LATERAL
 * (... ORDER BY ... LIMIT 1)} read off its table's key rather than a scan of the creator's history.
 * The statement has one form per kind of point of view (now, event time, knowledge time, both),
 * each rendered once ({@link RenderedOnce}).
 */
final class LatestRows {

    /** Which bounds a point of view sets: the statement's form. */
    private record Form(boolean eventTime, boolean knowledgeTime, boolean oneHandle) {
        static Form of(AsOf asOf, List<String> handles) {
            return new Form(asOf.eventTime() != null, asOf.knowledgeTime() != null, Keys.one(handles));
        }

        boolean isNow() {
            return !eventTime && !knowledgeTime;
        }
    }

    private record Statement(
            RenderedOnce query, Table<Record> snapshot, Table<Record> growth, Table<Record> engagement) {}

    /**
     * A creator's row: its dimension and each latest row (null when there is none), each holding the
     * columns shown ({@link #CREATOR_SHOWN}, {@link #GROWTH_SHOWN}; a snapshot's and an engagement row's all).
     */
    record Latest(
            DimCreatorRecord creator,
            FactProfileSnapshotRecord snapshot,
            CreatorGrowthDailyRecord growth,
            CreatorEngagementDailyRecord engagement) {}

    /**
     * The columns the KPIs show (CreatorReads), not the tables' every column: each column a row brings costs
     * PostgreSQL its output and the API its conversion, and a dashboard's row brought 75 (docs/performance.md).
     * A part's key comes first: a part that found no row has it null.
     */
    private static final List<Field<?>> CREATOR_SHOWN =
            List.of(DIM_CREATOR.CREATOR_ID, DIM_CREATOR.HANDLE, DIM_CREATOR.TRACKED);

    private static final List<Field<?>> GROWTH_SHOWN = List.of(
            CREATOR_GROWTH_DAILY.CREATOR_ID,
            CREATOR_GROWTH_DAILY.DAY,
            CREATOR_GROWTH_DAILY.FOLLOWERS_GROWTH_1D,
            CREATOR_GROWTH_DAILY.FOLLOWERS_GROWTH_7D,
            CREATOR_GROWTH_DAILY.FOLLOWERS_GROWTH_28D,
            CREATOR_GROWTH_DAILY.LIKES_GROWTH_1D,
            CREATOR_GROWTH_DAILY.LIKES_GROWTH_7D,
            CREATOR_GROWTH_DAILY.LIKES_GROWTH_28D,
            CREATOR_GROWTH_DAILY.FOLLOWERS_TREND_PER_DAY,
            CREATOR_GROWTH_DAILY.PROJECTED_FOLLOWERS_30D,
            CREATOR_GROWTH_DAILY.PROJECTED_FOLLOWERS_90D,
            CREATOR_GROWTH_DAILY.GROWTH_RESTS_ON_ROUNDED,
            CREATOR_GROWTH_DAILY.TREND_RESTS_ON_ROUNDED);

    private static final String HANDLES = "handles";
    private static final String EVENT_TIME = "eventTime";
    private static final String KNOWLEDGE_TIME = "knowledgeTime";

    private final DSLContext sql;
    private final Map<Form, Statement> statements = new ConcurrentHashMap<>();

    LatestRows(DSLContext sql) {
        this.sql = sql;
    }

    /** By handle, for the handles that name a creator. */
    Map<String, Latest> of(List<String> handles, AsOf asOf) {
        Statement statement = statements.computeIfAbsent(Form.of(asOf, handles), this::statement);
        Map<String, Object> values = new HashMap<>();
        values.put(HANDLES, Keys.bound(handles));
        values.put(EVENT_TIME, utc(asOf.eventTime()));
        values.put(KNOWLEDGE_TIME, utc(asOf.knowledgeTime()));
        Map<String, Latest> byHandle = new HashMap<>();
        for (Record row : statement.query().fetch(sql, values)) {
            Latest latest = new Latest(
                    row.into(DIM_CREATOR),
                    part(row, statement.snapshot(), FACT_PROFILE_SNAPSHOT),
                    part(row, statement.growth(), CREATOR_GROWTH_DAILY),
                    part(row, statement.engagement(), CREATOR_ENGAGEMENT_DAILY));
            byHandle.put(latest.creator().getHandle(), latest);
        }
        return byHandle;
    }

    private Statement statement(Form form) {
        Table<FactProfileSnapshotRecord> latest = FACT_PROFILE_SNAPSHOT.as("latest");
        Condition within = DSL.noCondition();
        if (form.eventTime()) {
            within = within.and(
                    latest.field(FACT_PROFILE_SNAPSHOT.CAPTURED_AT).le(DSL.param(EVENT_TIME, OffsetDateTime.class)));
        }
        if (form.knowledgeTime()) {
            within = within.and(latest.field(FACT_PROFILE_SNAPSHOT.RECORDED_AT)
                    .le(DSL.param(KNOWLEDGE_TIME, OffsetDateTime.class)));
        }
        Table<Record> snapshot = select(latest.fields())
                .from(latest)
                .where(latest.field(FACT_PROFILE_SNAPSHOT.CREATOR_ID).eq(DIM_CREATOR.CREATOR_ID))
                .and(within)
                .orderBy(
                        latest.field(FACT_PROFILE_SNAPSHOT.CAPTURED_AT).desc(),
                        ScrapeOrder.of(latest.field(FACT_PROFILE_SNAPSHOT.SCRAPE_ID))
                                .desc())
                .limit(DSL.inline(1))
                .asTable("snapshot");
        Field<OffsetDateTime> seen = snapshot.field(FACT_PROFILE_SNAPSHOT.CAPTURED_AT);
        Field<LocalDate> seenDay =
                DSL.cast(DSL.field("({0} at time zone 'UTC')", OffsetDateTime.class, seen), SQLDataType.LOCALDATE);
        // The series as of the observation shown: a past view gets the day that observation closes, not a later one.
        // A day closes within itself (UTC), so the day bound drops no row the closing time keeps: it lets the key
        // start the scan at that day instead of reading back from today.
        Table<Record> growth = select(GROWTH_SHOWN)
                .from(CREATOR_GROWTH_DAILY)
                .where(CREATOR_GROWTH_DAILY.CREATOR_ID.eq(DIM_CREATOR.CREATOR_ID))
                .and(
                        form.isNow()
                                ? DSL.noCondition()
                                : CREATOR_GROWTH_DAILY.DAY.le(seenDay).and(CREATOR_GROWTH_DAILY.CLOSED_AT.le(seen)))
                .orderBy(CREATOR_GROWTH_DAILY.DAY.desc())
                .limit(DSL.inline(1))
                .asTable("growth");
        // Engagement rows are per day: the day of the observation shown counts (as computed so far).
        Table<Record> engagement = select(CREATOR_ENGAGEMENT_DAILY.fields())
                .from(CREATOR_ENGAGEMENT_DAILY)
                .where(CREATOR_ENGAGEMENT_DAILY.CREATOR_ID.eq(DIM_CREATOR.CREATOR_ID))
                .and(form.isNow() ? DSL.noCondition() : CREATOR_ENGAGEMENT_DAILY.DAY.le(seenDay))
                .orderBy(CREATOR_ENGAGEMENT_DAILY.DAY.desc())
                .limit(DSL.inline(1))
                .asTable("engagement");
        List<Field<?>> columns = new ArrayList<>(CREATOR_SHOWN);
        columns.addAll(List.of(snapshot.fields()));
        columns.addAll(List.of(growth.fields()));
        columns.addAll(List.of(engagement.fields()));
        RenderedOnce query = RenderedOnce.of(
                sql,
                sql.select(columns)
                        .from(DIM_CREATOR)
                        .leftJoin(lateral(snapshot))
                        .on(DSL.trueCondition())
                        .leftJoin(lateral(growth))
                        .on(DSL.trueCondition())
                        .leftJoin(lateral(engagement))
                        .on(DSL.trueCondition())
                        .where(Keys.matches(DIM_CREATOR.HANDLE, HANDLES, form.oneHandle())));
        return new Statement(query, snapshot, growth, engagement);
    }

    /** The columns one LATERAL part of a row brought, as its table's record; null when the part found no row. */
    private static <R extends TableRecord<R>> R part(Record row, Table<Record> part, Table<R> table) {
        Record columns = row.into(part.fields());
        return columns.get(0) == null ? null : columns.into(table);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
