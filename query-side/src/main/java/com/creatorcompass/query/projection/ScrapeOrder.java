package com.creatorcompass.query.projection;

import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * {@link com.creatorcompass.contracts.creator.ObservationOrder} in SQL: scrape ids compare character by
 * character (collation "C") whatever the database's own collation, so the warehouse picks the same
 * latest observation as the stream jobs.
 */
public final class ScrapeOrder {

    private static final String COLLATION = "C";

    private ScrapeOrder() {}

    public static Field<String> of(Field<String> scrapeId) {
        return scrapeId.collate(COLLATION);
    }

    public static Field<String> of(String scrapeId) {
        return DSL.val(scrapeId).collate(COLLATION);
    }
}
