package com.creatorcompass.app;

import static com.creatorcompass.testsupport.Observations.profileAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.creator.TrackCreator;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.query.AsOf;
import com.creatorcompass.contracts.query.CreatorsFound;
import com.creatorcompass.contracts.query.FindCreators;
import com.creatorcompass.graphql.cache.ResponseCache;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With COMPASS_DB_READ_URL set, dashboards are read through the replica's read-only pool as its
 * least-privileged role, while commands and projections keep writing the primary. Here the "replica"
 * is the primary itself reached as another user, so the test can see which connection answered.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "compass.scraper.enabled=false",
            "compass.demo.seed=false",
            "compass.kafka.enabled=false",
            // its context stays cached: it must not hold the stand-in's port another test's context starts on
            "compass.standin.port=0"
        })
class ReadReplicaTest {

    static final TestDatabase DATABASE = TestDatabases.fresh();
    static final String READS_LOGIN = "compass_reads_test";

    static {
        // A login without any grant yet: the reader role only exists once the migrations ran.
        execute("do $$ begin if not exists (select from pg_roles where rolname = '" + READS_LOGIN + "') then "
                + "create role " + READS_LOGIN + " login; end if; end $$");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        DATABASE.registerAsCompassDatabase(registry);
        registry.add("compass.db.read-url", DATABASE::jdbcUrl);
        registry.add("compass.db.read-user", () -> READS_LOGIN);
        registry.add("compass.db.read-password", () -> "");
    }

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcTemplate primary;

    @Autowired
    ResponseCache kept;

    /** A replica may replay a change after the primary's notice of it arrived: an answer kept then would stay stale. */
    @Test
    void no_answer_is_kept_in_memory_when_reads_come_from_a_replica() {
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> !kept.serving());
    }

    @Test
    void dashboards_are_read_from_the_replica_as_the_reader_role_and_writes_go_to_the_primary() {
        primary.execute("grant compass_reader to " + READS_LOGIN);
        String creatorId = commands.sendAndWait(new TrackCreator("replica.reader", "test"));
        commands.sendAndWait(new RecordScrape(
                creatorId,
                "replica-1",
                SnapshotSource.SIMULATION,
                profileAt("2026-11-01T10:00:00Z")
                        .ids("1", null)
                        .nickname("Replica")
                        .followers(1_234)
                        .following(5)
                        .likes(99)
                        .videos(0)
                        .build(),
                List.of()));

        CreatorsFound found = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> queries.query(new FindCreators(List.of("replica.reader"), AsOf.NOW), CreatorsFound.class)
                                .join(),
                        f -> !f.creators().isEmpty());

        assertThat(found.creators().get(0).profile().followers().value()).isEqualTo(1_234);
        assertThat(primary.queryForObject(
                        "select count(*) from pg_stat_activity where datname = current_database() "
                                + "and usename = ? and application_name = 'compass-reads'",
                        Long.class,
                        READS_LOGIN))
                .isPositive();
        assertThat(primary.queryForObject(
                        "select count(*) from pg_stat_activity where datname = current_database() "
                                + "and usename = ? and application_name <> 'compass-reads'",
                        Long.class,
                        READS_LOGIN))
                .isZero();
    }

    private static void execute(String statementText) {
        try (Connection connection = DATABASE.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
