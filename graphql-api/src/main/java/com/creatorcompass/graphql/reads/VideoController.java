package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.VelocityPoint;
import com.creatorcompass.contracts.query.VideoObservationPoint;
import com.creatorcompass.contracts.query.VideoSeriesPoint;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL {@code Video}: its latest observation through one batch loader, its history, series and velocity through another. */
@Controller
@SchemaMapping(typeName = "Video")
public class VideoController {

    /** The latest observation alone: one row per video, not its history (docs/architecture.md, the GraphQL API). */
    @SchemaMapping
    public CompletableFuture<VideoObservationPoint> lastObservation(
            VideoNode video, DataLoader<String, VideoObservationPoint> latestObservations) {
        return latestObservations.load(video.id());
    }

    @SchemaMapping
    public CompletableFuture<List<VideoObservationPoint>> observations(
            VideoNode video, DataLoader<String, Loaders.VideoDetails> videoDetails) {
        return videoDetails.load(video.id()).thenApply(Loaders.VideoDetails::observations);
    }

    @SchemaMapping
    public CompletableFuture<List<VideoSeriesPoint>> engagementSeries(
            VideoNode video, DataLoader<String, Loaders.VideoDetails> videoDetails) {
        return videoDetails.load(video.id()).thenApply(Loaders.VideoDetails::series);
    }

    @SchemaMapping
    public CompletableFuture<List<VelocityPoint>> velocity(
            VideoNode video, DataLoader<String, Loaders.VideoDetails> videoDetails) {
        return videoDetails.load(video.id()).thenApply(Loaders.VideoDetails::velocity);
    }
}
