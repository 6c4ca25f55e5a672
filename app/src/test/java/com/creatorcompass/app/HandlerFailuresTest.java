package com.creatorcompass.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** No processing group skips an event its handler failed on (Axon's default would log and go on). */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"compass.scraper.enabled=true", "compass.demo.seed=false", "compass.standin.port=0"})
class HandlerFailuresTest {

    static final TestDatabase DATABASE = TestDatabases.fresh();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DATABASE.registerAsCompassDatabase(registry);
        TestKafka.register(registry);
    }

    @Autowired
    EventProcessingConfiguration processing;

    @ParameterizedTest
    @ValueSource(strings = {"warehouse", "kafka-publication", "accounts", "scrape-schedule", "account-verification"})
    void a_failing_handler_fails_its_batch(String processingGroup) {
        assertThat(processing.eventProcessor(processingGroup))
                .as("processor " + processingGroup)
                .isPresent();
        assertThat(processing.listenerInvocationErrorHandler(processingGroup))
                .isSameAs(PropagatingErrorHandler.instance());
    }
}
