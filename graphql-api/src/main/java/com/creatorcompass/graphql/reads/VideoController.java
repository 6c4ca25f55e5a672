package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.VelocityPoint;
import com.creatorcompass.contracts.query.VideoObservationPoint;
import com.creatorcompass.contracts.query.VideoSeriesPoint;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL {@code Video}: its observations, series and velocity through one batch loader. */
@Controller
@SchemaMapping(typeName = "Video")
public class VideoController {

    @SchemaMapping
    public CompletableFuture<VideoObservationPoint> lastObservation(
            VideoNode video, DataLoader<String, Loaders.VideoDetails> videoDetails) {
        return videoDetails
                .load(video.id())
                .thenApply(d -> d.observations().isEmpty()
                        ? null
                        : d.observations().get(d.observations().size() - 1));
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
