package com.creatorcompass.app.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which PostgreSQL to use. {@code url} (env {@code COMPASS_DB_URL}) names a server; left empty, the
 * demo starts an embedded PostgreSQL whose files live in {@code dataDir/postgres}. Defaults and
 * environment variables are in application.yml. {@code connectionTimeout}: how long a caller waits for a
 * connection before it is told the store is unavailable (a retryable error) rather than hanging.
 * {@code readUrl}: a read replica for the analytics reads (see {@link ReadReplica}); empty, they use the primary.
 */
@ConfigurationProperties("compass.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        Path dataDir,
        int embeddedPort,
        int maxPoolSize,
        Duration connectionTimeout,
        String readUrl,
        String readUser,
        String readPassword) {}
