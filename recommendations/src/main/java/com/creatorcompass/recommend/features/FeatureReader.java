package com.creatorcompass.recommend.features;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reads what the features rest on from the warehouse's documented analyst views ({@code analytics.*},
 * docs/analyst-sql.md), as any analyst could: this module knows the warehouse only by that interface.
 */
public final class FeatureReader implements FeatureSource {

    private final DSLContext sql;

    public FeatureReader(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public FeatureIndex read() {
        List<CreatorRow> creators = sql.resultQuery("""
                select c.creator_id, c.handle, c.nickname, c.followers, c.tier, c.region, c.language, c.last_seen_at,
                       e.engagement_by_views_median, g.followers_growth_28d
                from analytics.creator_latest c
                left join lateral (select engagement_by_views_median from analytics.creator_engagement e
                                   where e.creator_id = c.creator_id and e.engagement_by_views_median is not null
                                   order by e.day desc limit 1) e on true
                left join lateral (select followers_growth_28d from analytics.creator_growth g
                                   where g.creator_id = c.creator_id and g.followers_growth_28d is not null
                                   order by g.day desc limit 1) g on true
                where c.tracked and c.followers is not null
                order by c.handle""").fetch(FeatureReader::creator);
        List<VideoRow> videos = sql.resultQuery("""
                select v.creator_id, v.posted_at, v.caption, v.hashtags, v.duration_seconds
                from analytics.video_performance v
                join analytics.creator_latest c on c.creator_id = v.creator_id
                where c.tracked and v.posted_at >= c.last_seen_at - interval '84 days'""").fetch(FeatureReader::video);
        return FeatureBuilder.build(creators, videos);
    }

    /** What changes when a new observation lands: the number of creators observed and the latest observation. */
    @Override
    public String watermark() {
        Record r = sql.resultQuery("select count(*), max(last_seen_at) from analytics.creator_latest where tracked")
                .fetchOne();
        return r.get(0) + "|" + r.get(1);
    }

    private static CreatorRow creator(Record r) {
        return new CreatorRow(
                r.get("creator_id", String.class),
                r.get("handle", String.class),
                r.get("nickname", String.class),
                r.get("followers", Long.class),
                r.get("tier", String.class),
                r.get("region", String.class),
                r.get("language", String.class),
                instant(r.get("last_seen_at", OffsetDateTime.class)),
                r.get("engagement_by_views_median", Double.class),
                r.get("followers_growth_28d", Double.class));
    }

    private static VideoRow video(Record r) {
        String[] hashtags = r.get("hashtags", String[].class);
        return new VideoRow(
                r.get("creator_id", String.class),
                instant(r.get("posted_at", OffsetDateTime.class)),
                r.get("caption", String.class),
                hashtags == null ? List.of() : Arrays.asList(hashtags),
                r.get("duration_seconds", Integer.class));
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
