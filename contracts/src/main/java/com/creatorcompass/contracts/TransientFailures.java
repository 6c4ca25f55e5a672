package com.creatorcompass.contracts;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Whether a failure is the store being unreachable for a moment (retry the same command later) rather
 * than a refusal or a bug (retrying changes nothing). Decided on the JDBC cause, whoever wrapped it.
 * A commit cut short is transient too, though it may have gone through: retry only what is idempotent
 * (a scrape, by its id) or what answers a clear refusal when it had (tracking a handle twice).
 */
public final class TransientFailures {

    /** PostgreSQL: shutting down, restarting, not accepting connections yet; a serialization failure or deadlock. */
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "40001", "40P01");

    private static final String CLOSED_BY_POOL = "Connection is closed";

    private TransientFailures() {}

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CommandRejectedException) {
                return false;
            }
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            // HikariCP's answer, without a SQL state, for a pooled connection it already closed as broken
            // (e.g. the rollback after a commit the restarting server cut short).
            if (cause instanceof SQLException sql
                    && sql.getSQLState() == null
                    && CLOSED_BY_POOL.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
