package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.Precision;
import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import com.creatorcompass.contracts.query.EngagementKpis;
import com.creatorcompass.contracts.query.Granularity;
import com.creatorcompass.contracts.query.GrowthKpis;
import com.creatorcompass.contracts.query.GrowthPoint;
import com.creatorcompass.contracts.query.VelocityPoint;
import com.creatorcompass.contracts.query.VideoObservationPoint;
import com.creatorcompass.contracts.query.VideoPage;
import com.creatorcompass.contracts.query.VideoSeriesPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Nested fields. Every list below a parent goes through a batch loader: one query per level, not per parent. */
@Controller
public class FieldController {

    /** Growth projections: docs/metrics.md "Growth" (28-day least-squares trend, extended linearly). */
    static final String PROJECTION_METHOD = "linear extension of the 28-day least-squares follower trend";

    /** Deprecated in the schema: {@code precision} says which of ROUNDED and AT_LEAST "not exact" is. */
    @SchemaMapping(typeName = "Count")
    public boolean exact(Count count) {
        return count.precision() == Precision.EXACT;
    }

    /** Deprecated in the schema: an observation's event time is {@code capturedAt} everywhere. */
    @SchemaMapping(typeName = "Creator")
    public Instant observedAt(CreatorNode creator) {
        return creator.capturedAt();
    }

    @SchemaMapping(typeName = "GrowthKpis")
    public String projectionMethod(GrowthKpis growth) {
        return PROJECTION_METHOD;
    }

    @SchemaMapping(typeName = "Creator")
    public CompletableFuture<List<GrowthPoint>> growth(
            CreatorNode creator,
            @Argument LocalDate from,
            @Argument LocalDate to,
            @Argument Granularity granularity,
            DataLoader<Loaders.GrowthKey, List<GrowthPoint>> growth) {
        LocalDate end = to == null ? creator.lastDay() : to;
        LocalDate start = from == null ? end.minusDays(364) : from;
        Arguments.range(start, end);
        return growth.load(new Loaders.GrowthKey(creator.id(), start, end, granularity));
    }

    @SchemaMapping(typeName = "Creator")
    public CompletableFuture<List<EngagementKpis>> engagement(
            CreatorNode creator,
            @Argument LocalDate from,
            @Argument LocalDate to,
            DataLoader<Loaders.EngagementKey, List<EngagementKpis>> engagement) {
        LocalDate end = to == null ? creator.lastDay() : to;
        LocalDate start = from == null ? end.minusDays(89) : from;
        Arguments.range(start, end);
        return engagement.load(new Loaders.EngagementKey(creator.id(), start, end));
    }

    @SchemaMapping(typeName = "Creator")
    public CompletableFuture<Connections.Connection<VideoNode>> latestVideos(
            CreatorNode creator,
            @Argument Integer first,
            @Argument String orderBy,
            DataLoader<Loaders.VideosKey, VideoPage> firstVideos) {
        return firstVideos
                .load(new Loaders.VideosKey(creator.id(), Arguments.order(orderBy), Arguments.page(first)))
                .thenApply(page -> Connections.videos(page, creator.handle()));
    }

    @SchemaMapping(typeName = "Video")
    public CompletableFuture<VideoObservationPoint> lastObservation(
            VideoNode video, DataLoader<String, Loaders.VideoDetails> videoDetails) {
        return videoDetails
                .load(video.id())
                .thenApply(d -> d.observations().isEmpty()
                        ? null
                        : d.observations().get(d.observations().size() - 1));
    }

    @SchemaMapping(typeName = "Video")
    public CompletableFuture<List<VideoObservationPoint>> observations(
            VideoNode video, DataLoader<String, Loaders.VideoDetails> videoDetails) {
        return videoDetails.load(video.id()).thenApply(Loaders.VideoDetails::observations);
    }

    @SchemaMapping(typeName = "Video")
    public CompletableFuture<List<VideoSeriesPoint>> engagementSeries(
            VideoNode video, DataLoader<String, Loaders.VideoDetails> videoDetails) {
        return videoDetails.load(video.id()).thenApply(Loaders.VideoDetails::series);
    }

    @SchemaMapping(typeName = "Video")
    public CompletableFuture<List<VelocityPoint>> velocity(
            VideoNode video, DataLoader<String, Loaders.VideoDetails> videoDetails) {
        return videoDetails.load(video.id()).thenApply(Loaders.VideoDetails::velocity);
    }

    @SchemaMapping(typeName = "Me")
    public CompletableFuture<List<CreatorNode>> trackedCreators(
            MeView me, DataLoader<Loaders.CreatorKey, CreatorKpis> creators) {
        return creatorsOf(me.trackedHandles(), creators);
    }

    @SchemaMapping(typeName = "Me")
    public CompletableFuture<List<CreatorNode>> competitors(
            MeView me, DataLoader<Loaders.CreatorKey, CreatorKpis> creators) {
        return creatorsOf(me.competitorHandles(), creators);
    }

    private static CompletableFuture<List<CreatorNode>> creatorsOf(
            List<String> handles, DataLoader<Loaders.CreatorKey, CreatorKpis> creators) {
        return creators.loadMany(handles.stream()
                        .map(handle -> new Loaders.CreatorKey(handle, AsOf.NOW))
                        .toList())
                .thenApply(found -> found.stream()
                        .filter(Objects::nonNull)
                        .map(kpis -> CreatorNode.of(kpis, AsOf.NOW))
                        .toList());
    }
}
