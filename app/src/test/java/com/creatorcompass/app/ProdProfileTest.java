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
                .run().close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("The prod profile needs a database: set COMPASS_DB_URL");
    }

    @Test
    void prod_refuses_to_start_without_a_kafka_cluster() {
        TestDatabase database = TestDatabases.fresh();
        assertThatThrownBy(() -> new SpringApplicationBuilder(CompassApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("prod")
                .run("--compass.db.url=" + database.jdbcUrl(), "--compass.db.user=" + database.username(),
                        "--compass.db.password=" + (database.password() == null ? "" : database.password()),
                        "--compass.kafka.bootstrap=", "--compass.scraper.enabled=false").close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("The prod profile needs a Kafka cluster: set COMPASS_KAFKA_BOOTSTRAP");
    }
}
