package com.creatorcompass.app.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.impl.DefaultDSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The primary DataSource (the named server, or in the demo the embedded PostgreSQL) and an optional read replica. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

    /**
     * A CLI command creates only the beans it uses (lazy initialization, started in {@code StoreCommands});
     * every schema is still migrated at start, so a command's first run on a new database finds its tables.
     */
    @Bean
    public static LazyInitializationExcludeFilter schemasMigratedAtStart() {
        return LazyInitializationExcludeFilter.forBeanTypes(Flyway.class);
    }

    @Bean(destroyMethod = "close")
    @Conditional(NoDatabaseNamed.class)
    public EmbeddedDatabase embeddedDatabase(DatabaseProperties properties, Environment environment)
            throws IOException {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The prod profile needs a database: set COMPASS_DB_URL "
                    + "(e.g. jdbc:postgresql://db:5432/compass), COMPASS_DB_USER and COMPASS_DB_PASSWORD");
        }
        return EmbeddedDatabase.startOrAttach(properties.dataDir().resolve("postgres"), properties.embeddedPort());
    }

    @Bean(destroyMethod = "close")
    @Primary
    public HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        HikariDataSource dataSource = new HikariDataSource();
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database != null) {
            dataSource.setJdbcUrl(database.jdbcUrl());
            dataSource.setUsername(database.user());
            dataSource.setPassword(database.password());
        } else {
            dataSource.setJdbcUrl(properties.url());
            dataSource.setUsername(properties.user());
            dataSource.setPassword(properties.password());
        }
        dataSource.setMaximumPoolSize(properties.maxPoolSize());
        dataSource.setConnectionTimeout(properties.connectionTimeout().toMillis());
        // One multi-row INSERT per batch instead of one statement per row: a scrape appends 31 events.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        dataSource.setPoolName("compass");
        return dataSource;
    }

    /**
     * Spring Boot's jOOQ set-up (Spring transactions, exception translation) on the primary. Declared
     * here because {@link #analyticsReads} is a second DSLContext, which would make Boot's step back.
     */
    @Bean
    @Primary
    public DSLContext dslContext(org.jooq.Configuration configuration) {
        return new DefaultDSLContext(configuration);
    }

    @Bean(destroyMethod = "close")
    @Conditional(ReadReplicaNamed.class)
    public ReadReplica readReplica(DatabaseProperties properties) {
        return new ReadReplica(properties);
    }

    /** The replica when one is named, else the primary. */
    @Bean(ReadReplica.ANALYTICS_READS)
    public DSLContext analyticsReads(DSLContext dslContext, ObjectProvider<ReadReplica> replica) {
        ReadReplica reads = replica.getIfAvailable();
        return reads != null ? reads.sql() : dslContext;
    }

    /** True when compass.db.read-url is set. */
    static class ReadReplicaNamed implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("compass.db.read-url");
            return url != null && !url.isBlank();
        }
    }

    /** True when compass.db.url is not set. */
    static class NoDatabaseNamed implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("compass.db.url");
            return url == null || url.isBlank();
        }
    }
}
