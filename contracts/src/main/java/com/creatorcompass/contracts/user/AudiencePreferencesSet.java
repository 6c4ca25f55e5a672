package com.creatorcompass.contracts.user;

/** The user's audience preferences, normalized, replacing any earlier ones. */
public record AudiencePreferencesSet(String userId, AudiencePreferences preferences) implements UserEvent {}
