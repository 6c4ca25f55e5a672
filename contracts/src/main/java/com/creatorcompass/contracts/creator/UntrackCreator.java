package com.creatorcompass.contracts.creator;

/** Stop following a creator; its history stays. */
public record UntrackCreator(String creatorId, String requestedBy) implements CreatorCommand {}
