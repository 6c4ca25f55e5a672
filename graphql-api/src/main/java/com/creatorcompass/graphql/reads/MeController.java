package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The GraphQL {@code Me}: the caller's creators through the creators batch loader. */
@Controller
@SchemaMapping(typeName = "Me")
public class MeController {

    @SchemaMapping
    public CompletableFuture<List<CreatorNode>> trackedCreators(
            MeView me, DataLoader<Loaders.CreatorKey, CreatorKpis> creators) {
        return creatorsOf(me.trackedHandles(), creators);
    }

    @SchemaMapping
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
