package com.creatorcompass.contracts.user;

import java.time.Instant;

/**
 * A scrape of {@code handle} showed this bio: if the handle is the user's linked account and the bio
 * shows its current code, the account is verified; otherwise nothing happens.
 */
public record ConfirmTikTokAccount(String userId, String handle, String bio, String scrapeId, Instant capturedAt)
        implements UserCommand {}
