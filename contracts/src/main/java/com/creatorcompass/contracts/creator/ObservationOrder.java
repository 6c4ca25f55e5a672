package com.creatorcompass.contracts.creator;

import java.time.Instant;

/**
 * Which of two observations of one profile or video is the later: the later {@code capturedAt}; at
 * the same instant, the greater scrape id, compared character by character (PostgreSQL's "C"
 * collation, which the warehouse's comparisons name). Scrape ids are stable — a redelivery, a replay
 * or a rebuild keeps them — so the stream jobs, the warehouse and the API pick the same day's close
 * and the same latest observation whatever the order events arrive in.
 */
public final class ObservationOrder {

    private ObservationOrder() {}

    /** Negative when (a) is earlier than (b), positive when later, 0 for the same observation. */
    public static int compare(Instant aCapturedAt, String aScrapeId, Instant bCapturedAt, String bScrapeId) {
        int byTime = aCapturedAt.compareTo(bCapturedAt);
        return byTime != 0 ? byTime : nullAsEmpty(aScrapeId).compareTo(nullAsEmpty(bScrapeId));
    }

    /** Whether (a) supersedes (b): b is absent, or a is later. */
    public static boolean isLater(Instant aCapturedAt, String aScrapeId, Instant bCapturedAt, String bScrapeId) {
        return bCapturedAt == null || compare(aCapturedAt, aScrapeId, bCapturedAt, bScrapeId) > 0;
    }

    // State written before scrape ids were kept (stream stores of an older version) reads back without one.
    private static String nullAsEmpty(String scrapeId) {
        return scrapeId == null ? "" : scrapeId;
    }
}
