package com.creatorcompass.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    @Test
    void the_allowances_are_described_in_words() {
        assertThat(new Allowances.Allowance("requests", 60, 20, Duration.ofSeconds(1), true).describe())
                .isEqualTo("60 at once and 20 per second");
    }
}
