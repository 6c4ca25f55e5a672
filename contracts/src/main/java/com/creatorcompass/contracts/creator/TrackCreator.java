package com.creatorcompass.contracts.creator;

/**
 * Start following a handle. Answered with the creator id: a new one, or the id the handle already
 * had if it was tracked before and later untracked. {@code requestedBy} is a user id or a tool name.
 */
public record TrackCreator(String handle, String requestedBy) {}
