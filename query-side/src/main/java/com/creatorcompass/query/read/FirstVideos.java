package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.Tables.DIM_VIDEO;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;

import com.creatorcompass.contracts.query.VideoOrder;
import com.creatorcompass.contracts.query.VideoSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The first videos of each of several creators, in one statement rendered once per order
 * ({@link RenderedOnce}): per creator, the page and one more (is there a next page?) read off the
 * index that holds the page's order, with each video's hashtags.
 */
final class FirstVideos {

    private static final String IDS = "ids";
    private static final String SIZE = "size";

    private final DSLContext sql;
    /** Which statement: the page's order, and whether each video's hashtags are read. */
    private record Form(VideoOrder order, boolean withHashtags, boolean oneCreator) {}

    private final Map<Form, RenderedOnce> statements = new ConcurrentHashMap<>();

    FirstVideos(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Up to {@code size} videos per creator id, in the order's sequence; creators without videos are absent.
     * Without {@code withHashtags} every video's hashtag list is empty.
     */
    Map<String, List<VideoSummary>> of(List<String> creatorIds, VideoOrder order, int size, boolean withHashtags) {
        Map<String, List<VideoSummary>> byCreator = new HashMap<>();
        for (Record row : statements
                .computeIfAbsent(new Form(order, withHashtags, Keys.one(creatorIds)), this::statement)
                .fetch(sql, Map.of(IDS, Keys.bound(creatorIds), SIZE, size))) {
            byCreator
                    .computeIfAbsent(row.get(DIM_VIDEO.CREATOR_ID), creator -> new ArrayList<>())
                    .add(CreatorHistories.summary(row));
        }
        return byCreator;
    }

    private RenderedOnce statement(Form form) {
        Field<?> key = form.order() == VideoOrder.VIEWS_DESC ? DIM_VIDEO.VIEWS : DIM_VIDEO.POSTED_AT;
        Table<?> ids = Keys.table(IDS, form.oneCreator(), "ids");
        Table<Record> page = select(
                        DIM_VIDEO.asterisk(),
                        form.withHashtags() ? CreatorHistories.hashtags() : CreatorHistories.noHashtags())
                .from(DIM_VIDEO)
                .where(DIM_VIDEO.CREATOR_ID.eq(ids.field("id", String.class)))
                .orderBy(key.desc().nullsLast(), DIM_VIDEO.VIDEO_ID.desc())
                .limit(DSL.param(SIZE, Integer.class))
                .asTable("page");
        return RenderedOnce.of(
                sql,
                select(page.fields())
                        .from(ids)
                        .crossJoin(lateral(page))
                        .orderBy(
                                page.field(DIM_VIDEO.CREATOR_ID),
                                page.field(key).desc().nullsLast(),
                                page.field(DIM_VIDEO.VIDEO_ID).desc()));
    }
}
