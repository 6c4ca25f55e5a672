package com.creatorcompass.graphql;

import com.creatorcompass.graphql.limits.Allowances;
import com.creatorcompass.graphql.security.SecurityProperties;
import com.creatorcompass.graphql.security.sessions.SignInSessions;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The API's own state in PostgreSQL, schema {@code auth} (its own migrations): sign-in sessions and
 * per-user allowances. Operational security state, shared by every API instance; not events.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class ApiStateConfiguration {

    @Bean(initMethod = "migrate")
    public Flyway authFlyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas("auth")
                .locations("classpath:db/migration/auth")
                .load();
    }

    @Bean
    @DependsOn("authFlyway")
    public SignInSessions signInSessions(
            DataSource dataSource, PlatformTransactionManager transactions, SecurityProperties security) {
        return new SignInSessions(
                new JdbcTemplate(dataSource), new TransactionTemplate(transactions), security.refreshTtl());
    }

    @Bean(destroyMethod = "close")
    @DependsOn("authFlyway")
    public Allowances allowances(DataSource dataSource) {
        return new Allowances(dataSource);
    }
}
