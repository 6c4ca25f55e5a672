package com.creatorcompass.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The statistics the recommender's definitions use, each written once. */
public final class Stats {

    private Stats() {
    }

    /** The middle value of the sorted values, or the mean of the two middle ones; null for none. */
    public static Double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * The one-sided sign test's confidence that {@code hits} of {@code trials} beat a coin flip:
     * 1 − P(X ≥ hits) for X ~ Binomial(trials, ½). 7 of 9 → 1 − 46/512 = 0.910.
     */
    public static double signTestConfidence(int hits, int trials) {
        if (trials == 0) {
            return 0;
        }
        double tail = 0;
        double combinations = 1; // C(trials, 0)
        for (int k = 0; k <= trials; k++) {
            if (k >= hits) {
                tail += combinations;
            }
            combinations = combinations * (trials - k) / (k + 1);
        }
        return 1 - tail / Math.pow(2, trials);
    }
}
