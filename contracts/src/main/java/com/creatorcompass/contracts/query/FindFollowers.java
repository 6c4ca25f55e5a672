package com.creatorcompass.contracts.query;

/** The users who follow a handle: as their own account, on their tracking list, or as a competitor. Answers {@link Followers}. */
public record FindFollowers(String handle) {}
