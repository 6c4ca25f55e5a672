package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.series.Tables.CREATOR_GROWTH_DAILY;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Creators' daily closes over a range, in one statement rendered once: per creator, the last close
 * before the range (its first change starts there) and the closes in it, both read off the
 * {@code (creator_id, day)} key. Rows are read by position straight off the driver: six values, not a
 * record of 24 columns looked up by name, nor a jOOQ record per row (each cost a dashboard more than the
 * SQL did).
 */
final class DailyCloses {

    /** The close before the range, by creator; the range's closes, oldest first, by creator. */
    record Found(Map<String, GrowthBuckets.DailyClose> before, Map<String, List<GrowthBuckets.DailyClose>> closes) {}

    static final String IDS = "ids";
    static final String BEFORE = "before";
    static final String FROM = "from";
    static final String TO = "to";

    private final DSLContext sql;
    /** By whether the form binds one creator id (true) or an array of them. */
    private final Map<Boolean, RenderedOnce> statements = new ConcurrentHashMap<>();

    DailyCloses(DSLContext sql) {
        this.sql = sql;
    }

    Found of(List<String> creatorIds, LocalDate from, LocalDate to) {
        Map<String, GrowthBuckets.DailyClose> before = new HashMap<>();
        Map<String, List<GrowthBuckets.DailyClose>> closes = new HashMap<>();
        statement(Keys.one(creatorIds))
                .forEachRow(sql, Map.of(IDS, Keys.bound(creatorIds), BEFORE, from, FROM, from, TO, to), row -> {
                    GrowthBuckets.DailyClose close = new GrowthBuckets.DailyClose(
                            row.getObject(2, LocalDate.class),
                            row.getObject(3, Long.class),
                            row.getObject(4, Long.class),
                            row.getObject(5, Long.class),
                            row.getObject(6, Boolean.class));
                    String creatorId = row.getString(1);
                    if (close.day().isBefore(from)) {
                        before.put(creatorId, close);
                    } else {
                        closes.computeIfAbsent(creatorId, key -> new ArrayList<>())
                                .add(close);
                    }
                });
        // Sorted here rather than by the statement: a sort node of the whole answer cost PostgreSQL as much as
        // reading it (docs/performance.md); each creator's closes come in day order already, which Java's sort
        // checks in one pass.
        closes.values().forEach(list -> list.sort(Comparator.comparing(GrowthBuckets.DailyClose::day)));
        return new Found(before, closes);
    }

    private RenderedOnce statement(boolean oneCreator) {
        return statements.computeIfAbsent(oneCreator, one -> RenderedOnce.of(sql, template(one)));
    }

    /**
     * The statement, its values to bind by name: {@value #IDS} (one creator id, or an array of them), {@value
     * #BEFORE}, {@value #FROM}, {@value #TO}.
     */
    static Select<?> template(boolean oneCreator) {
        Table<?> ids = Keys.table(IDS, oneCreator, "ids");
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
                .and(CREATOR_GROWTH_DAILY.DAY.lt(DSL.param(BEFORE, LocalDate.class)))
                .orderBy(CREATOR_GROWTH_DAILY.DAY.desc())
                .limit(DSL.inline(1))
                .unionAll(select(closing)
                        .from(CREATOR_GROWTH_DAILY)
                        .where(CREATOR_GROWTH_DAILY.CREATOR_ID.eq(id))
                        .and(CREATOR_GROWTH_DAILY.DAY.between(
                                DSL.param(FROM, LocalDate.class), DSL.param(TO, LocalDate.class)))
                        .orderBy(CREATOR_GROWTH_DAILY.DAY))
                .asTable("closes");
        Field<String> creator = closesOf.field(CREATOR_GROWTH_DAILY.CREATOR_ID);
        Field<LocalDate> day = closesOf.field(CREATOR_GROWTH_DAILY.DAY);
        return select(
                        creator,
                        day,
                        closesOf.field(CREATOR_GROWTH_DAILY.FOLLOWERS),
                        closesOf.field(CREATOR_GROWTH_DAILY.LIKES),
                        closesOf.field(CREATOR_GROWTH_DAILY.VIDEOS),
                        closesOf.field("rounded", Boolean.class))
                .from(ids)
                .crossJoin(lateral(closesOf));
    }
}
