package com.creatorcompass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real connections as a member of compass_analyst: the views, and nothing else. */
class AnalystRoleTest {

    static RoleLogin analyst;

    @BeforeAll
    static void everySchemaAndAnAnalyst() throws SQLException {
        analyst = RoleLogin.memberOf("compass_analyst");
    }

    @AfterAll
    static void dropAnalyst() throws SQLException {
        analyst.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "creator_latest",
                "profile_snapshots",
                "creator_daily_followers",
                "video_performance",
                "video_snapshots",
                "scrape_quality",
                "hashtag_usage"
            })
    void the_analyst_reads_every_view(String view) throws SQLException {
        try (Connection connection = asAnalyst();
                Statement statement = connection.createStatement()) {
            assertThat(statement
                            .executeQuery("select count(*) from analytics." + view)
                            .next())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "event_store.domain_event_entry",
                "event_store.token_entry",
                "event_store.snapshot_event_entry",
                "event_store.readable_event",
                "command_model.handle_claim",
                "command_model.recorded_observation",
                "scraper.scrape_schedule",
                "warehouse.dim_creator",
                "warehouse.fact_profile_snapshot",
                "accounts.app_user",
                "accounts.tracked_creator",
                "accounts.competitor",
                "accounts.audience_preference"
            })
    void the_analyst_is_refused_everything_else(String table) throws SQLException {
        try (Connection connection = asAnalyst();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select * from " + table + " limit 1"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e ->
                            assertThat(((SQLException) e).getSQLState()).isEqualTo("42501")); // insufficient_privilege
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "insert into analytics.creator_latest (handle) values ('x')",
                "create table analytics.mine (id int)",
                "delete from analytics.video_performance"
            })
    void the_analyst_changes_nothing(String statementText) throws SQLException {
        try (Connection connection = asAnalyst();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(statementText))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(List.of("42501", "55000")).contains(((SQLException) e).getSQLState()));
        }
    }

    private static Connection asAnalyst() throws SQLException {
        return analyst.connect();
    }
}
