package com.creatorcompass.command.creator;

/** The scrape and failure-report ids already recorded. */
public interface ObservationLedger {

    /**
     * Notes {@code observationId} as recorded for {@code creatorId}, in the caller's transaction.
     * True the first time; false if it was recorded before (a retry).
     */
    boolean firstRecording(String observationId, String creatorId);
}
