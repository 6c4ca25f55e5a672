package com.creatorcompass.contracts.creator;

/** The answer to {@link RecordScrape} and {@link RecordScrapeFailure}. */
public enum ScrapeOutcome {
    /** Appended to the creator's history now. */
    RECORDED,
    /** This id was recorded before: nothing appended, nothing lost. */
    ALREADY_RECORDED
}
