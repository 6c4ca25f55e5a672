package com.creatorcompass.query.series;

import static com.creatorcompass.query.jooq.series.Tables.STREAM_GENERATION;

import org.jooq.DSLContext;

/** Which stream generation's output the series tables hold. */
public final class SeriesGeneration {

    private final DSLContext sql;

    public SeriesGeneration(DSLContext sql) {
        this.sql = sql;
    }

    public int current() {
        return sql.select(STREAM_GENERATION.GENERATION)
                .from(STREAM_GENERATION)
                .fetchSingle(STREAM_GENERATION.GENERATION);
    }

    /** In the caller's transaction, with the rows it switches. */
    public void switchTo(int generation) {
        sql.update(STREAM_GENERATION)
                .set(STREAM_GENERATION.GENERATION, generation)
                .execute();
    }
}
