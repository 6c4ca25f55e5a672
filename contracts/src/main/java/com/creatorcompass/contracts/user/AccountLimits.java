package com.creatorcompass.contracts.user;

/**
 * How long an account's lists may grow: the command side refuses more, and the API prices a request
 * for a whole list by these sizes.
 */
public final class AccountLimits {

    /** Enough to compare side by side; more is a list, not a comparison. */
    public static final int MAX_COMPETITORS = 25;

    /** A tracking list is for following closely; the scrape schedule grows with every entry. */
    public static final int MAX_TRACKED = 200;

    private AccountLimits() {}
}
