package com.creatorcompass.contracts.user;

/** The user now tracks this handle (canonical lower case). */
public record AddedToTrackingList(String userId, String handle) implements UserEvent {}
