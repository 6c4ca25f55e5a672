package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.Tables.DIM_CREATOR;
import static com.creatorcompass.query.jooq.Tables.DIM_VIDEO;
import static com.creatorcompass.query.jooq.Tables.FACT_PROFILE_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.FACT_VIDEO_SNAPSHOT;
import static com.creatorcompass.query.jooq.Tables.VIDEO_HASHTAG;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import com.creatorcompass.contracts.Hashtags;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.PostKind;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.InvalidQueryException;
import com.creatorcompass.contracts.query.ProfilePoint;
import com.creatorcompass.contracts.query.VideoDetail;
import com.creatorcompass.contracts.query.VideoObservationPoint;
import com.creatorcompass.contracts.query.VideoOrder;
import com.creatorcompass.contracts.query.VideoPage;
import com.creatorcompass.contracts.query.VideoSummary;
import com.creatorcompass.query.jooq.tables.records.FactVideoSnapshotRecord;
import com.creatorcompass.query.projection.ScrapeOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** A creator's profile history and videos from the warehouse (its numbers as of a point of view: {@link CreatorReads}). */
public class CreatorHistories {

    public static final int MAX_PAGE_SIZE = 100;
    /** The cursor key of a video whose views are unknown (it sorts after every known count). */
    private static final String UNKNOWN_VIEWS = "unknown";

    private final DSLContext sql;

    public CreatorHistories(DSLContext sql) {
        this.sql = sql;
    }

    /** Profile observations captured in [from, to), oldest first, as known at {@code asOf.knowledgeTime()}. */
    public List<ProfilePoint> history(String handle, Instant from, Instant to, AsOf asOf) {
        return sql.selectFrom(FACT_PROFILE_SNAPSHOT)
                .where(FACT_PROFILE_SNAPSHOT.CREATOR_ID.eq(select(DIM_CREATOR.CREATOR_ID)
                        .from(DIM_CREATOR)
                        .where(DIM_CREATOR.HANDLE.eq(canonical(handle)))))
                .and(FACT_PROFILE_SNAPSHOT.CAPTURED_AT.ge(utc(from)))
                .and(FACT_PROFILE_SNAPSHOT.CAPTURED_AT.lt(utc(to)))
                .and(within(asOf))
                .orderBy(FACT_PROFILE_SNAPSHOT.CAPTURED_AT, FACT_PROFILE_SNAPSHOT.SCRAPE_ID)
                .fetch(s -> new ProfilePoint(
                        s.getScrapeId(),
                        s.getCapturedAt().toInstant(),
                        s.getRecordedAt().toInstant(),
                        s.getSource(),
                        count(s.getFollowers(), s.getFollowersPrecision()),
                        count(s.getFollowing(), s.getFollowingPrecision()),
                        count(s.getLikes(), s.getLikesPrecision()),
                        count(s.getVideos(), s.getVideosPrecision())));
    }

    /** A page of the creator's videos, keyset-paginated: stable while new observations arrive. */
    /** A page of the creator's videos; with a {@code hashtag} (in any written form), only those carrying it. */
    public VideoPage videos(String handle, VideoOrder order, int first, String after, String hashtag) {
        if (first < 1 || first > MAX_PAGE_SIZE) {
            throw new InvalidQueryException("first must be between 1 and " + MAX_PAGE_SIZE + ", was " + first);
        }
        Field<?> key = order == VideoOrder.VIEWS_DESC ? DIM_VIDEO.VIEWS : DIM_VIDEO.POSTED_AT;
        Condition afterCursor = noCondition();
        if (after != null) {
            String[] cursor = decode(after, order);
            afterCursor = order != VideoOrder.VIEWS_DESC
                    ? row(DIM_VIDEO.POSTED_AT, DIM_VIDEO.VIDEO_ID).lt(OffsetDateTime.parse(cursor[1]), cursor[2])
                    // Videos with unknown views come last, ordered by id alone.
                    : cursor[1].equals(UNKNOWN_VIEWS)
                            ? DIM_VIDEO.VIEWS.isNull().and(DIM_VIDEO.VIDEO_ID.lt(cursor[2]))
                            : row(DIM_VIDEO.VIEWS, DIM_VIDEO.VIDEO_ID)
                                    .lt(Long.parseLong(cursor[1]), cursor[2])
                                    .or(DIM_VIDEO.VIEWS.isNull());
        }
        List<SortField<?>> sort = List.of(key.desc().nullsLast(), DIM_VIDEO.VIDEO_ID.desc());
        List<VideoSummary> rows = sql.select(DIM_VIDEO.asterisk(), hashtags())
                .from(DIM_VIDEO)
                .where(DIM_VIDEO.CREATOR_ID.eq(select(DIM_CREATOR.CREATOR_ID)
                        .from(DIM_CREATOR)
                        .where(DIM_CREATOR.HANDLE.eq(canonical(handle)))))
                .and(afterCursor)
                .and(carrying(hashtag))
                .orderBy(sort)
                .limit(first + 1)
                .fetch(CreatorHistories::summary);
        boolean more = rows.size() > first;
        List<VideoSummary> page = more ? rows.subList(0, first) : rows;
        return page(page, order, more);
    }

