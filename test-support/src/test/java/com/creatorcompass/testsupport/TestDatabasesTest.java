package com.creatorcompass.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void the_embedded_server_gives_each_caller_its_own_empty_database() throws Exception {
        TestDatabase first = TestDatabases.freshEmbedded();
        TestDatabase second = TestDatabases.freshEmbedded();

        assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
        assertThat(first.origin()).isEqualTo("embedded");
        try (Connection connection = first.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create table only_here (id int)");
        }
        try (Connection connection = second.connect();
                Statement statement = connection.createStatement();
                ResultSet tables =
                        statement.executeQuery("select count(*) from pg_tables where tablename = 'only_here'")) {
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void a_fresh_database_comes_from_the_configured_source() throws Exception {
        TestDatabase database = TestDatabases.fresh();

        String expected = System.getenv(TestDatabases.SERVER_URL_VARIABLE) == null ? "embedded" : "server";
        assertThat(database.origin()).isEqualTo(expected);
        try (Connection connection = database.connect()) {
            assertThat(connection.getCatalog()).startsWith("compass_test_");
        }
    }

    @Test
    void the_database_name_is_replaced_and_credentials_leave_the_url() {
        assertThat(TestDatabases.withDatabase(
                        "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&sslmode=disable", "t1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/t1?sslmode=disable");
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://db:5432/postgres?user=a&password=b", "t2"))
                .isEqualTo("jdbc:postgresql://db:5432/t2");
        assertThat(TestDatabases.withDatabase("jdbc:postgresql://localhost:1234/postgres", "t3"))
                .isEqualTo("jdbc:postgresql://localhost:1234/t3");
    }
}
