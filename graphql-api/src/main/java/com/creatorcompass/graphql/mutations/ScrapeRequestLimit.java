package com.creatorcompass.graphql.mutations;

import com.creatorcompass.graphql.GraphQlProperties;
import com.creatorcompass.graphql.limits.Allowances;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Scrapes on demand cost the scraper (and TikTok's patience): each user gets {@code limit} per
 * {@code window}, counted in PostgreSQL, so across every API instance ({@link Allowances}).
 */
@Component
public class ScrapeRequestLimit {

    private final Allowances allowances;
    private final Allowances.Allowance scrapes;

    public ScrapeRequestLimit(Allowances allowances, GraphQlProperties properties) {
        this.allowances = allowances;
        this.scrapes = new Allowances.Allowance(
                "scrapes",
                properties.scrapeRequestsPerWindow(),
                properties.scrapeRequestsPerWindow(),
                properties.scrapeRequestWindow(),
                false);
    }

    /** True, and counted, when the user may request another scrape now. */
    public boolean tryAcquire(String userId) {
        return allowances.take(scrapes, userId).allowed();
    }

    public Duration window() {
        return scrapes.period();
    }
}
