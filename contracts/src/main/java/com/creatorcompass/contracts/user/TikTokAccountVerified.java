package com.creatorcompass.contracts.user;

import java.time.Instant;

/**
 * A scrape of {@code handle}'s profile showed the user's code in its bio: the account is theirs.
 *
 * @param scrapeId   the scrape whose page showed it
 * @param verifiedAt when that page was captured
 */
public record TikTokAccountVerified(String userId, String handle, String scrapeId, Instant verifiedAt)
        implements UserEvent {}
