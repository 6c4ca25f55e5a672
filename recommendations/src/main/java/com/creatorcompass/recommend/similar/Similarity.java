package com.creatorcompass.recommend.similar;

import com.creatorcompass.contracts.recommend.ScoreComponent;
import com.creatorcompass.recommend.features.CreatorFeatures;
import com.creatorcompass.recommend.features.TopicVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The similarity score (docs/recommendations.md, "Similarity"): a weighted sum of closeness on
 * topic, size, engagement, growth and audience, each 0 to 1. A component that cannot be computed
 * (a rate not known yet, no audience set) is left out and the others' weights are scaled to sum 1.
 */
final class Similarity {

    static final double TOPIC_WEIGHT = 0.5;
    static final double SIZE_WEIGHT = 0.15;
    static final double ENGAGEMENT_WEIGHT = 0.15;
    static final double GROWTH_WEIGHT = 0.1;
    static final double AUDIENCE_WEIGHT = 0.1;
    /** Growth rates this far apart (28-day, as fractions) are not close at all. */
    static final double GROWTH_SPAN = 0.10;

    private Similarity() {}

    /** 1 at the same size, ½ at 10× apart, 0 at 100× or more: 1 − |log10(a / b)| / 2. */
    static double sizeCloseness(long a, long b) {
        return Math.max(0, 1 - Math.abs(Math.log10(Math.max(a, 1)) - Math.log10(Math.max(b, 1))) / 2);
    }

    /** 1 at the same rate, ½ at 2× apart, 0 at 4× or more: 1 − |ln(a / b)| / ln 4; 0 when either is 0. */
    static double engagementCloseness(double a, double b) {
        if (a <= 0 || b <= 0) {
            return a == b ? 1 : 0;
        }
        return Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.log(4));
    }

    /** 1 at the same 28-day growth, 0 at {@link #GROWTH_SPAN} (10 percentage points) apart or more. */
    static double growthCloseness(double a, double b) {
        return Math.max(0, 1 - Math.abs(a - b) / GROWTH_SPAN);
    }

    /** Components of a candidate's score against an anchor creator. */
    static List<ScoreComponent> against(CreatorFeatures anchor, CreatorFeatures candidate, Audience audience) {
        List<ScoreComponent> parts = new ArrayList<>();
        parts.add(new ScoreComponent("TOPIC", anchor.topics().cosine(candidate.topics()), TOPIC_WEIGHT));
        parts.add(new ScoreComponent("SIZE", sizeCloseness(anchor.followers(), candidate.followers()), SIZE_WEIGHT));
        if (anchor.engagementRate() != null && candidate.engagementRate() != null) {
            parts.add(new ScoreComponent(
                    "ENGAGEMENT",
                    engagementCloseness(anchor.engagementRate(), candidate.engagementRate()),
                    ENGAGEMENT_WEIGHT));
        }
        if (anchor.followersGrowth28d() != null && candidate.followersGrowth28d() != null) {
            parts.add(new ScoreComponent(
                    "GROWTH",
                    growthCloseness(anchor.followersGrowth28d(), candidate.followersGrowth28d()),
                    GROWTH_WEIGHT));
        }
        audience.match(candidate).ifPresent(match -> parts.add(new ScoreComponent("AUDIENCE", match, AUDIENCE_WEIGHT)));
        return normalized(parts);
    }

    /** Components of a candidate's score against the user's niches alone (no account of theirs to compare with). */
    static List<ScoreComponent> againstNiches(TopicVector niches, CreatorFeatures candidate, Audience audience) {
        List<ScoreComponent> parts = new ArrayList<>();
        parts.add(new ScoreComponent("TOPIC", niches.cosine(candidate.topics()), TOPIC_WEIGHT));
        Optional<Double> places = audience.placesOnly().match(candidate);
        places.ifPresent(match -> parts.add(new ScoreComponent("AUDIENCE", match, AUDIENCE_WEIGHT)));
        return normalized(parts);
    }

    static double score(List<ScoreComponent> components) {
        return components.stream().mapToDouble(ScoreComponent::contribution).sum();
    }

    private static List<ScoreComponent> normalized(List<ScoreComponent> parts) {
        double total = parts.stream().mapToDouble(ScoreComponent::weight).sum();
        return parts.stream()
                .map(p -> new ScoreComponent(p.name(), p.similarity(), p.weight() / total))
                .toList();
    }
}
