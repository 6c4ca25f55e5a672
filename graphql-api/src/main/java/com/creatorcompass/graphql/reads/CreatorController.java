package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.EngagementKpis;
import com.creatorcompass.contracts.query.Granularity;
import com.creatorcompass.contracts.query.GrowthPoint;
import com.creatorcompass.contracts.query.VideoPage;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL {@code Creator}: its series and videos, each through a batch loader (one query per level, not per creator). */
@Controller
@SchemaMapping(typeName = "Creator")
public class CreatorController {

    /** Deprecated in the schema: an observation's event time is {@code capturedAt} everywhere. */
    @SchemaMapping
    public Instant observedAt(CreatorNode creator) {
        return creator.kpis().profile() == null
                ? null
                : creator.kpis().profile().capturedAt();
    }

    @SchemaMapping
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

    @SchemaMapping
    public CompletableFuture<GrowthColumns> growthColumns(
            CreatorNode creator,
            @Argument LocalDate from,
            @Argument LocalDate to,
            @Argument Granularity granularity,
            DataLoader<Loaders.GrowthKey, List<GrowthPoint>> growth) {
        return growth(creator, from, to, granularity, growth).thenApply(GrowthColumns::of);
    }

    @SchemaMapping
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

    @SchemaMapping
    public CompletableFuture<Connections.Connection<VideoNode>> latestVideos(
            CreatorNode creator,
            @Argument Integer first,
            @Argument String orderBy,
            DataFetchingEnvironment environment,
            DataLoader<Loaders.VideosKey, VideoPage> firstVideos) {
        return firstVideos
                .load(new Loaders.VideosKey(
                        creator.id(),
                        Arguments.order(orderBy),
                        Arguments.page(first),
                        Selections.selects(environment, "edges", "node", "hashtags")))
                .thenApply(page -> Connections.videos(page, creator.handle()));
    }
}
