package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.metric.EngagementRate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/** A creator's history from the warehouse's analyst views: its videos as last observed and its daily follower closes. */
public final class HistoryReader {

    private final DSLContext sql;

    public HistoryReader(DSLContext sql) {
        this.sql = sql;
    }

    public Optional<CreatorHistory> read(String handle) {
        Record creator = sql.resultQuery(
                        "select creator_id, region, last_seen_at from analytics.creator_latest "
                                + "where handle = ? and tracked and last_seen_at is not null",
                        handle)
                .fetchOne();
        if (creator == null) {
            return Optional.empty();
        }
        String creatorId = creator.get("creator_id", String.class);
        Instant lastSeen = creator.get("last_seen_at", OffsetDateTime.class).toInstant();
        Instant from = AnalysisWindow.endingAt(lastSeen).from();
        List<VideoFact> videos =
                sql.resultQuery("""
                select video_id, posted_at, duration_seconds, hashtags, views, likes, comments, shares, last_seen_at
                from analytics.video_performance where creator_id = ? and posted_at >= cast(? as timestamptz)
                  and views is not null and likes is not null and comments is not null and shares is not null""", creatorId, from.toString()).fetch(HistoryReader::video);
        TreeMap<LocalDate, Long> closes = new TreeMap<>();
        sql.resultQuery(
                        "select day, followers from analytics.creator_growth where creator_id = ? and day >= cast(? as date)",
                        creatorId,
                        from.atOffset(ZoneOffset.UTC)
                                .toLocalDate()
                                .minusDays(CadenceInsight.CLOSE_AT_MOST_DAYS_BEFORE + 1)
                                .toString())
                .forEach(r -> closes.put(r.get("day", LocalDate.class), r.get("followers", Long.class)));
        return Optional.of(new CreatorHistory(handle, creator.get("region", String.class), lastSeen, videos, closes));
    }

    private static VideoFact video(Record r) {
        String[] hashtags = r.get("hashtags", String[].class);
        return new VideoFact(
                r.get("video_id", String.class),
                r.get("posted_at", OffsetDateTime.class).toInstant(),
                r.get("duration_seconds", Integer.class),
                hashtags == null ? List.of() : Arrays.asList(hashtags),
                r.get("views", Long.class),
                EngagementRate.interactions(
                        r.get("likes", Long.class), r.get("comments", Long.class), r.get("shares", Long.class)),
                r.get("last_seen_at", OffsetDateTime.class).toInstant());
    }
}
