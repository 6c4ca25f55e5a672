package com.creatorcompass.query.read;

import static com.creatorcompass.query.jooq.Tables.FACT_VIDEO_SNAPSHOT;
import static com.creatorcompass.query.jooq.series.Tables.VIDEO_ENGAGEMENT_SERIES;
import static com.creatorcompass.query.jooq.series.Tables.VIDEO_VELOCITY;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.select;

import com.creatorcompass.contracts.query.FindFirstVideos;
import com.creatorcompass.contracts.query.FindLatestVideoObservations;
import com.creatorcompass.contracts.query.FindVideo;
import com.creatorcompass.contracts.query.FindVideoDetails;
import com.creatorcompass.contracts.query.FindVideos;
import com.creatorcompass.contracts.query.InvalidQueryException;
import com.creatorcompass.contracts.query.LatestVideoObservationsFound;
import com.creatorcompass.contracts.query.VelocityPoint;
import com.creatorcompass.contracts.query.VideoDetail;
import com.creatorcompass.contracts.query.VideoDetailsFound;
import com.creatorcompass.contracts.query.VideoObservationPoint;
import com.creatorcompass.contracts.query.VideoPage;
import com.creatorcompass.contracts.query.VideoSeriesPoint;
import com.creatorcompass.contracts.query.VideoSummary;
import com.creatorcompass.contracts.query.VideosFound;
import com.creatorcompass.contracts.stream.VelocityAge;
import com.creatorcompass.query.jooq.tables.records.FactVideoSnapshotRecord;
import com.creatorcompass.query.projection.ScrapeOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Videos for the API: pages of a creator's videos, and each video's series, in batches. */
public class VideoReads {

    private final DSLContext sql;
    private final CreatorHistories queries;
    private final FirstVideos firstVideos;

    public VideoReads(DSLContext sql) {
        this.sql = sql;
        this.queries = new CreatorHistories(sql);
        this.firstVideos = new FirstVideos(sql);
    }

    @QueryHandler
    public VideoPage handle(FindVideos query) {
        return queries.videos(query.handle(), query.order(), query.first(), query.after(), query.hashtag());
    }

    @QueryHandler
    public Optional<VideoDetail> handle(FindVideo query) {
        return queries.video(query.videoId());
    }

    /** The first page of every creator's videos in one statement ({@link FirstVideos}), and whether more follow. */
    @QueryHandler
    public VideosFound handle(FindFirstVideos query) {
        if (query.first() < 1 || query.first() > CreatorHistories.MAX_PAGE_SIZE) {
            throw new InvalidQueryException(
                    "first must be between 1 and " + CreatorHistories.MAX_PAGE_SIZE + ", was " + query.first());
        }
        Map<String, List<VideoSummary>> rows =
                firstVideos.of(query.creatorIds(), query.order(), query.first() + 1, query.withHashtags());
        Map<String, VideoPage> byCreator = new LinkedHashMap<>();
        for (String creatorId : query.creatorIds()) {
            List<VideoSummary> videos = rows.getOrDefault(creatorId, List.of());
            boolean more = videos.size() > query.first();
            List<VideoSummary> page = more ? videos.subList(0, query.first()) : videos;
            byCreator.put(creatorId, CreatorHistories.page(page, query.order(), more));
        }
        return new VideosFound(byCreator);
    }

    /** Each video's latest observation, one row per video read off its key (not its whole history). */
    @QueryHandler
    public LatestVideoObservationsFound handle(FindLatestVideoObservations query) {
        Table<?> ids = DSL.unnest(query.videoIds().toArray(String[]::new)).as("ids", "id");
        Table<Record> latest = select(FACT_VIDEO_SNAPSHOT.fields())
                .from(FACT_VIDEO_SNAPSHOT)
                .where(FACT_VIDEO_SNAPSHOT.VIDEO_ID.eq(ids.field("id", String.class)))
                .orderBy(
                        FACT_VIDEO_SNAPSHOT.CAPTURED_AT.desc(),
                        ScrapeOrder.of(FACT_VIDEO_SNAPSHOT.SCRAPE_ID).desc())
                .limit(1)
                .asTable("latest");
        Map<String, VideoObservationPoint> byVideo = new HashMap<>();
        sql.select(latest.fields()).from(ids).crossJoin(lateral(latest)).forEach(row -> {
            FactVideoSnapshotRecord observation = row.into(FACT_VIDEO_SNAPSHOT);
            byVideo.put(observation.getVideoId(), CreatorHistories.observationPoint(observation));
        });
        return new LatestVideoObservationsFound(byVideo);
    }

    @QueryHandler
    public VideoDetailsFound handle(FindVideoDetails query) {
        Map<String, List<VideoObservationPoint>> observations = empty(query.videoIds());
        sql.selectFrom(FACT_VIDEO_SNAPSHOT)
                .where(FACT_VIDEO_SNAPSHOT.VIDEO_ID.in(query.videoIds()))
                .orderBy(
                        FACT_VIDEO_SNAPSHOT.VIDEO_ID,
                        FACT_VIDEO_SNAPSHOT.CAPTURED_AT,
                        ScrapeOrder.of(FACT_VIDEO_SNAPSHOT.SCRAPE_ID))
                .forEach(o -> observations.get(o.getVideoId()).add(CreatorHistories.observationPoint(o)));
        Map<String, List<VideoSeriesPoint>> series = empty(query.videoIds());
        sql.selectFrom(VIDEO_ENGAGEMENT_SERIES)
                .where(VIDEO_ENGAGEMENT_SERIES.VIDEO_ID.in(query.videoIds()))
                .orderBy(VIDEO_ENGAGEMENT_SERIES.VIDEO_ID, VIDEO_ENGAGEMENT_SERIES.CAPTURED_AT)
                .forEach(s -> series.get(s.getVideoId())
                        .add(new VideoSeriesPoint(
                                s.getCapturedAt().toInstant(),
                                s.getAgeHours(),
                                s.getViews(),
                                s.getLikes(),
                                s.getComments(),
                                s.getShares(),
                                s.getViewsDelta(),
                                s.getViewsPerHour(),
                                s.getEngagementRate(),
                                s.getRounded())));
        Map<String, List<VelocityPoint>> velocity = empty(query.videoIds());
        sql.selectFrom(VIDEO_VELOCITY)
                .where(VIDEO_VELOCITY.VIDEO_ID.in(query.videoIds()))
                .forEach(v -> velocity.get(v.getVideoId())
                        .add(new VelocityPoint(
                                v.getAge(),
                                v.getViews(),
                                v.getInterpolated(),
                                v.getRounded(),
                                v.getCreatorLowerQuartile(),
                                v.getCreatorMedian(),
                                v.getCreatorUpperQuartile(),
                                v.getMedianSample(),
                                v.getOutlierScore())));
        velocity.values().forEach(points -> points.sort(Comparator.comparingInt(p -> ageOrder(p.age()))));
        return new VideoDetailsFound(observations, series, velocity);
    }

    private static int ageOrder(String label) {
        for (VelocityAge age : VelocityAge.values()) {
            if (age.label().equals(label)) {
                return age.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static <T> Map<String, List<T>> empty(List<String> ids) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        ids.forEach(id -> map.put(id, new ArrayList<>()));
        return map;
    }
}
