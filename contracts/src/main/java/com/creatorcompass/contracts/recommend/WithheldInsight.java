package com.creatorcompass.contracts.recommend;

/** An insight not shown, and why: never advice without evidence. */
public record WithheldInsight(
        InsightKind kind, String subject, WithheldReason reason, String detail, int sampleSize, Backtest backtest) {}
