package com.creatorcompass.contracts.recommend;

/** Why an insight was not shown. Add, never rename. */
public enum WithheldReason {
    /** Fewer videos or weeks than the insight needs. */
    NOT_ENOUGH_DATA,
    /** No group differs from the creator's median by enough to matter. */
    NO_EFFECT,
    /** The backtest did not beat a coin flip with enough confidence. */
    DID_NOT_HOLD,
    /** The outliers share nothing more often than the creator's other videos do. */
    NO_COMMON_TRAIT
}
