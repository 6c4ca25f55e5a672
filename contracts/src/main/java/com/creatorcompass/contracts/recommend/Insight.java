package com.creatorcompass.contracts.recommend;

import java.util.List;

/**
 * Advice drawn from the creator's own videos. {@code subject} names the group ("18:00-21:00",
 * "#reading", "15-30 s"); {@code effect} is the group's median relative to the creator's median
 * (1.42: 42 % above); {@code sampleSize} the videos (or weeks, for cadence) it rests on.
 */
public record Insight(
        InsightKind kind,
        String subject,
        String headline,
        double effect,
        int sampleSize,
        List<String> evidence,
        Backtest backtest) {

    public Insight {
        evidence = List.copyOf(evidence);
    }
}
