package com.creatorcompass.graphql.security.sessions;

import java.time.Instant;
import java.util.UUID;

/** What presenting a refresh token got: the next token of the family, or refused and why. */
public sealed interface Trade {

    /** The presented token was the family's newest: {@code next} is now the only one that may be traded. */
    record Rotated(UUID next, Instant sessionEndsAt) implements Trade {}

    /** The presented token had been traded already: the whole family has just been ended. */
    record Reused() implements Trade {}

    /** The session has ended (signed out, ended, over its lifetime) or never existed. */
    record Ended() implements Trade {}
}
