package com.creatorcompass.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A pool of read-only connections to a PostgreSQL read replica, for the analytics reads that can be a
 * moment behind the primary (dashboards, growth, videos, trends, alerts, recommendations). Commands,
 * projections, replays and a user's own account always use the primary.
 */
public final class ReadReplica implements AutoCloseable {

    /** The bean name the query side and the recommendations ask for. */
    public static final String ANALYTICS_READS = "analyticsReads";

    private final HikariDataSource pool;
    private final DSLContext sql;

    ReadReplica(DatabaseProperties properties) {
        pool = new HikariDataSource();
        pool.setJdbcUrl(properties.readUrl());
        pool.setUsername(properties.readUser());
        pool.setPassword(properties.readPassword());
        pool.setMaximumPoolSize(properties.maxPoolSize());
        pool.setConnectionTimeout(properties.connectionTimeout().toMillis());
        // The session refuses writes even if a read went wrong; the replica would refuse them anyway.
        pool.setReadOnly(true);
        pool.setPoolName("compass-reads");
        pool.addDataSourceProperty("ApplicationName", "compass-reads");
        sql = DSL.using(pool, SQLDialect.POSTGRES);
    }

    public DSLContext sql() {
        return sql;
    }

    @Override
    public void close() {
        pool.close();
    }
}
