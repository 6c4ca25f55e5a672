package com.creatorcompass.graphql.mutations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Scrapes on demand cost the scraper (and TikTok's patience): each user gets {@code limit} per
 * sliding {@code window}. Per process: with several API instances a user gets the limit on each.
 */
@Component
public class ScrapeRequestLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    @Autowired
    public ScrapeRequestLimit(@Value("${compass.graphql.scrape-requests-per-window:5}") int limit,
                              @Value("${compass.graphql.scrape-request-window:1m}") Duration window) {
        this(limit, window, Clock.systemUTC());
    }

    ScrapeRequestLimit(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** True, and counted, when the user may request another scrape now. */
    public boolean tryAcquire(String userId) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    public Duration window() {
        return window;
    }
}
