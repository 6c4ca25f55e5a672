package com.creatorcompass.contracts.user;

/** The user no longer compares with this handle. */
public record CompetitorRemoved(String userId, String handle) implements UserEvent {}
