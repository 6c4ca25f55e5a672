package com.creatorcompass.contracts.recommend;

/** The questions an insight answers. Add, never rename. */
public enum InsightKind {
    /** Which three hours of the day to post in. */
    POSTING_HOUR,
    /** Which day of the week to post on. */
    POSTING_WEEKDAY,
    /** Which video length works. */
    VIDEO_LENGTH,
    /** Which hashtags beat or trail the creator's median. */
    HASHTAG,
    /** Whether posting more goes with growing faster. */
    CADENCE,
    /** What the recent outliers have in common. */
    OUTLIERS
}
