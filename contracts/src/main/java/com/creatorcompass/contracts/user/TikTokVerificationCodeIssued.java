package com.creatorcompass.contracts.user;

import java.time.Instant;

/**
 * A code the user puts in their TikTok bio to prove {@code handle} is theirs; a new one replaces the
 * one before. Issued when an account is linked, and again on request.
 */
public record TikTokVerificationCodeIssued(String userId, String handle, String code, Instant issuedAt)
        implements UserEvent {}
