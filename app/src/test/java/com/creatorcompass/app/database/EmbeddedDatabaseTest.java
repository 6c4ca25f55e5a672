package com.creatorcompass.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.testsupport.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's own PostgreSQL: a password on every connection, kept beside the data, across restarts. */
class EmbeddedDatabaseTest {

    @Test
    void the_superuser_needs_the_generated_password_which_survives_a_restart(@TempDir Path data) throws Exception {
        int port = FreePorts.one();
        String password;
        try (EmbeddedDatabase database = EmbeddedDatabase.startOrAttach(data.resolve("postgres"), port)) {
            Path file = data.resolve("postgres-password");
            password = Files.readString(file).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32).isEqualTo(database.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "")
                            .close())
                    .as("no password")
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres")
                            .close())
                    .as("a guessed one")
                    .hasMessageContaining("password authentication failed");
            assertThat(answer(database.jdbcUrl(), password)).isEqualTo(1);
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.startOrAttach(data.resolve("postgres"), port)) {
            assertThat(again.password()).as("kept, not regenerated").isEqualTo(password);
            assertThat(answer(again.jdbcUrl(), password)).isEqualTo(1);
            assertThat(listenAddresses(again, password)).as("loopback only").isEqualTo("127.0.0.1");
        }
    }

    private static int answer(String url, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
                ResultSet one = connection.createStatement().executeQuery("select 1")) {
            one.next();
            return one.getInt(1);
        }
    }

    private static String listenAddresses(EmbeddedDatabase database, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", password);
                ResultSet shown = connection.createStatement().executeQuery("show listen_addresses")) {
            shown.next();
            return shown.getString(1);
        }
    }
}
