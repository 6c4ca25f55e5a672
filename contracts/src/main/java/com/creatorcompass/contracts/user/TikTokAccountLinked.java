package com.creatorcompass.contracts.user;

/** The user's own TikTok handle, canonical lower case. */
public record TikTokAccountLinked(String userId, String handle) implements UserEvent {}
