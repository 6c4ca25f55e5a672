package com.creatorcompass.contracts.creator;

import java.time.Instant;

/** Someone asked for a scrape of this creator now; the scraper moves it to the front of its schedule. */
public record ScrapeRequested(String creatorId, String handle, Instant requestedAt, String requestedBy)
        implements CreatorEvent {}
