package com.creatorcompass.contracts.creator;

/** A command addressed to one tracked creator. */
public sealed interface CreatorCommand permits UntrackCreator, RecordScrape, RecordScrapeFailure, RequestScrape {
    String creatorId();
}
