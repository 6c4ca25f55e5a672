package com.creatorcompass.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void the_store_unreachable_or_restarting_is_transient_whoever_wrapped_it() {
        assertThat(TransientFailures.isTransient(
                        new SQLTransientConnectionException("compass - Connection is not available")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException(
                        "event store",
                        new RuntimeException(
                                new SQLException("An I/O error occurred while sending to the backend.", "08006")))))
                .isTrue();
        assertThat(TransientFailures.isTransient(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("could not serialize access", "40001")))
                .isTrue();
        // A commit cut short by the restart, then the rollback on the connection the pool had closed:
        assertThat(TransientFailures.isTransient(
                        new IllegalStateException("JDBC rollback failed", new SQLException("Connection is closed"))))
                .isTrue();
    }

    @Test
    void refusals_constraint_violations_and_bugs_are_not() {
        assertThat(TransientFailures.isTransient(
                        new CommandRejectedException(Rejection.NEGATIVE_COUNT, "followers is -1")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("duplicate key value", "23505")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("Connection is closed", "42000")))
                .isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(null)).isFalse();
    }
}
