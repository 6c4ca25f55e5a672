package com.creatorcompass.recommend;

/** The recommender's own statistic; the median and quantiles are contracts' {@code Medians}. */
public final class Stats {

    private Stats() {}

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
