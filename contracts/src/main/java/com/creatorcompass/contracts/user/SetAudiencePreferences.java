package com.creatorcompass.contracts.user;

/** Replace the user's audience preferences. */
public record SetAudiencePreferences(String userId, AudiencePreferences preferences) implements UserCommand {}
