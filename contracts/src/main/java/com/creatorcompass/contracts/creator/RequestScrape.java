package com.creatorcompass.contracts.creator;

/** Ask for a scrape of a tracked creator now rather than at its next scheduled time. */
public record RequestScrape(String creatorId, String requestedBy) implements CreatorCommand {}