    /** Videos with {@code hashtag} in its canonical form; every video when there is none (null, or nothing of a tag). */
    private static Condition carrying(String hashtag) {
        String tag = hashtag == null ? "" : Hashtags.canonical(hashtag);
        return tag.isEmpty()
                ? noCondition()
                : exists(selectOne()
                        .from(VIDEO_HASHTAG)
                        .where(VIDEO_HASHTAG.VIDEO_ID.eq(DIM_VIDEO.VIDEO_ID))
                        .and(VIDEO_HASHTAG.HASHTAG.eq(tag)));
    }

    static VideoPage page(List<VideoSummary> page, VideoOrder order, boolean more) {
        List<String> cursors = page.stream().map(video -> encode(order, video)).toList();
        return new VideoPage(page, cursors, cursors.isEmpty() ? null : cursors.get(cursors.size() - 1), more);
    }

    /** A video with all its observations. */
    public Optional<VideoDetail> video(String videoId) {
        Record video = sql.select(DIM_VIDEO.asterisk(), hashtags(), DIM_CREATOR.HANDLE)
                .from(DIM_VIDEO)
                .join(DIM_CREATOR)
                .on(DIM_CREATOR.CREATOR_ID.eq(DIM_VIDEO.CREATOR_ID))
                .where(DIM_VIDEO.VIDEO_ID.eq(videoId))
                .fetchOne();
        if (video == null) {
            return Optional.empty();
        }
        List<VideoObservationPoint> observations = sql.selectFrom(FACT_VIDEO_SNAPSHOT)
                .where(FACT_VIDEO_SNAPSHOT.VIDEO_ID.eq(videoId))
                .orderBy(FACT_VIDEO_SNAPSHOT.CAPTURED_AT, ScrapeOrder.of(FACT_VIDEO_SNAPSHOT.SCRAPE_ID))
                .fetch(CreatorHistories::observationPoint);
        return Optional.of(new VideoDetail(
                video.get(DIM_VIDEO.CREATOR_ID), video.get(DIM_CREATOR.HANDLE), summary(video), observations));
    }

    /** Observations inside the point of view: captured by its event time, recorded by its knowledge time. */
    static Condition within(AsOf asOf) {
        Condition condition = noCondition();
        if (asOf.eventTime() != null) {
            condition = condition.and(FACT_PROFILE_SNAPSHOT.CAPTURED_AT.le(utc(asOf.eventTime())));
        }
        if (asOf.knowledgeTime() != null) {
            condition = condition.and(FACT_PROFILE_SNAPSHOT.RECORDED_AT.le(utc(asOf.knowledgeTime())));
        }
        return condition;
    }

    /** A video's hashtags, sorted: an SQL array (one column a statement rendered once can read back as it is). */
    static Field<List<String>> hashtags() {
        return array(select(VIDEO_HASHTAG.HASHTAG)
                        .from(VIDEO_HASHTAG)
                        .where(VIDEO_HASHTAG.VIDEO_ID.eq(DIM_VIDEO.VIDEO_ID))
                        .orderBy(VIDEO_HASHTAG.HASHTAG))
                .as("hashtags")
                .convertFrom(CreatorHistories::hashtagList);
    }

    /** In place of {@link #hashtags()} where they are not read: an empty array, the same column. */
    static Field<List<String>> noHashtags() {
        return DSL.inline(new String[0], SQLDataType.VARCHAR.array())
                .as("hashtags")
                .convertFrom(CreatorHistories::hashtagList);
    }

    private static List<String> hashtagList(String[] tags) {
        return tags == null ? List.of() : List.of(tags);
    }

    /** One observation of a video as its fact row keeps it. */
    static VideoObservationPoint observationPoint(FactVideoSnapshotRecord o) {
        return new VideoObservationPoint(
                o.getCapturedAt().toInstant(),
                o.getRecordedAt().toInstant(),
                o.getViews(),
                o.getLikes(),
                o.getComments(),
                o.getShares(),
                o.getSaves(),
                o.getAllCountsExact());
    }

    static VideoSummary summary(Record r) {
        OffsetDateTime posted = r.get(DIM_VIDEO.POSTED_AT);
        return new VideoSummary(
                r.get(DIM_VIDEO.VIDEO_ID),
                posted == null ? null : posted.toInstant(),
                r.get(DIM_VIDEO.CAPTION),
                r.get("hashtags", List.class),
                r.get(DIM_VIDEO.DURATION_SECONDS),
                r.get(DIM_VIDEO.VIEWS),
                r.get(DIM_VIDEO.LIKES),
                r.get(DIM_VIDEO.COMMENTS),
                r.get(DIM_VIDEO.SHARES),
                r.get(DIM_VIDEO.SAVES),
                r.get(DIM_VIDEO.LAST_SEEN_AT).toInstant(),
                PostKind.valueOf(r.get(DIM_VIDEO.KIND)));
    }

    /** The count stored as {@code value} and {@code precision}; null when it is unknown. */
    static Count count(Long value, String precision) {
        return value == null ? null : new Count(value, Precision.valueOf(precision));
    }

    static String encode(VideoOrder order, VideoSummary last) {
        String key = order == VideoOrder.VIEWS_DESC
                ? (last.views() == null ? UNKNOWN_VIEWS : last.views().toString())
                : last.postedAt() == null ? "" : utc(last.postedAt()).toString();
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((order.name() + "|" + key + "|" + last.videoId()).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor, VideoOrder order) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(order.name()) || parts[1].isEmpty()) {
                throw new InvalidQueryException("the cursor belongs to another listing");
            }
            return parts;
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidQueryException("the cursor is not one we gave out");
        }
    }

    static String canonical(String handle) {
        return handle == null ? "" : handle.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
