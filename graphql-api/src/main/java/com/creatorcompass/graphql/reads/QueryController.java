package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.Handles;
import com.creatorcompass.contracts.metric.PostingTimes;
import com.creatorcompass.contracts.query.AlertPage;
import com.creatorcompass.contracts.query.AlertView;
import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import com.creatorcompass.contracts.query.CreatorsFound;
import com.creatorcompass.contracts.query.CreatorsMatched;
import com.creatorcompass.contracts.query.EngagementFound;
import com.creatorcompass.contracts.query.EngagementKpis;
import com.creatorcompass.contracts.query.FindAlerts;
import com.creatorcompass.contracts.query.FindCreators;
import com.creatorcompass.contracts.query.FindEngagement;
import com.creatorcompass.contracts.query.FindGrowth;
import com.creatorcompass.contracts.query.FindHashtagTrends;
import com.creatorcompass.contracts.query.FindVideo;
import com.creatorcompass.contracts.query.FindVideos;
import com.creatorcompass.contracts.query.Granularity;
import com.creatorcompass.contracts.query.GrowthFound;
import com.creatorcompass.contracts.query.GrowthPoint;
import com.creatorcompass.contracts.query.HashtagTrend;
import com.creatorcompass.contracts.query.HashtagTrendsFound;
import com.creatorcompass.contracts.query.SearchCreators;
import com.creatorcompass.contracts.query.VideoDetail;
import com.creatorcompass.contracts.query.VideoOrder;
import com.creatorcompass.contracts.query.VideoPage;
import com.creatorcompass.graphql.cache.CreatorsRead;
import com.creatorcompass.graphql.errors.ApiException;
import com.creatorcompass.graphql.security.SignedInUser;
import graphql.GraphQLContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The top-level reads. Analytics of tracked creators are open to every signed-in user; the account
 * and the alerts are always the caller's own (no argument names another user).
 */
@Controller
public class QueryController {

    private final QueryGateway queries;
    private final OwnAccount accounts;

    public QueryController(QueryGateway queries, OwnAccount accounts) {
        this.queries = queries;
        this.accounts = accounts;
    }

    @QueryMapping
    public CompletableFuture<MeView> me(Authentication authentication) {
        return accounts.meAsync(SignedInUser.of(authentication));
    }

    @QueryMapping
    public CompletableFuture<CreatorNode> creator(
            @Argument String handle,
            @Argument OffsetDateTime asOf,
            @Argument OffsetDateTime asOfKnowledge,
            DataLoader<Loaders.CreatorKey, CreatorKpis> creators,
            GraphQLContext context) {
        AsOf pointOfView = new AsOf(
                asOf == null ? null : asOf.toInstant(), asOfKnowledge == null ? null : asOfKnowledge.toInstant());
        String canonical = HandleArgument.canonical(handle);
        return creators.load(new Loaders.CreatorKey(canonical, pointOfView)).thenApply(kpis -> {
            if (kpis == null) {
                throw ApiException.notFound("@" + canonical + " is not tracked"
                        + (pointOfView.isNow() ? "" : " or was not observed by then"));
            }
            CreatorsRead.note(context, kpis.creatorId());
            return CreatorNode.of(kpis, pointOfView);
        });
    }

    @QueryMapping
    public CompletableFuture<List<GrowthPoint>> growth(
            @Argument String handle,
            @Argument LocalDate from,
            @Argument LocalDate to,
            @Argument Granularity granularity) {
        Arguments.range(from, to);
        return tracked(handle)
                .thenCompose(kpis -> queries.query(
                        new FindGrowth(List.of(kpis.creatorId()), from, to, granularity),
                        ResponseTypes.instanceOf(GrowthFound.class)))
                .thenApply(found -> found.byCreator().values().iterator().next());
    }

    @QueryMapping
    public CompletableFuture<List<EngagementKpis>> engagement(
            @Argument String handle, @Argument LocalDate from, @Argument LocalDate to) {
        Arguments.range(from, to);
        return tracked(handle)
                .thenCompose(kpis -> queries.query(
                        new FindEngagement(List.of(kpis.creatorId()), from, to),
                        ResponseTypes.instanceOf(EngagementFound.class)))
                .thenApply(found -> found.byCreator().values().iterator().next());
    }

