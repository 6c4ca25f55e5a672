package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import com.creatorcompass.contracts.recommend.CreatorFilter;
import com.creatorcompass.contracts.recommend.FindInsights;
import com.creatorcompass.contracts.recommend.FindSimilarCreators;
import com.creatorcompass.contracts.recommend.Insight;
import com.creatorcompass.contracts.recommend.InsightReport;
import com.creatorcompass.contracts.recommend.ScoreComponent;
import com.creatorcompass.contracts.recommend.SimilarCreator;
import com.creatorcompass.contracts.recommend.SimilarCreatorsFound;
import com.creatorcompass.graphql.errors.ApiException;
import com.creatorcompass.graphql.security.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Recommendations and insights. {@code recommendations} is the caller's own: their linked account,
 * audience and competitors come from their account, found by the id in their token.
 */
@Controller
public class RecommendationController {

    private final QueryGateway queries;
    private final OwnAccount accounts;

    public RecommendationController(QueryGateway queries, OwnAccount accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    /** What the caller lacks for recommendations: a linked account (or its first observation), niches. */
    public record RecommendationsView(String basedOn, List<String> missing, List<SimilarCreator> creators) {}

    @QueryMapping
    public CompletableFuture<RecommendationsView> recommendations(
            @Argument Integer first, @Argument Map<String, Object> filter, Authentication authentication) {
        int size = Arguments.page(first);
        CreatorFilter limits = Arguments.creatorFilter(filter);
        return accounts.meAsync(SignedInUser.of(authentication)).thenCompose(me -> {
            List<String> excluded = new ArrayList<>(me.competitorHandles());
            boolean niches = !me.audience().niches().isEmpty();
            if (me.tiktokHandle() == null) {
                return byNiches(me, excluded, limits, size, niches, List.of("LINK_TIKTOK_ACCOUNT"));
            }
            excluded.add(me.tiktokHandle());
            return similar(new FindSimilarCreators(me.tiktokHandle(), true, me.audience(), excluded, limits, size))
                    .thenCompose(found -> found.anchorKnown()
                            ? CompletableFuture.completedFuture(
                                    new RecommendationsView(me.tiktokHandle(), List.of(), found.creators()))
                            : byNiches(me, excluded, limits, size, niches, List.of("FIRST_OBSERVATION")));
        });
    }

    @QueryMapping
    public CompletableFuture<List<SimilarCreator>> similarCreators(
            @Argument String handle, @Argument Integer first, @Argument Map<String, Object> filter) {
        String canonical = HandleArgument.canonical(handle);
        return similar(new FindSimilarCreators(
                        canonical, false, null, List.of(), Arguments.creatorFilter(filter), Arguments.page(first)))
                .thenApply(found -> {
                    if (!found.anchorKnown()) {
                        throw ApiException.notFound("@" + canonical + " is not tracked or not observed yet");
                    }
                    return found.creators();
                });
    }

    @QueryMapping
    public CompletableFuture<InsightReport> insights(@Argument String handle) {
        String canonical = HandleArgument.canonical(handle);
        return queries.query(new FindInsights(canonical), ResponseTypes.optionalInstanceOf(InsightReport.class))
                .thenApply(found -> found.orElseThrow(
                        () -> ApiException.notFound("@" + canonical + " is not tracked or not observed yet")));
    }

    @SchemaMapping(typeName = "SimilarCreator")
    public CompletableFuture<CreatorNode> creator(
            SimilarCreator similar, DataLoader<Loaders.CreatorKey, CreatorKpis> creators) {
        return creators.load(new Loaders.CreatorKey(similar.handle(), AsOf.NOW))
                .thenApply(kpis -> kpis == null ? null : CreatorNode.now(kpis));
    }

    @SchemaMapping(typeName = "Insight")
    public double confidence(Insight insight) {
        return insight.backtest().confidence();
    }

    @SchemaMapping(typeName = "SimilarCreator")
    public List<ScoreComponent> scoreBreakdown(SimilarCreator similar) {
        return similar.components();
    }

    private CompletableFuture<RecommendationsView> byNiches(
            MeView me, List<String> excluded, CreatorFilter limits, int size, boolean niches, List<String> missing) {
        if (!niches) {
            List<String> all = new ArrayList<>(missing);
            all.add("SET_NICHES");
            return CompletableFuture.completedFuture(new RecommendationsView(null, all, List.of()));
        }
        return similar(new FindSimilarCreators(null, true, me.audience(), excluded, limits, size))
                .thenApply(found -> new RecommendationsView(null, missing, found.creators()));
    }

    private CompletableFuture<SimilarCreatorsFound> similar(FindSimilarCreators query) {
        return queries.query(query, ResponseTypes.instanceOf(SimilarCreatorsFound.class));
    }
}
