package com.creatorcompass.recommend.features;

import com.creatorcompass.contracts.metric.Medians;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Creator rows and their videos → features (docs/recommendations.md, "Creator features"). */
public final class FeatureBuilder {

    /** Topic profiles, typical length: the videos posted in the 12 weeks up to the creator's latest observation. */
    public static final Duration TOPIC_WINDOW = Duration.ofDays(84);
    /** Cadence: videos posted in the 4 weeks up to the latest observation, per week. */
    public static final Duration CADENCE_WINDOW = Duration.ofDays(28);

    private FeatureBuilder() {}

    public static FeatureIndex build(List<CreatorRow> creators, List<VideoRow> videos) {
        Map<String, List<VideoRow>> byCreator = videos.stream().collect(Collectors.groupingBy(VideoRow::creatorId));
        Map<CreatorRow, List<VideoRow>> windows = new LinkedHashMap<>();
        Map<CreatorRow, Map<String, Double>> shares = new LinkedHashMap<>();
        for (CreatorRow creator : creators) {
            List<VideoRow> window = byCreator.getOrDefault(creator.creatorId(), List.of()).stream()
                    .filter(v -> v.postedAt() != null
                            && !v.postedAt().isBefore(creator.lastSeenAt().minus(TOPIC_WINDOW)))
                    .toList();
            windows.put(creator, window);
            List<Set<String>> terms = window.stream()
                    .map(v -> Terms.of(v.caption(), v.hashtags()))
                    .toList();
            shares.put(creator, terms.isEmpty() ? Map.of() : TopicModel.shares(terms));
        }
        TopicModel model = TopicModel.of(shares.values());
        List<CreatorFeatures> features = new ArrayList<>();
        for (CreatorRow creator : creators) {
            List<VideoRow> window = windows.get(creator);
            long recent = window.stream()
                    .filter(v -> !v.postedAt().isBefore(creator.lastSeenAt().minus(CADENCE_WINDOW)))
                    .count();
            List<Double> durations = window.stream()
                    .map(VideoRow::durationSeconds)
                    .filter(Objects::nonNull)
                    .map(Integer::doubleValue)
                    .toList();
            Double medianDuration = Medians.of(durations);
            features.add(new CreatorFeatures(
                    creator.creatorId(),
                    creator.handle(),
                    creator.nickname(),
                    creator.followers(),
                    creator.tier(),
                    creator.region(),
                    creator.language(),
                    creator.engagementRate(),
                    creator.followersGrowth28d(),
                    recent / 4.0,
                    medianDuration == null ? null : (int) Math.round(medianDuration),
                    window.size(),
                    shares.get(creator),
                    model.vector(shares.get(creator))));
        }
        return new FeatureIndex(features, model);
    }
}
