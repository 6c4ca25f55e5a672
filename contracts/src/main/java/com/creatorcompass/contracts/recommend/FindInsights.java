package com.creatorcompass.contracts.recommend;

/** What a creator's own history says works; answered with an {@link InsightReport}, or nothing when not tracked. */
public record FindInsights(String handle) {}
