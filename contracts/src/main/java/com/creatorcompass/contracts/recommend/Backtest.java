package com.creatorcompass.contracts.recommend;

/**
 * How an insight held week by week on the creator's own past: {@code hits} of {@code weeks}, and the
 * confidence that it beats a coin flip (1 − the one-sided sign-test p-value).
 */
public record Backtest(int weeks, int hits, double hitRate, double confidence, String statement) {}
