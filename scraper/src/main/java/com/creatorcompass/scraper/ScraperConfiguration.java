package com.creatorcompass.scraper;

import com.creatorcompass.scraper.browser.BrowserFactory;
import com.creatorcompass.scraper.browser.BrowserPool;
import com.creatorcompass.scraper.browser.SeleniumProfileSource;
import com.creatorcompass.scraper.page.PageParser;
import com.creatorcompass.scraper.schedule.ScheduleRepository;
import com.creatorcompass.scraper.schedule.ScrapeScheduleProjection;
import com.creatorcompass.scraper.schedule.ScrapeScheduler;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The scraper, when {@code compass.scraper.enabled}: browsers, politeness, the schedule and its poller. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScraperProperties.class)
@ConditionalOnProperty(name = "compass.scraper.enabled", havingValue = "true")
public class ScraperConfiguration {

    @Bean(initMethod = "migrate")
    public Flyway scraperFlyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas("scraper")
                .locations("classpath:db/migration/scraper")
                .load();
    }

    @Bean(destroyMethod = "close")
    public BrowserPool browserPool(ScraperProperties properties) {
        BrowserFactory factory = new BrowserFactory(
                properties.gridUrl(), properties.chromiumBinary(), properties.chromedriver(), properties.pageTimeout());
        return new BrowserPool(factory::newSession, properties.sessions(), properties.recycleAfter());
    }

    @Bean
    public ProfileSource profileSource(BrowserPool pool, ScraperProperties properties, ObjectProvider<Clock> clock) {
        return new SeleniumProfileSource(
                pool,
                new PageParser(),
                properties.baseUrl(),
                properties.maxVideos(),
                properties.renderTimeout(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    public ScrapeRunner scrapeRunner(
            ProfileSource source, CommandGateway commands, ScraperProperties properties, ObjectProvider<Clock> clock) {
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        return new ScrapeRunner(
                source,
                new HostThrottle(properties.minInterval(), properties.hostBackoff(), time),
                commands,
                properties.baseUrl(),
                properties.maxAttempts(),
                properties.retryBackoff(),
                time);
    }

    @Bean
    public ScheduleRepository scheduleRepository(JdbcTemplate jdbc) {
        return new ScheduleRepository(jdbc);
    }

    @Bean
    public ScrapeScheduleProjection scrapeScheduleProjection(ScheduleRepository schedule) {
        return new ScrapeScheduleProjection(schedule);
    }

    @Bean
    public ScrapeScheduler scrapeScheduler(
            ScheduleRepository schedule, ScrapeRunner runner, ScraperProperties properties) {
        String worker = ManagementFactory.getRuntimeMXBean().getName();
        return new ScrapeScheduler(
                schedule,
                runner,
                worker,
                properties.sessions(),
                properties.interval(),
                properties.lease(),
                properties.pollEvery());
    }
}
