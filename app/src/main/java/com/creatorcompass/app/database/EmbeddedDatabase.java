package com.creatorcompass.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's PostgreSQL, kept under the data directory so a restart keeps everything. If another
 * Creator Compass process (the running demo, say) already serves that directory, this one attaches
 * to it instead of starting a second server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres server;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedDatabase startOrAttach(Path directory, int port) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        if (Files.exists(absolute.resolve("postmaster.pid")) && answers(port)) {
            log.info("Using the embedded PostgreSQL already running on port {} for {}", port, absolute);
            return new EmbeddedDatabase(null, port);
        }
        Files.createDirectories(absolute);
        log.info("Starting the embedded PostgreSQL on port {} with its files in {}", port, absolute);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(absolute.toFile())
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        return new EmbeddedDatabase(server, port);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String user() {
        return "postgres";
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
