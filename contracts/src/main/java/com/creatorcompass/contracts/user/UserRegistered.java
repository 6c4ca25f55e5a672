package com.creatorcompass.contracts.user;

import java.time.Instant;

/** An account was opened. The e-mail is in canonical lower case. */
public record UserRegistered(String userId, String email, String displayName, Instant registeredAt)
        implements UserEvent {}
