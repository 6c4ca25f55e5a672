package com.creatorcompass.contracts.query;

/** Why a number deserves care. Add, never rename: clients switch on these. */
public enum DataQualityFlag {
    /** No observation of the creator yet (within the point of view): no numbers. */
    NOT_OBSERVED_YET,
    /** At least one count was TikTok's rounded display ("4.3M"), not the exact figure. */
    ROUNDED_COUNTS,
    /** A growth figure compares rounded counts: a step of the rounding, not necessarily growth. */
    GROWTH_RESTS_ON_ROUNDED,
    /** The follower trend (and so the projections) is fitted through rounded counts. */
    TREND_RESTS_ON_ROUNDED,
    /** The latest observation is more than two days older than the point of view. */
    STALE,
    /**
     * A knowledge-time view: the counts are as we knew them then, but growth and engagement are the
     * stream jobs' figures for that day as computed with everything known now.
     */
    DERIVED_FROM_CURRENT_KNOWLEDGE
}
