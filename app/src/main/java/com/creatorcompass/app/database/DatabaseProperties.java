package com.creatorcompass.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which PostgreSQL to use. {@code url} (env {@code COMPASS_DB_URL}) names a server; left empty, the
 * demo starts an embedded PostgreSQL whose files live in {@code dataDir/postgres}. Defaults and
 * environment variables are in application.yml.
 */
@ConfigurationProperties("compass.db")
public record DatabaseProperties(String url, String user, String password, Path dataDir, int embeddedPort, int maxPoolSize) {
}
