package com.creatorcompass.contracts.user;

/** Stop comparing with a creator. */
public record RemoveCompetitor(String userId, String handle) implements UserCommand {}
