package com.creatorcompass.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ProdProfileTest {

    @Test
    void prod_refuses_to_start_without_a_database_url() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CompassApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .properties("compass.db.url=")
                        .run()
                        .close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessageContaining("The prod profile needs a database: set COMPASS_DB_URL");
    }

    @Test
    void prod_refuses_to_start_without_a_kafka_cluster() {
        TestDatabase database = TestDatabases.fresh();
        assertThatThrownBy(() -> new SpringApplicationBuilder(CompassApplication.class)
                        .web(WebApplicationType.NONE)
                        .profiles("prod")
                        .run(
                                "--compass.db.url=" + database.jdbcUrl(),
                                "--compass.db.user=" + database.username(),
                                "--compass.db.password=" + (database.password() == null ? "" : database.password()),
                                "--compass.kafka.bootstrap=",
                                "--compass.scraper.enabled=false")
                        .close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause()
                .hasMessageContaining("The prod profile needs a Kafka cluster: set COMPASS_KAFKA_BOOTSTRAP");
    }

    @Test
    void prod_refuses_to_start_without_the_signing_key_and_googles_client() {
        assertThatThrownBy(
                        () -> startProdWebApp("--compass.security.jwt-secret=", "--compass.security.google.client-id=")
                                .close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to start in prod without:")
                .hasMessageContaining("COMPASS_JWT_SECRET")
                .hasMessageContaining("GOOGLE_CLIENT_ID")
                .hasMessageContaining("GOOGLE_CLIENT_SECRET");
    }

    @Test
    void prod_refuses_the_development_sign_in() {
        assertThatThrownBy(() -> startProdWebApp(
                                "--compass.security.jwt-secret=0123456789abcdef0123456789abcdef",
                                "--compass.security.google.client-id=id",
                                "--compass.security.google.client-secret=secret",
                                "--compass.security.dev-sign-in=true")
                        .close())
                .rootCause()
                .hasMessageContaining("compass.security.dev-sign-in must be false");
    }

    private static org.springframework.context.ConfigurableApplicationContext startProdWebApp(String... security) {
        TestDatabase database = TestDatabases.fresh();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--compass.db.url=" + database.jdbcUrl(),
                "--compass.db.user=" + database.username(),
                "--compass.db.password=" + (database.password() == null ? "" : database.password()),
                "--compass.kafka.enabled=false",
                "--compass.scraper.enabled=false",
                "--server.port=0"));
        args.addAll(java.util.List.of(security));
        return new SpringApplicationBuilder(CompassApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("prod")
                .run(args.toArray(String[]::new));
    }
}
