package com.creatorcompass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real connections as a member of compass_reader, the read replica's role: the read models, read-only. */
class ReaderRoleTest {

    static RoleLogin reader;

    @BeforeAll
    static void everySchemaAndAReader() throws SQLException {
        reader = RoleLogin.memberOf("compass_reader");
    }

    @AfterAll
    static void dropReader() throws SQLException {
        reader.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "warehouse.dim_creator",
                "warehouse.fact_profile_snapshot",
                "warehouse.fact_video_snapshot",
                "warehouse.video_hashtag",
                "series.creator_growth_daily",
                "series.alerts",
                "series.stream_generation",
                "analytics.creator_latest",
                "analytics.video_performance",
                "accounts.app_user",
                "accounts.competitor"
            })
    void the_reader_reads_every_read_model(String table) throws SQLException {
        try (Connection connection = asReader();
                Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("select count(*) from " + table).next())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "event_store.domain_event_entry",
                "event_store.token_entry",
                "event_store.snapshot_event_entry",
                "command_model.handle_claim",
                "command_model.recorded_observation",
                "scraper.scrape_schedule"
            })
    void the_reader_is_refused_the_event_store_the_command_model_and_the_scraper_state(String table)
            throws SQLException {
        try (Connection connection = asReader();
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
                "insert into warehouse.dim_video (video_id) values ('x')",
                "delete from series.alerts",
                "update accounts.app_user set email = 'x'",
                "truncate warehouse.fact_profile_snapshot",
                "create table warehouse.mine (id int)"
            })
    void the_reader_changes_nothing(String statementText) throws SQLException {
        try (Connection connection = asReader();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(statementText))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }

    private static Connection asReader() throws SQLException {
        return reader.connect();
    }
}
