package com.creatorcompass.contracts.user;

/** Follow another creator side by side with the user's own account. Adding one twice changes nothing. */
public record AddCompetitor(String userId, String handle) implements UserCommand {}
