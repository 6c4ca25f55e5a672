package com.creatorcompass.recommend.features;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A creator's topic profile: TF-IDF weights of its terms, scaled to unit length. */
public record TopicVector(Map<String, Double> weights) {

    public static final TopicVector EMPTY = new TopicVector(Map.of());

    public TopicVector {
        weights = Map.copyOf(weights);
    }

    public double weight(String term) {
        return weights.getOrDefault(term, 0.0);
    }

    /** Cosine similarity: both are unit vectors (or empty), so the dot product. */
    public double cosine(TopicVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> term : small.entrySet()) {
            dot += term.getValue() * large.getOrDefault(term.getKey(), 0.0);
        }
        return Math.min(1.0, dot);
    }

    /** The terms that add most to the cosine with {@code other}, largest first (ties by term). */
    public List<String> sharedTerms(TopicVector other, int limit) {
        return weights.keySet().stream()
                .filter(other.weights::containsKey)
                .sorted(Comparator.comparingDouble((String t) -> -weight(t) * other.weight(t))
                        .thenComparing(t -> t))
                .limit(limit)
                .toList();
    }
}