    @QueryMapping
    public CompletableFuture<Connections.Connection<VideoNode>> videos(
            @Argument String handle,
            @Argument String orderBy,
            @Argument Integer first,
            @Argument String after,
            @Argument String hashtag) {
        String canonical = HandleArgument.canonical(handle);
        return queries.query(
                        new FindVideos(canonical, Arguments.order(orderBy), Arguments.page(first), after, hashtag),
                        ResponseTypes.instanceOf(VideoPage.class))
                .thenApply(page -> Connections.videos(page, canonical));
    }

    /** The heat map's numbers, computed here by the one definition so that no client restates it. */
    @QueryMapping
    public CompletableFuture<EngagementByPostingTime> engagementByPostingTime(
            @Argument String handle, @Argument Integer latest) {
        return queries.query(
                        new FindVideos(
                                HandleArgument.canonical(handle),
                                VideoOrder.POSTED_AT_DESC,
                                Arguments.page(latest),
                                null),
                        ResponseTypes.instanceOf(VideoPage.class))
                .thenApply(page -> new EngagementByPostingTime(
                        page.videos().size(),
                        PostingTimes.of(page.videos().stream()
                                .map(video -> new PostingTimes.Posted(
                                        video.postedAt(),
                                        VideoNode.of(video, handle).engagementRate()))
                                .toList())));
    }

    /** {@code videosConsidered}: how many of the latest videos were looked at. */
    public record EngagementByPostingTime(int videosConsidered, List<PostingTimes.Cell> cells) {}

    @QueryMapping
    public CompletableFuture<VideoNode> video(@Argument String id) {
        return queries.query(new FindVideo(id), ResponseTypes.optionalInstanceOf(VideoDetail.class))
                .thenApply(found -> found.map(detail -> VideoNode.of(detail.video(), detail.handle()))
                        .orElseThrow(() -> ApiException.notFound("no video " + id)));
    }

    @QueryMapping
    public CompletableFuture<List<HashtagTrend>> hashtagTrends(
            @Argument LocalDate from, @Argument LocalDate to, @Argument Integer first) {
        Arguments.range(from, to);
        return queries.query(
                        new FindHashtagTrends(from, to, Arguments.page(first)),
                        ResponseTypes.instanceOf(HashtagTrendsFound.class))
                .thenApply(HashtagTrendsFound::trends);
    }

    @QueryMapping
    public CompletableFuture<Connections.Connection<AlertView>> alerts(
            @Argument Integer first, @Argument String after, Authentication authentication) {
        SignedInUser user = SignedInUser.of(authentication);
        return queries.query(
                        new FindAlerts(user.id(), Arguments.page(first), after),
                        ResponseTypes.instanceOf(AlertPage.class))
                .thenApply(Connections::alerts);
    }

    @QueryMapping
    public CompletableFuture<List<CreatorNode>> compare(
            @Argument List<String> handles, DataLoader<Loaders.CreatorKey, CreatorKpis> creators) {
        if (handles.size() < 2 || handles.size() > 10) {
            throw ApiException.invalid("compare takes 2 to 10 handles, was " + handles.size());
        }
        List<Loaders.CreatorKey> keys = handles.stream()
                .map(HandleArgument::canonical)
                .distinct()
                .map(handle -> new Loaders.CreatorKey(handle, AsOf.NOW))
                .toList();
        return creators.loadMany(keys)
                .thenApply(found -> found.stream()
                        .filter(java.util.Objects::nonNull)
                        .map(kpis -> CreatorNode.of(kpis, AsOf.NOW))
                        .toList());
    }

    @QueryMapping
    public CompletableFuture<List<CreatorsMatched.Match>> searchCreators(
            @Argument String text, @Argument Integer first) {
        return queries.query(
                        new SearchCreators(text, first == null ? 8 : first),
                        ResponseTypes.instanceOf(CreatorsMatched.class))
                .thenApply(CreatorsMatched::matches);
    }

    @QueryMapping
    public String canonicalHandle(@Argument String text) {
        return Handles.isHandle(text) ? Handles.normalize(text) : null;
    }

    /** A top-level field's creator: asked directly (a loader chained behind another is never dispatched). */
    private CompletableFuture<CreatorKpis> tracked(String handle) {
        String canonical = HandleArgument.canonical(handle);
        return queries.query(
                        new FindCreators(List.of(canonical), AsOf.NOW), ResponseTypes.instanceOf(CreatorsFound.class))
                .thenApply(found -> found.creators().stream()
                        .findFirst()
                        .orElseThrow(() -> ApiException.notFound("@" + canonical + " is not tracked")));
    }
}
