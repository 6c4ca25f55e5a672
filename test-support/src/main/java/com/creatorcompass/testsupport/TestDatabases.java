package com.creatorcompass.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one place tests get PostgreSQL from. With {@code COMPASS_TEST_DB_URL} set (a JDBC URL of a
 * database to connect to for creating others, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) every test class gets a fresh
 * database on that server; without it, on an embedded PostgreSQL started once per JVM. Fresh
 * databases are dropped when the JVM ends unless {@code COMPASS_TEST_KEEP_DB=true}.
 *
 * <p>Testcontainers is not used: the machines this project is built on have no Docker engine,
 * and a real server or the embedded one proves the same SQL.
 */
public final class TestDatabases {

    public static final String SERVER_URL_VARIABLE = "COMPASS_TEST_DB_URL";

    private static EmbeddedPostgres embedded;

    private TestDatabases() {}

    /** A fresh database on the configured server, or on the embedded one when none is configured. */
    public static TestDatabase fresh() {
        String serverUrl = System.getenv(SERVER_URL_VARIABLE);
        if (serverUrl == null || serverUrl.isBlank()) {
            return freshEmbedded();
        }
        return createOn(serverUrl, "server");
    }

    /** A fresh database on the embedded PostgreSQL, whatever is configured. */
    public static TestDatabase freshEmbedded() {
        return createOn(embeddedServer().getJdbcUrl("postgres", "postgres"), "embedded");
    }

    private static synchronized EmbeddedPostgres embeddedServer() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // The JVM is ending; the temporary cluster goes with it.
                }
            }));
        }
        return embedded;
    }

    private static TestDatabase createOn(String adminUrl, String origin) {
        String name = "compass_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        try (Connection admin = DriverManager.getConnection(adminUrl);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database through " + adminUrl, e);
        }
        if (!"true".equals(System.getenv("COMPASS_TEST_KEEP_DB"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(adminUrl, name)));
        }
        String url = withDatabase(adminUrl, name);
        Properties credentials = credentialsOf(adminUrl);
        return new TestDatabase(url, credentials.getProperty("user"), credentials.getProperty("password"), origin);
    }

    private static void dropQuietly(String adminUrl, String name) {
        try (Connection admin = DriverManager.getConnection(adminUrl);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException ignored) {
            // Best effort at exit: the server may already be gone.
        }
    }

    /** The same URL naming another database; query parameters other than credentials are kept. */
    static String withDatabase(String jdbcUrl, String database) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : stripCredentials(uri.getRawQuery());
        return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + database
                + (query.isEmpty() ? "" : "?" + query);
    }

    private static String stripCredentials(String query) {
        StringBuilder kept = new StringBuilder();
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("user=") || parameter.startsWith("password=") || parameter.isEmpty()) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : "&").append(parameter);
        }
        return kept.toString();
    }

    private static Properties credentialsOf(String jdbcUrl) {
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getProperty("user.name"));
        credentials.setProperty("password", "");
        String query = URI.create(jdbcUrl.substring("jdbc:".length())).getRawQuery();
        if (query != null) {
            for (String parameter : query.split("&")) {
                int equals = parameter.indexOf('=');
                if (equals > 0) {
                    String key = parameter.substring(0, equals);
                    if (key.equals("user") || key.equals("password")) {
                        credentials.setProperty(
                                key,
                                java.net.URLDecoder.decode(
                                        parameter.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return credentials;
    }
}
