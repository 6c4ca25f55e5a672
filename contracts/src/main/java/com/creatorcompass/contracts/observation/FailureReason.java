package com.creatorcompass.contracts.observation;

/** Why a scrape produced no snapshot. */
public enum FailureReason {
    /** The handle answers with "couldn't find this account". */
    NOT_FOUND,
    /** The account exists but is private. */
    PRIVATE,
    /** A captcha or verification wall stood in front of the page. */
    CAPTCHA,
    /** The site refused us (HTTP 403/429, an access-denied page). */
    BLOCKED,
    /** The page or its data did not arrive in time. */
    TIMEOUT,
    /** The page arrived but no longer has the shape the parser knows. */
    LAYOUT_CHANGED
}
