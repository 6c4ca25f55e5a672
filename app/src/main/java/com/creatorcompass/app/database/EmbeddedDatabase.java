package com.creatorcompass.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's PostgreSQL, kept under the data directory so a restart keeps everything. If another
 * Creator Compass process (the running demo, say) already serves that directory, this one attaches
 * to it instead of starting a second server. It listens on loopback only, and its superuser has a
 * password generated on first start and kept beside the data ({@code postgres-password}, readable by
 * its owner only): no connection is trusted without it, local ones included.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private static final String PASSWORD_FILE = "postgres-password";

    private final EmbeddedPostgres server;
    private final int port;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres server, int port, String password) {
        this.server = server;
        this.port = port;
        this.password = password;
    }

    public static EmbeddedDatabase startOrAttach(Path directory, int port) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        Path passwordFile = absolute.resolveSibling(PASSWORD_FILE);
        if (Files.exists(absolute.resolve("postmaster.pid")) && answers(port)) {
            log.info("Using the embedded PostgreSQL already running on port {} for {}", port, absolute);
            return new EmbeddedDatabase(
                    null, port, Files.readString(passwordFile).strip());
        }
        Files.createDirectories(absolute);
        String password = password(passwordFile);
        log.info("Starting the embedded PostgreSQL on port {} (loopback only) with its files in {}", port, absolute);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(absolute.toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setConnectConfig("password", password)
                .start();
        requirePassword(server, absolute, password);
        return new EmbeddedDatabase(server, port, password);
    }

    /** The kept password, or a new one written for the owner's eyes only. */
    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, password + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Could not make {} readable by its owner only", file);
        }
        return password;
    }

    /**
     * initdb trusts every local connection: give the superuser the password and make every connection
     * prove it (SCRAM), then have the server read that rule. Done on every start, so a data directory
     * made before this rule gets it too.
     */
    private static void requirePassword(EmbeddedPostgres server, Path directory, String password) throws IOException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(directory.resolve("pg_hba.conf"), """
                    # Written by Creator Compass: every connection proves the password (see postgres-password beside this directory).
                    local   all             all                                     scram-sha-256
                    host    all             all             127.0.0.1/32            scram-sha-256
                    host    all             all             ::1/128                 scram-sha-256
                    """);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("could not set the embedded PostgreSQL's password: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException notListening) {
            return false;
        }
    }
}
