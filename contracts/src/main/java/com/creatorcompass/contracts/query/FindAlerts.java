package com.creatorcompass.contracts.query;

/** The alerts on the creators a user follows (own account, tracking list, competitors), newest first. */
public record FindAlerts(String userId, int first, String after) {}
