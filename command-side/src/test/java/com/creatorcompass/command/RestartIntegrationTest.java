package com.creatorcompass.command;

import static com.creatorcompass.command.creator.Scrapes.scrape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.creator.ScrapeOutcome;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.creator.UntrackCreator;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The aggregate's state lives in the event store, not in the process: a new process decides the same. */
class RestartIntegrationTest {

    static final TestDatabase DATABASE = TestDatabases.fresh();

    @Test
    void after_a_restart_each_creator_is_rebuilt_from_its_events() {
        String creatorId;
        try (ConfigurableApplicationContext first = start()) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            creatorId = commands.sendAndWait(new TrackCreator("restart.me", "test"));
            commands.sendAndWait(scrape(creatorId, "s-before", Instant.now(), 2));
            commands.sendAndWait(new UntrackCreator(creatorId, "test"));
        }

        try (ConfigurableApplicationContext second = start()) {
            CommandGateway commands = second.getBean(CommandGateway.class);

            assertThatThrownBy(() -> commands.sendAndWait(scrape(creatorId, "s-after", Instant.now(), 1)))
                    .isInstanceOfSatisfying(
                            CommandRejectedException.class,
                            e -> assertThat(e.rejection()).isEqualTo(Rejection.CREATOR_NOT_TRACKED));
            assertThat((String) commands.sendAndWait(new TrackCreator("RESTART.ME", "test")))
                    .isEqualTo(creatorId);
            assertThat((ScrapeOutcome) commands.sendAndWait(scrape(creatorId, "s-before", Instant.now(), 2)))
                    .isEqualTo(ScrapeOutcome.ALREADY_RECORDED);
            assertThat((ScrapeOutcome) commands.sendAndWait(scrape(creatorId, "s-after", Instant.now(), 1)))
                    .isEqualTo(ScrapeOutcome.RECORDED);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandSideTestApplication.class)
                .properties(
                        "spring.datasource.url=" + DATABASE.jdbcUrl(),
                        "spring.datasource.username=" + DATABASE.username(),
                        "spring.datasource.password=" + (DATABASE.password() == null ? "" : DATABASE.password()))
                .run();
    }
}
