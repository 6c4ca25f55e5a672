package com.creatorcompass.scraper.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.ScrapeRequested;
import com.creatorcompass.testsupport.TestDatabase;
import com.creatorcompass.testsupport.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A requested scrape jumps the schedule: a creator scraped a minute ago is due again at once. */
class ScrapeRequestTest {

    @Test
    void a_requested_scrape_makes_a_recently_scraped_creator_due_now() {
        TestDatabase database = TestDatabases.fresh();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                database.jdbcUrl(), database.username(), database.password() == null ? "" : database.password());
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("scraper")
                .locations("classpath:db/migration/scraper")
                .load()
                .migrate();
        ScheduleRepository schedule = new ScheduleRepository(new JdbcTemplate(dataSource));
        ScrapeScheduleProjection projection = new ScrapeScheduleProjection(schedule);
        Instant now = Instant.now();
        projection.on(new CreatorTracked("creator-1", "ana", now, "user-1"));
        assertThat(schedule.claimDue("worker", 10, Duration.ofMinutes(1)))
                .extracting(ScheduleRepository.Claim::handle)
                .containsExactly("ana");
        schedule.finish("creator-1", "worker", "RECORDED", Duration.ofHours(6));
        assertThat(schedule.claimDue("worker", 10, Duration.ofMinutes(1))).isEmpty();

        projection.on(new ScrapeRequested("creator-1", "ana", now, "user-1"));

        assertThat(schedule.claimDue("worker", 10, Duration.ofMinutes(1)))
                .extracting(ScheduleRepository.Claim::handle)
                .containsExactly("ana");
    }
}
