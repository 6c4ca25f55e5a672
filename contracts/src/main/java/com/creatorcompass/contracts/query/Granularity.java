package com.creatorcompass.contracts.query;

/** How growth is bucketed: UTC days, ISO weeks (Monday first) or calendar months. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH
}
