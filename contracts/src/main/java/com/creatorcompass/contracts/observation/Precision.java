package com.creatorcompass.contracts.observation;

/**
 * How exact a count is. TikTok's pages round large counts for display ("4.3M" for 4,291,312);
 * its newer {@code statsV2} strings are exact. A difference between two rounded counts is a step
 * of the rounding, not growth, so downstream numbers must know which they rest on.
 */
public enum Precision {
    EXACT,
    ROUNDED,
    /** A lower bound: the page showed this many (a rendered grid, say) and there may be more. */
    AT_LEAST
}
