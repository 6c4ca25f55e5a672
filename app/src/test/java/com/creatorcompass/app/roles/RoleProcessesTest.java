package com.creatorcompass.app.roles;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.app.CompassApplication;
import com.creatorcompass.app.streams.StreamPipeline;
import com.creatorcompass.query.projection.WarehouseProjection;
import com.creatorcompass.scraper.schedule.ScrapeScheduler;
import com.creatorcompass.streams.publication.KafkaEventPublisher;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The jar started with a role list runs those parts and no others. */
class RoleProcessesTest {

    @Test
    void a_projection_and_publication_worker_has_no_web_server_scraper_or_stream_jobs() throws Exception {
        TestDatabase database = TestDatabases.fresh();
        Path data = Files.createTempDirectory("compass-roles");
        try (ConfigurableApplicationContext worker = new SpringApplicationBuilder(CompassApplication.class)
                .run(
                        "--compass.roles=projections,publisher",
                        "--compass.demo.seed=false",
                        "--compass.standin.port=0",
                        "--compass.kafka.embedded-port=0",
                        "--compass.db.data-dir=" + data,
                        "--compass.db.url=" + database.jdbcUrl(),
                        "--compass.db.user=" + database.username(),
                        "--compass.db.password=" + (database.password() == null ? "" : database.password()))) {
            assertThat(worker).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(worker.getBeanNamesForType(WarehouseProjection.class)).hasSize(1);
            assertThat(worker.getBeanNamesForType(KafkaEventPublisher.class)).hasSize(1);
            assertThat(worker.getBeanNamesForType(StreamPipeline.class)).isEmpty();
            assertThat(worker.getBeanNamesForType(ScrapeScheduler.class)).isEmpty();
        }
    }

    @Test
    void a_prod_projection_worker_needs_neither_kafka_nor_the_apis_secrets() {
        TestDatabase database = TestDatabases.fresh();
        try (ConfigurableApplicationContext worker = new SpringApplicationBuilder(CompassApplication.class)
                .profiles("prod")
                .run(
                        "--compass.roles=projections",
                        "--compass.kafka.bootstrap=",
                        "--compass.security.jwt-secret=",
                        "--compass.security.google.client-id=",
                        "--compass.security.google.client-secret=",
                        "--compass.db.url=" + database.jdbcUrl(),
                        "--compass.db.user=" + database.username(),
                        "--compass.db.password=" + (database.password() == null ? "" : database.password()))) {
            assertThat(worker).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(worker.getBeanNamesForType(WarehouseProjection.class)).hasSize(1);
            assertThat(worker.getBeanNamesForType(KafkaEventPublisher.class)).isEmpty();
        }
    }
}
