package com.creatorcompass.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
