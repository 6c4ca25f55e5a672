package com.creatorcompass.contracts.ops;

/** The read models that can be rebuilt from the event store. */
public enum Projection {
    /** The warehouse's facts and dimensions. */
    WAREHOUSE,
    /** The stream jobs and the series tables they feed. */
    STREAMS
}
