package com.creatorcompass.recommend.similar;

import com.creatorcompass.contracts.query.InvalidQueryException;
import com.creatorcompass.contracts.recommend.CreatorFilter;
import com.creatorcompass.contracts.recommend.FindSimilarCreators;
import com.creatorcompass.contracts.recommend.ScoreComponent;
import com.creatorcompass.contracts.recommend.SimilarCreator;
import com.creatorcompass.contracts.recommend.SimilarCreatorsFound;
import com.creatorcompass.recommend.features.CreatorFeatures;
import com.creatorcompass.recommend.features.FeatureCache;
import com.creatorcompass.recommend.features.FeatureIndex;
import com.creatorcompass.recommend.features.TopicModel;
import com.creatorcompass.recommend.features.TopicVector;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;

/** Similar creators: every tracked creator scored against the anchor (or the niches), filtered, best first. */
public class SimilarCreatorsReads {

    public static final int MAX_RESULTS = 100;

    private final FeatureCache features;

    public SimilarCreatorsReads(FeatureCache features) {
        this.features = features;
    }

    @QueryHandler
    public SimilarCreatorsFound handle(FindSimilarCreators query) {
        if (query.first() < 1 || query.first() > MAX_RESULTS) {
            throw new InvalidQueryException("first must be between 1 and " + MAX_RESULTS + ", was " + query.first());
        }
        FeatureIndex index = features.current();
        return rank(index, query, query.handle() == null ? Optional.empty() : index.byHandle(query.handle()));
    }

    static SimilarCreatorsFound rank(FeatureIndex index, FindSimilarCreators query, Optional<CreatorFeatures> anchor) {
        Audience audience = Audience.of(query.audience());
        if (query.handle() != null ? anchor.isEmpty() : audience.niches().isEmpty()) {
            return new SimilarCreatorsFound(false, 0, List.of());
        }
        TopicVector niches = anchor.isPresent() ? TopicVector.EMPTY : nicheVector(index.model(), audience.niches());
        Reasons reasons = query.ownAccount() || query.handle() == null
                ? Reasons.forOwnAccount()
                : Reasons.against(query.handle());
        Set<String> excluded = new HashSet<>(query.excludedHandles());
        anchor.ifPresent(a -> excluded.add(a.handle()));
        List<CreatorFeatures> candidates = index.creators().stream()
                .filter(c -> !excluded.contains(c.handle()) && passes(c, query.filter()))
                .toList();
        List<SimilarCreator> ranked = candidates.stream()
                .map(c -> anchor.map(a -> scored(a, c, audience, reasons))
                        .orElseGet(() -> scoredByNiches(niches, c, audience)))
                .sorted(Comparator.comparingDouble(SimilarCreator::score)
                        .reversed()
                        .thenComparing(SimilarCreator::handle))
                .limit(query.first())
                .toList();
        return new SimilarCreatorsFound(true, candidates.size(), ranked);
    }

    /** The user's niches as a document: each niche as a hashtag and as a word, weighted by idf. */
    static TopicVector nicheVector(TopicModel model, List<String> niches) {
        Map<String, Double> shares = new LinkedHashMap<>();
        niches.forEach(niche -> {
            shares.put("#" + niche, 1.0);
            shares.put(niche, 1.0);
        });
        return model.vector(shares);
    }

    static boolean passes(CreatorFeatures creator, CreatorFilter filter) {
        return (filter.regions().isEmpty()
                        || creator.region() != null && filter.regions().contains(creator.region()))
                && (filter.languages().isEmpty()
                        || creator.language() != null && filter.languages().contains(creator.language()))
                && (filter.minFollowers() == null || creator.followers() >= filter.minFollowers())
                && (filter.maxFollowers() == null || creator.followers() <= filter.maxFollowers())
                && (filter.minEngagementRate() == null
                        || creator.engagementRate() != null && creator.engagementRate() >= filter.minEngagementRate());
    }

    private static SimilarCreator scored(
            CreatorFeatures anchor, CreatorFeatures candidate, Audience audience, Reasons reasons) {
        List<ScoreComponent> components = Similarity.against(anchor, candidate, audience);
        List<String> shared = anchor.topics().sharedTerms(candidate.topics(), Reasons.SHARED_TOPICS_SHOWN);
        return creator(candidate, components, shared, reasons.similar(anchor, candidate, shared, audience));
    }

    private static SimilarCreator scoredByNiches(TopicVector niches, CreatorFeatures candidate, Audience audience) {
        List<ScoreComponent> components = Similarity.againstNiches(niches, candidate, audience);
        List<String> shared = niches.sharedTerms(candidate.topics(), Reasons.SHARED_TOPICS_SHOWN);
        return creator(candidate, components, shared, Reasons.forNiches(candidate, audience));
    }

    private static SimilarCreator creator(
            CreatorFeatures c, List<ScoreComponent> components, List<String> shared, List<String> reasons) {
        return new SimilarCreator(
                c.creatorId(),
                c.handle(),
                c.nickname(),
                c.followers(),
                c.tier(),
                c.region(),
                c.language(),
                c.engagementRate(),
                c.followersGrowth28d(),
                c.videosPerWeek(),
                c.medianDurationSeconds(),
                Similarity.score(components),
                components,
                shared,
                reasons);
    }
}
