package com.creatorcompass.contracts.user;

/** The user now compares with this handle (canonical lower case). */
public record CompetitorAdded(String userId, String handle) implements UserEvent {}
