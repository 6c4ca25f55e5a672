package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;
import static com.creatorcompass.query.jooq.series.Tables.ALERTS;
import static com.creatorcompass.query.jooq.series.Tables.HASHTAG_DAILY;
import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.percentileCont;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;

import com.creatorcompass.contracts.query.AlertPage;
import com.creatorcompass.contracts.query.AlertView;
import com.creatorcompass.contracts.query.FindAlerts;
import com.creatorcompass.contracts.query.FindHashtagTrends;
import com.creatorcompass.contracts.query.HashtagTrend;
import com.creatorcompass.contracts.query.HashtagTrendsFound;
import com.creatorcompass.contracts.query.InvalidQueryException;
import com.creatorcompass.query.accounts.Followed;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/** Hashtag trends across tracked creators, and a user's alerts. */
public class TrendReads {

    private final DSLContext sql;

    public TrendReads(DSLContext sql) {
        this.sql = sql;
    }

    /** docs/metrics.md "Hashtag trends over a range": the days' rows of each hashtag, summed; most viewed first. */
    @QueryHandler
    public HashtagTrendsFound handle(FindHashtagTrends query) {
        pageSize(query.first());
        Field<Long> views = sum(HASHTAG_DAILY.VIEWS).cast(Long.class).as("views");
        return new HashtagTrendsFound(sql.select(
                        HASHTAG_DAILY.HASHTAG,
                        count().as("days"),
                        sum(HASHTAG_DAILY.VIDEOS).cast(Long.class),
                        max(HASHTAG_DAILY.CREATORS),
                        views,
                        percentileCont(0.5)
                                .withinGroupOrderBy(HASHTAG_DAILY.MEDIAN_ENGAGEMENT_RATE)
                                .cast(Double.class),
                        boolOr(HASHTAG_DAILY.RESTS_ON_ROUNDED))
                .from(HASHTAG_DAILY)
                .where(HASHTAG_DAILY.DAY.between(query.from(), query.to()))
                .groupBy(HASHTAG_DAILY.HASHTAG)
                .orderBy(views.desc(), HASHTAG_DAILY.HASHTAG)
                .limit(query.first())
                .fetch(r -> new HashtagTrend(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7())));
    }

    /** Newest first, keyset-paginated on (at, id) so a page stays stable while alerts arrive. */
    @QueryHandler
    public AlertPage handle(FindAlerts query) {
        pageSize(query.first());
        Condition after = noCondition();
        if (query.after() != null) {
            String[] cursor = decode(query.after());
            after = row(ALERTS.AT, ALERTS.ID).lt(parse(cursor[0]), cursor[1]);
        }
        List<AlertView> rows = sql.select(ALERTS.asterisk(), DIM_CREATOR.HANDLE)
                .from(ALERTS)
                .join(DIM_CREATOR)
                .on(DIM_CREATOR.CREATOR_ID.eq(ALERTS.CREATOR_ID))
                .where(DIM_CREATOR.HANDLE.in(Followed.handlesOf(query.userId())))
                .and(after)
                .orderBy(ALERTS.AT.desc(), ALERTS.ID.desc())
                .limit(query.first() + 1)
                .fetch(TrendReads::alert);
        boolean more = rows.size() > query.first();
        List<AlertView> page = more ? rows.subList(0, query.first()) : rows;
        List<String> cursors = page.stream().map(TrendReads::encode).toList();
        return new AlertPage(page, cursors, cursors.isEmpty() ? null : cursors.get(cursors.size() - 1), more);
    }

    public static AlertView alert(Record r) {
        return new AlertView(
                r.get(ALERTS.ID),
                r.get(ALERTS.KIND),
                r.get(ALERTS.CREATOR_ID),
                r.get(DIM_CREATOR.HANDLE),
                r.get(ALERTS.VIDEO_ID),
                r.get(ALERTS.AT).toInstant(),
                r.get(ALERTS.OBSERVED),
                r.get(ALERTS.REFERENCE),
                r.get(ALERTS.SCORE),
                r.get(ALERTS.THRESHOLD),
                r.get(ALERTS.RESTS_ON_ROUNDED));
    }

    private static void pageSize(int first) {
        if (first < 1 || first > CreatorHistories.MAX_PAGE_SIZE) {
            throw new InvalidQueryException(
                    "first must be between 1 and " + CreatorHistories.MAX_PAGE_SIZE + ", was " + first);
        }
    }

    private static String encode(AlertView alert) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("ALERT|" + alert.at() + "|" + alert.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals("ALERT")) {
                throw new InvalidQueryException("the cursor belongs to another listing");
            }
            return new String[] {parts[1], parts[2]};
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidQueryException("the cursor is not one we gave out");
        }
    }

    private static OffsetDateTime parse(String instant) {
        try {
            return java.time.Instant.parse(instant).atOffset(java.time.ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("the cursor is not one we gave out");
        }
    }
}
