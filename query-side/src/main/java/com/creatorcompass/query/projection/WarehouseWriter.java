package com.creatorcompass.query.projection;

import java.util.Collection;
import org.jooq.DSLContext;

/**
 * Writes events into the warehouse as one {@link WarehouseBatch}: idempotent (facts keyed by what
 * identifies an observation) and order-independent (dimensions keep the observation latest by capture
 * time, ties broken by scrape id), so redelivery, late backfills and any batching give the same rows.
 */
public final class WarehouseWriter {

    private final DSLContext sql;

    public WarehouseWriter(DSLContext sql) {
        this.sql = sql;
    }

    /** Writes the events, in the caller's transaction; events the warehouse does not use are skipped. */
    public void write(Collection<?> events) {
        WarehouseBatch batch = new WarehouseBatch();
        events.forEach(batch::add);
        batch.write(sql);
    }

    /** The batch the events of one transaction fold into, written at its commit by {@link WarehouseProjection}. */
    WarehouseBatch newBatch() {
        return new WarehouseBatch();
    }

    void write(WarehouseBatch batch) {
        batch.write(sql);
    }
}
