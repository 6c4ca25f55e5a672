package com.creatorcompass.graphql.security.sessions;

import java.time.Instant;
import java.util.UUID;

/**
 * A live sign-in as its user sees it in the list of their sessions.
 *
 * @param lastUsedAt when its refresh token was last traded (or the sign-in, if never)
 * @param endsAt     the absolute end: no refresh moves it
 * @param client     the User-Agent it signed in with, cut to one line of 200 characters
 */
public record SignInSession(UUID id, Instant startedAt, Instant lastUsedAt, Instant endsAt, String client) {}
