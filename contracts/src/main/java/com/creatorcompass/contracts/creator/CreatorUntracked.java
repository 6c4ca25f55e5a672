package com.creatorcompass.contracts.creator;

import java.time.Instant;

/** A creator stopped being followed. Its history stays; tracking it again resumes the same creator. */
public record CreatorUntracked(String creatorId, String handle, Instant untrackedAt, String requestedBy)
        implements CreatorEvent {}
