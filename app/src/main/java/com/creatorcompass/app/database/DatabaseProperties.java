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
 *
 * @param url               JDBC URL of the PostgreSQL to use, e.g. jdbc:postgresql://db:5432/compass; empty: the embedded PostgreSQL (demo only)
 * @param user              database user for the URL
 * @param password          its password
 * @param dataDir           where the embedded PostgreSQL keeps its files (dir/postgres); a restart keeps the data
 * @param embeddedPort      port of the embedded PostgreSQL
 * @param maxPoolSize       connection pool size
 * @param connectionTimeout how long a request waits for a database connection before it is answered UNAVAILABLE (retryable)
 * @param readUrl           a read replica for the API's analytics reads (dashboards, growth, videos, trends, alerts, recommendations), through a read-only pool whose login needs only the compass_reader role; empty: the primary answers them
 * @param readUser          the replica's user
 * @param readPassword      its password
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
