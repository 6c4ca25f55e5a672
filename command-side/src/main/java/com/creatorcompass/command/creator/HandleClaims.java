package com.creatorcompass.command.creator;

import java.util.Optional;

/** Which creator a handle belongs to. At most one, whatever the concurrency. */
public interface HandleClaims {

    /**
     * Claims {@code handle} for {@code candidateCreatorId} unless it is already claimed, and answers
     * the creator that owns it afterwards. Runs in the caller's transaction.
     */
    Claim claim(String handle, String candidateCreatorId);

    Optional<String> ownerOf(String handle);

    /** The owner of a handle, and whether this claim made it the owner. */
    record Claim(String creatorId, boolean claimedNow) {}
}
