package com.creatorcompass.contracts.query;

/**
 * A subscription query: what happens to the creators a user follows, as it happens. Updates are
 * {@link Activity} records; the initial answer is empty.
 */
public record WatchActivity(String userId) {}
