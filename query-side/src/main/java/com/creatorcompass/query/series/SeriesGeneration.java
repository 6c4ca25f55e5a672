package com.creatorcompass.query.series;

import static com.creatorcompass.query.jooq.series.Tables.STREAM_GENERATION;

import com.creatorcompass.query.changes.ChangeNotifier;
import org.jooq.DSLContext;

/** Which stream generation's output the series tables hold. */
public final class SeriesGeneration {

    private final DSLContext sql;
    private final ChangeNotifier changes;

    public SeriesGeneration(DSLContext sql, ChangeNotifier changes) {
        this.sql = sql;
        this.changes = changes;
    }

    public int current() {
        return sql.select(STREAM_GENERATION.GENERATION)
                .from(STREAM_GENERATION)
                .fetchSingle(STREAM_GENERATION.GENERATION);
    }

    /** In the caller's transaction, with the rows it switches: every series may read differently now. */
    public void switchTo(int generation) {
        sql.update(STREAM_GENERATION)
                .set(STREAM_GENERATION.GENERATION, generation)
                .execute();
        changes.everythingChanged();
    }
}
