package com.creatorcompass.app.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which PostgreSQL to use. {@code url} (env {@code COMPASS_DB_URL}) names a server; left empty, the
 * demo starts an embedded PostgreSQL whose files live in {@code dataDir/postgres}.
 */
@ConfigurationProperties("compass.db")
public record DatabaseProperties(
        String url,
        @DefaultValue("compass") String user,
        @DefaultValue("") String password,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("54329") int embeddedPort,
        @DefaultValue("16") int maxPoolSize) {

    public boolean serverNamed() {
        return url != null && !url.isBlank();
    }
}
