package com.creatorcompass.recommend.features;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TF-IDF over creators (docs/recommendations.md, "Topic profile"): a creator is a document, the
 * term frequency of t is the share of its videos carrying t, and idf(t) = ln((1 + N) / (1 + df(t)))
 * over N creators, df(t) of which use t — so a term every creator uses weighs nothing.
 */
public final class TopicModel {

    private final int creators;
    private final Map<String, Integer> documentFrequency;

    private TopicModel(int creators, Map<String, Integer> documentFrequency) {
        this.creators = creators;
        this.documentFrequency = documentFrequency;
    }

    /** Term shares per creator: for each term, the share of the creator's videos that carry it. */
    public static Map<String, Double> shares(List<Set<String>> videoTerms) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Set<String> terms : videoTerms) {
            terms.forEach(term -> shares.merge(term, 1.0, Double::sum));
        }
        shares.replaceAll((term, count) -> count / videoTerms.size());
        return shares;
    }

    public static TopicModel of(Iterable<Map<String, Double>> creatorShares) {
        Map<String, Integer> df = new HashMap<>();
        int n = 0;
        for (Map<String, Double> shares : creatorShares) {
            n++;
            shares.keySet().forEach(term -> df.merge(term, 1, Integer::sum));
        }
        return new TopicModel(n, df);
    }

    public double idf(String term) {
        return Math.log((1.0 + creators) / (1.0 + documentFrequency.getOrDefault(term, 0)));
    }

    public TopicVector vector(Map<String, Double> shares) {
        Map<String, Double> weights = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> term : shares.entrySet()) {
            double weight = term.getValue() * idf(term.getKey());
            if (weight > 0) {
                weights.put(term.getKey(), weight);
                norm += weight * weight;
            }
        }
        double length = Math.sqrt(norm);
        weights.replaceAll((term, weight) -> weight / length);
        return weights.isEmpty() ? TopicVector.EMPTY : new TopicVector(weights);
    }
}
