package com.creatorcompass.app;

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
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh database with every schema migrated, and a login that is a member of one role and nothing else. */
final class RoleLogin implements AutoCloseable {

    private static final String PASSWORD = "role-test";

    private final TestDatabase database;
    private final String login;

    private RoleLogin(TestDatabase database, String login) {
        this.database = database;
        this.login = login;
    }

    static RoleLogin memberOf(String role) throws SQLException {
        TestDatabase database = TestDatabases.fresh();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                database.jdbcUrl(), database.username(), database.password() == null ? "" : database.password());
        new EventStoreConfiguration().commandSideFlyway(dataSource).migrate();
        new ScraperConfiguration().scraperFlyway(dataSource).migrate();
        new QuerySideConfiguration().warehouseFlyway(dataSource).migrate();
        String login = role.replace("compass_", "") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = dataSource.getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("create user " + login + " password '" + PASSWORD + "' in role " + role);
        }
        return new RoleLogin(database, login);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), login, PASSWORD);
    }

    /** Roles outlive databases: the login goes when the test class is done. */
    @Override
    public void close() throws SQLException {
        try (Connection admin = DriverManager.getConnection(
                        database.jdbcUrl(),
                        database.username(),
                        database.password() == null ? "" : database.password());
                Statement statement = admin.createStatement()) {
            statement.execute("drop owned by " + login);
            statement.execute("drop user " + login);
        }
    }
}
