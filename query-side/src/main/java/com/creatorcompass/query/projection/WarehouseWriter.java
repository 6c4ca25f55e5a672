package com.creatorcompass.query.projection;

import com.creatorcompass.query.changes.ChangeNotifier;
import java.util.Collection;
import org.jooq.DSLContext;

/**
 * Writes events into the warehouse as one {@link WarehouseBatch}: idempotent (facts keyed by what
 * identifies an observation) and order-independent (dimensions keep the observation latest by capture
 * time, ties broken by scrape id), so redelivery, late backfills and any batching give the same rows.
 * Each write tells the API processes which creators it changed ({@link ChangeNotifier}).
 */
public final class WarehouseWriter {

    private final DSLContext sql;
    private final ChangeNotifier changes;

    public WarehouseWriter(DSLContext sql) {
        this(sql, new ChangeNotifier(sql));
    }

    public WarehouseWriter(DSLContext sql, ChangeNotifier changes) {
        this.sql = sql;
        this.changes = changes;
    }

    /** Writes the events, in the caller's transaction; events the warehouse does not use are skipped. */
    public void write(Collection<?> events) {
        WarehouseBatch batch = new WarehouseBatch();
        events.forEach(batch::add);
        write(batch);
    }

    /** The batch the events of one transaction fold into, written at its commit by {@link WarehouseProjection}. */
    WarehouseBatch newBatch() {
        return new WarehouseBatch();
    }

    void write(WarehouseBatch batch) {
        batch.write(sql);
        changes.creatorsChanged(batch.creatorIds());
    }
}
