package com.creatorcompass.contracts.user;

/** Open an account for a signed-in person. {@code userId} is stable per identity-provider subject. */
public record RegisterUser(String userId, String email, String displayName) implements UserCommand {}
