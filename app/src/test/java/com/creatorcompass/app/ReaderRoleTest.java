package com.creatorcompass.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.command.eventstore.EventStoreConfiguration;
import com.creatorcompass.query.QuerySideConfiguration;
import com.creatorcompass.scraper.ScraperConfiguration;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Real connections as a member of compass_reader, the read replica's role: the read models, read-only. */
class ReaderRoleTest {

    static TestDatabase database;
    static String reader;

    @BeforeAll
    static void everySchemaAndAReader() throws SQLException {
        database = TestDatabases.fresh();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(),
                database.password() == null ? "" : database.password());
        new EventStoreConfiguration().commandSideFlyway(dataSource).migrate();
        new ScraperConfiguration().scraperFlyway(dataSource).migrate();
        new QuerySideConfiguration().warehouseFlyway(dataSource).migrate();
        reader = "reader_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create user " + reader + " password 'reader-test' in role compass_reader");
        }
    }

    @AfterAll
    static void dropReader() throws SQLException {
        try (Connection admin = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password() == null ? "" : database.password()); Statement statement = admin.createStatement()) {
            statement.execute("drop owned by " + reader);
            statement.execute("drop user " + reader);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"warehouse.dim_creator", "warehouse.fact_profile_snapshot", "warehouse.fact_video_snapshot",
            "warehouse.video_hashtag", "series.creator_growth_daily", "series.alerts", "series.stream_generation",
            "analytics.creator_latest", "analytics.video_performance", "accounts.app_user", "accounts.competitor"})
    void the_reader_reads_every_read_model(String table) throws SQLException {
        try (Connection connection = asReader(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeQuery("select count(*) from " + table).next()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"event_store.domain_event_entry", "event_store.token_entry", "event_store.snapshot_event_entry",
            "command_model.handle_claim", "command_model.recorded_observation", "scraper.scrape_schedule"})
    void the_reader_is_refused_the_event_store_the_command_model_and_the_scraper_state(String table) throws SQLException {
        try (Connection connection = asReader(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select * from " + table + " limit 1"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501")); // insufficient_privilege
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"insert into warehouse.dim_video (video_id) values ('x')", "delete from series.alerts",
            "update accounts.app_user set email = 'x'", "truncate warehouse.fact_profile_snapshot",
            "create table warehouse.mine (id int)"})
    void the_reader_changes_nothing(String statementText) throws SQLException {
        try (Connection connection = asReader(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(statementText)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }

    private static Connection asReader() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), reader, "reader-test");
    }
}
