package com.creatorcompass.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A PostgreSQL database created for one test class and used by nothing else. */
public record TestDatabase(String jdbcUrl, String username, String password, String origin) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, username, password);
    }

    /** Points the app (compass.db.*) at this database: the one way a Spring test of the app gets its store. */
    public void registerAsCompassDatabase(DynamicPropertyRegistry registry) {
        registry.add("compass.db.url", this::jdbcUrl);
        registry.add("compass.db.user", this::username);
        registry.add("compass.db.password", () -> password == null ? "" : password);
    }

    /** Points Spring's own datasource at this database. */
    public void registerAsSpringDataSource(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", this::jdbcUrl);
        registry.add("spring.datasource.username", this::username);
        registry.add("spring.datasource.password", this::password);
    }
}
