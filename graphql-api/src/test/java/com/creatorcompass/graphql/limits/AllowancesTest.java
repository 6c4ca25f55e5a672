package com.creatorcompass.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import io.github.bucket4j.TimeMeter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Allowances in PostgreSQL: two API instances draw from one allowance per user, and it refills with time. */
class AllowancesTest {

    static DriverManagerDataSource dataSource;

    final AtomicLong nanos = new AtomicLong(TimeUnit.DAYS.toNanos(20_000));
    final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };
    final Allowances one = new Allowances(dataSource, clock);
    final Allowances two = new Allowances(dataSource, clock);
    final String ana = "u-ana-" + UUID.randomUUID();

    @BeforeAll
    static void database() {
        TestDatabase database = TestDatabases.fresh();
        dataSource = new DriverManagerDataSource(
                database.jdbcUrl(), database.username(), database.password() == null ? "" : database.password());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("auth")
                .locations("classpath:db/migration/auth")
                .load()
                .migrate();
    }

    @AfterEach
    void close() {
        one.close();
        two.close();
    }

    @Test
    void three_a_minute_are_three_across_two_instances_and_come_back_when_the_minute_is_over() {
        Allowances.Allowance scrapes = new Allowances.Allowance("scrapes", 3, 3, Duration.ofMinutes(1), false);

        assertThat(one.take(scrapes, ana).allowed()).isTrue();
        assertThat(two.take(scrapes, ana).allowed()).isTrue();
        assertThat(one.take(scrapes, ana).allowed()).isTrue();
        Allowances.Taken fourth = two.take(scrapes, ana);
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.retryAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(one.take(scrapes, "u-bo-" + UUID.randomUUID()).allowed())
                .as("each user has their own")
                .isTrue();

        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(one.take(scrapes, ana).allowed()).isFalse();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(one.take(scrapes, ana).allowed()).isTrue();
    }

    @Test
    void requests_come_back_little_by_little() {
        Allowances.Allowance requests = new Allowances.Allowance("requests", 60, 20, Duration.ofSeconds(1), true);
        for (int i = 0; i < 60; i++) {
            assertThat((i % 2 == 0 ? one : two).take(requests, ana).allowed())
                    .as("request %d of the burst", i + 1)
                    .isTrue();
        }
        Allowances.Taken over = one.take(requests, ana);
        assertThat(over.allowed()).isFalse();
        assertThat(over.retryAfter()).isEqualTo(Duration.ofMillis(50));

        nanos.addAndGet(Duration.ofMillis(100).toNanos()); // 20 a second: two more
        assertThat(two.take(requests, ana).allowed()).isTrue();
        assertThat(one.take(requests, ana).allowed()).isTrue();
        assertThat(two.take(requests, ana).allowed()).isFalse();
    }

    @Test
    void with_a_slack_of_ten_an_instance_asks_the_database_once_per_ten_and_once_a_second() {
        CountedConnections counted = new CountedConnections(dataSource);
        Allowances instance = new Allowances(counted, clock);
        Allowances.Allowance requests = new Allowances.Allowance("requests", 60, 20, Duration.ofSeconds(1), true, 10);
        try {
            assertThat(instance.take(requests, ana).allowed()).isTrue(); // reads (here: makes) the bucket
            int read = counted.connections.get();
            for (int i = 0; i < 10; i++) {
                assertThat(instance.take(requests, ana).allowed()).isTrue();
            }
            assertThat(counted.connections)
                    .as("ten more count on what was read")
                    .hasValue(read);

            assertThat(instance.take(requests, ana).allowed()).isTrue();
            assertThat(counted.connections)
                    .as("the eleventh is counted with the ten before")
                    .hasValue(read + 1);

            assertThat(instance.take(requests, ana).allowed()).isTrue();
            assertThat(counted.connections).hasValue(read + 1);
            nanos.addAndGet(Allowances.SYNCED_WITHIN.plusMillis(1).toNanos());
            assertThat(instance.take(requests, ana).allowed()).isTrue();
            assertThat(counted.connections)
                    .as("a second later, whatever the count")
                    .hasValue(read + 2);
        } finally {
            instance.close();
        }
    }

    @Test
    void with_slack_two_instances_hand_out_the_burst_and_at_most_their_slack_each_beyond_it() {
        Allowances.Allowance requests = new Allowances.Allowance("requests", 60, 20, Duration.ofSeconds(1), true, 10);
        int allowed = 0;
        for (int i = 0; i < 200; i++) {
            if ((i % 2 == 0 ? one : two).take(requests, ana).allowed()) {
                allowed++;
            }
        }
        assertThat(allowed).isBetween(60, 60 + 2 * 10);

        nanos.addAndGet(Duration.ofSeconds(3).toNanos()); // 20 a second: full again
        assertThat(one.take(requests, ana).allowed()).isTrue();
    }

    @Test
    void while_the_database_cannot_be_asked_requests_go_through_uncounted() {
        Allowances unreachable = new Allowances(
                new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1", "nobody", ""));
        try {
            assertThat(unreachable
                            .take(new Allowances.Allowance("requests", 1, 1, Duration.ofMinutes(1), true), ana)
                            .allowed())
                    .isTrue();
            assertThat(unreachable
                            .take(new Allowances.Allowance("requests", 1, 1, Duration.ofMinutes(1), true), ana)
                            .allowed())
                    .isTrue();
        } finally {
            unreachable.close();
        }
    }

    /** Counts the connections taken: each is one visit to the database. */
    static final class CountedConnections extends DelegatingDataSource {
        final AtomicInteger connections = new AtomicInteger();

        CountedConnections(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return super.getConnection();
        }
    }

    @Test
    void the_allowances_are_described_in_words() {
        assertThat(new Allowances.Allowance("requests", 60, 20, Duration.ofSeconds(1), true).describe())
                .isEqualTo("60 at once and 20 per second");
    }
}
