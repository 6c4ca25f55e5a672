package com.creatorcompass.contracts.user;

/** The user no longer tracks this handle. */
public record RemovedFromTrackingList(String userId, String handle) implements UserEvent {}
