package com.creatorcompass.graphql.reads;

import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorKpis;
import com.creatorcompass.contracts.query.CreatorsFound;
import com.creatorcompass.contracts.query.EngagementFound;
import com.creatorcompass.contracts.query.EngagementKpis;
import com.creatorcompass.contracts.query.FindCreators;
import com.creatorcompass.contracts.query.FindEngagement;
import com.creatorcompass.contracts.query.FindFirstVideos;
import com.creatorcompass.contracts.query.FindGrowth;
import com.creatorcompass.contracts.query.FindLatestVideoObservations;
import com.creatorcompass.contracts.query.FindVideoDetails;
import com.creatorcompass.contracts.query.Granularity;
import com.creatorcompass.contracts.query.GrowthFound;
import com.creatorcompass.contracts.query.GrowthPoint;
import com.creatorcompass.contracts.query.LatestVideoObservationsFound;
import com.creatorcompass.contracts.query.VideoDetailsFound;
import com.creatorcompass.contracts.query.VideoObservationPoint;
import com.creatorcompass.contracts.query.VideoOrder;
import com.creatorcompass.contracts.query.VideoPage;
import com.creatorcompass.contracts.query.VideosFound;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every nested list is loaded in batches: the keys a request collects at one level become one
 * query per distinct argument set (keys are (parent, arguments), so filtered children batch too).
 * A field finds its loader by its parameter's name: name the parameter after the loader.
 */
@Component
public class Loaders {

    static final String CREATORS = "creators";
    static final String GROWTH = "growth";
    static final String ENGAGEMENT = "engagement";
    static final String FIRST_VIDEOS = "firstVideos";
    static final String VIDEO_DETAILS = "videoDetails";
    static final String LATEST_OBSERVATIONS = "latestObservations";

    record CreatorKey(String handle, AsOf asOf) {}

    record GrowthKey(String creatorId, LocalDate from, LocalDate to, Granularity granularity) {}

    record EngagementKey(String creatorId, LocalDate from, LocalDate to) {}

    /** {@code withHashtags}: whether the query shows the videos' hashtags (reading them is not free). */
    record VideosKey(String creatorId, VideoOrder order, int first, boolean withHashtags) {}

    /** A video's observations, engagement series and velocity, loaded together. */
    record VideoDetails(
            List<VideoObservationPoint> observations,
            List<com.creatorcompass.contracts.query.VideoSeriesPoint> series,
            List<com.creatorcompass.contracts.query.VelocityPoint> velocity) {}

    public Loaders(BatchLoaderRegistry registry, QueryGateway queries) {
        registry.<CreatorKey, CreatorKpis>forName(CREATORS)
                .registerMappedBatchLoader((keys, environment) -> grouped(
                        keys,
                        CreatorKey::asOf,
                        (asOf, group) -> Mono.fromFuture(queries.query(
                                        new FindCreators(
                                                group.stream()
                                                        .map(CreatorKey::handle)
                                                        .toList(),
                                                asOf),
                                        ResponseTypes.instanceOf(CreatorsFound.class)))
                                .map(found -> {
                                    Map<String, CreatorKpis> byHandle = found.creators().stream()
                                            .collect(Collectors.toMap(CreatorKpis::handle, Function.identity()));
                                    Map<CreatorKey, CreatorKpis> result = new HashMap<>();
                                    group.forEach(key -> {
                                        CreatorKpis kpis = byHandle.get(HandleArgument.canonical(key.handle()));
                                        if (kpis != null) {
                                            result.put(key, kpis);
                                        }
                                    });
                                    return result;
                                })));
        registry.<GrowthKey, List<GrowthPoint>>forName(GROWTH)
                .registerMappedBatchLoader((keys, environment) -> grouped(
                        keys,
                        key -> new GrowthKey(null, key.from(), key.to(), key.granularity()),
                        (range, group) -> Mono.fromFuture(queries.query(
                                        new FindGrowth(
                                                group.stream()
                                                        .map(GrowthKey::creatorId)
                                                        .toList(),
                                                range.from(),
                                                range.to(),
                                                range.granularity()),
                                        ResponseTypes.instanceOf(GrowthFound.class)))
                                .map(found -> group.stream()
                                        .collect(Collectors.toMap(
                                                Function.identity(),
                                                key -> found.byCreator().getOrDefault(key.creatorId(), List.of()))))));
        registry.<EngagementKey, List<EngagementKpis>>forName(ENGAGEMENT)
                .registerMappedBatchLoader((keys, environment) -> grouped(
                        keys,
                        key -> new EngagementKey(null, key.from(), key.to()),
                        (range, group) -> Mono.fromFuture(queries.query(
                                        new FindEngagement(
                                                group.stream()
                                                        .map(EngagementKey::creatorId)
                                                        .toList(),
                                                range.from(),
                                                range.to()),
                                        ResponseTypes.instanceOf(EngagementFound.class)))
                                .map(found -> group.stream()
                                        .collect(Collectors.toMap(
                                                Function.identity(),
                                                key -> found.byCreator().getOrDefault(key.creatorId(), List.of()))))));
        registry.<VideosKey, VideoPage>forName(FIRST_VIDEOS)
                .registerMappedBatchLoader((keys, environment) -> grouped(
                        keys,
                        key -> new VideosKey(null, key.order(), key.first(), key.withHashtags()),
                        (page, group) -> Mono.fromFuture(queries.query(
                                        new FindFirstVideos(
                                                group.stream()
                                                        .map(VideosKey::creatorId)
                                                        .toList(),
                                                page.order(),
                                                page.first(),
                                                page.withHashtags()),
                                        ResponseTypes.instanceOf(VideosFound.class)))
                                .map(found -> group.stream()
                                        .collect(Collectors.toMap(
                                                Function.identity(),
                                                key -> found.byCreator().get(key.creatorId()))))));
        registry.<String, VideoObservationPoint>forName(LATEST_OBSERVATIONS)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromFuture(queries.query(
                                new FindLatestVideoObservations(List.copyOf(ids)),
                                ResponseTypes.instanceOf(LatestVideoObservationsFound.class)))
                        .map(LatestVideoObservationsFound::latest));
        registry.<String, VideoDetails>forName(VIDEO_DETAILS)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromFuture(queries.query(
                                new FindVideoDetails(List.copyOf(ids)),
                                ResponseTypes.instanceOf(VideoDetailsFound.class)))
                        .map(found -> ids.stream()
                                .collect(Collectors.toMap(
                                        Function.identity(),
                                        id -> new VideoDetails(
                                                found.observations().getOrDefault(id, List.of()),
                                                found.series().getOrDefault(id, List.of()),
                                                found.velocity().getOrDefault(id, List.of()))))));
    }

    /** One query per group of keys that share their arguments; the answers merged into one map. */
    private static <K, G, V> Mono<Map<K, V>> grouped(
            Set<K> keys, Function<K, G> groupOf, java.util.function.BiFunction<G, List<K>, Mono<Map<K, V>>> load) {
        Map<G, List<K>> groups = keys.stream().collect(Collectors.groupingBy(groupOf));
        return Flux.fromIterable(groups.entrySet())
                .flatMap(group -> load.apply(group.getKey(), group.getValue()))
                .collect(HashMap::new, Map::putAll);
    }
}
