package com.creatorcompass.scraper;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the scraper behaves; defaults and environment variables are in the app's application.yml.
 *
 * @param enabled       whether this process runs the scrape scheduler: set by compass.roles (scraper) and
 *                      off for CLI commands, not on its own
 * @param baseUrl       site to scrape: https://www.tiktok.com, or the stand-in site
 * @param chromiumBinary the local Chromium (Selenium Manager is never used)
 * @param chromedriver  the local chromedriver
 * @param gridUrl       a Selenium Grid to use instead of local Chromium (empty: local)
 * @param sessions      browser sessions in the pool, and so scrapes in parallel
 * @param recycleAfter  pages a session serves before it is replaced by a fresh one
 * @param pageTimeout   page-load limit
 * @param renderTimeout how long to wait for the rendered grid after the page loaded
 * @param maxVideos     most recent videos observed per scrape
 * @param minInterval   least time between two page loads from one host (jitter added)
 * @param maxAttempts   tries for a transient failure before it is recorded
 * @param retryBackoff  first pause between tries; doubles each time, with jitter
 * @param hostBackoff   first pause for a whole host after a captcha or block; doubles up to 32×
 * @param interval      how often each tracked creator is scraped
 * @param lease         how long a claimed creator stays claimed if its scraper dies
 * @param pollEvery     how often the schedule is polled for creators due
 */
@ConfigurationProperties("compass.scraper")
public record ScraperProperties(
        boolean enabled,
        String baseUrl,
        String gridUrl,
        String chromiumBinary,
        String chromedriver,
        int sessions,
        int recycleAfter,
        Duration pageTimeout,
        Duration renderTimeout,
        int maxVideos,
        Duration minInterval,
        int maxAttempts,
        Duration retryBackoff,
        Duration hostBackoff,
        Duration interval,
        Duration lease,
        Duration pollEvery) {}
