package com.creatorcompass.bench;

import com.creatorcompass.scraper.ScrapeResult;
import com.creatorcompass.scraper.browser.BrowserFactory;
import com.creatorcompass.scraper.browser.BrowserPool;
import com.creatorcompass.scraper.browser.SeleniumProfileSource;
import com.creatorcompass.scraper.page.PageParser;
import com.creatorcompass.scraper.page.PageReading;
import com.creatorcompass.standin.StandInSite;
import com.creatorcompass.standin.SyntheticCreator;
import com.creatorcompass.standin.SyntheticWorld;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Profiles per minute through real headless Chromium against the stand-in site (each profile with
 * its 30 most recent videos), with 1 and 2 browser sessions; beside it, the same pages fetched
 * with a plain HTTP client (no browser) as the baseline. Then parser-only pages per second on the
 * site's saved profile pages, beside a baseline that only parses their JSON with Jackson.
 */
final class ScrapeBenchmark {

    private ScrapeBenchmark() {}

    static void run(BenchOptions options) throws Exception {
        Instant siteTime = Instant.parse("2026-11-20T12:00:00Z");
        try (StandInSite site = new StandInSite(new SyntheticWorld(42, 4), () -> siteTime, 0)) {
            List<String> handles = site.world().creators().stream()
                    .map(SyntheticCreator::handle)
                    .toList();
            System.out.printf(
                    Locale.ROOT,
                    "Scrape benchmark: %d cores, Java %s, Chromium via /usr/bin/chromedriver, %d creators, %d s per figure%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    handles.size(),
                    options.seconds());
            for (int sessions : List.of(1, 2)) {
                double browser = browserProfilesPerMinute(site, handles, sessions, options.seconds());
                double plain = plainHttpProfilesPerMinute(site, handles, sessions, options.seconds());
                System.out.printf(
                        Locale.ROOT,
                        "  %d session%s : %,.0f profiles/min (30 videos each); plain HTTP baseline %,.0f/min; ratio %.2f%n",
                        sessions,
                        sessions == 1 ? " " : "s",
                        browser,
                        plain,
                        browser / plain);
                Figures.add(
                        "scrape",
                        "profiles (30 videos) through Chromium, " + sessions + " session" + (sessions == 1 ? "" : "s"),
                        browser,
                        "plain HTTP, same pages",
                        plain,
                        "/min",
                        true);
            }
            List<String> pages = new ArrayList<>();
            HttpClient http = HttpClient.newHttpClient();
            for (String handle : handles) {
                pages.add(http.send(
                                HttpRequest.newBuilder(URI.create(site.baseUrl() + "/@" + handle))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
            }
            double parsed = parserPagesPerSecond(pages, options.seconds());
            double jsonOnly = jacksonPagesPerSecond(pages, options.seconds());
            System.out.printf(
                    Locale.ROOT,
                    "  parser      : %,.0f profile pages/s (jsoup + Jackson, 1 thread); JSON-only baseline %,.0f/s; ratio %.2f%n",
                    parsed,
                    jsonOnly,
                    parsed / jsonOnly);
            Figures.add(
                    "scrape", "page parser, 1 thread", parsed, "JSON-only parse (Jackson)", jsonOnly, "pages/s", true);
        }
    }

    private static double browserProfilesPerMinute(StandInSite site, List<String> handles, int sessions, int seconds)
            throws Exception {
        BrowserFactory factory =
                new BrowserFactory(null, "/usr/bin/chromium", "/usr/bin/chromedriver", Duration.ofSeconds(20));
        try (BrowserPool pool = new BrowserPool(factory::newSession, sessions, 50)) {
            SeleniumProfileSource source = new SeleniumProfileSource(
                    pool, new PageParser(), site.baseUrl(), 30, Duration.ofSeconds(3), Clock.systemUTC());
            return perMinute(sessions, seconds, handles, handle -> {
                if (!(source.scrape(handle) instanceof ScrapeResult.Observed)) {
                    throw new IllegalStateException("@" + handle + " was not observed");
                }
            });
        }
    }

    private static double plainHttpProfilesPerMinute(StandInSite site, List<String> handles, int clients, int seconds)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        return perMinute(clients, seconds, handles, handle -> {
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create(site.baseUrl() + "/@" + handle))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                String secUid = site.world().creator(handle).orElseThrow().secUid();
                http.send(
                        HttpRequest.newBuilder(URI.create(
                                        site.baseUrl() + "/api/post/item_list/?count=30&cursor=0&secUid=" + secUid))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    interface Scrape {
        void run(String handle) throws Exception;
    }

    private static double perMinute(int threads, int seconds, List<String> handles, Scrape scrape) throws Exception {
        for (int i = 0; i < threads; i++) {
            scrape.run(handles.get(i)); // warm-up: start the sessions
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers.add(pool.submit(() -> {
                int turn = 0;
                while (System.nanoTime() < end) {
                    scrape.run(handles.get((offset + threads * turn++) % handles.size()));
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - start) / 60e9);
    }

    private static double parserPagesPerSecond(List<String> pages, int seconds) {
        PageParser parser = new PageParser();
        return perSecond(pages, seconds, page -> {
            if (!(parser.readProfile(page, null, null, Instant.now()) instanceof PageReading.ProfileRead)) {
                throw new IllegalStateException("a page did not parse");
            }
        });
    }

    private static double jacksonPagesPerSecond(List<String> pages, int seconds) {
        ObjectMapper json = new ObjectMapper();
        String open = "type=\"application/json\">";
        return perSecond(pages, seconds, page -> {
            int from = page.indexOf(open) + open.length();
            try {
                json.readTree(page.substring(from, page.indexOf("</script>", from)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static double perSecond(List<String> pages, int seconds, java.util.function.Consumer<String> work) {
        for (int i = 0; i < 2_000; i++) {
            work.accept(pages.get(i % pages.size()));
        }
        long count = 0;
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < end) {
            work.accept(pages.get((int) (count++ % pages.size())));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
