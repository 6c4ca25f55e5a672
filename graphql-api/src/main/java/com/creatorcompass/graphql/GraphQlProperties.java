package com.creatorcompass.graphql;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code compass.graphql.*}: what the API lets one user do (docs/security.md).
 *
 * @param allowListOnly           only the documents the web UI ships may run
 * @param requestBurst            GraphQL requests a user may send at once (every operation, every instance)
 * @param requestsPerSecond       and how many a second come back after a burst
 * @param timeout                 how long one request may run before it is cancelled (answered 503)
 * @param scrapeRequestsPerWindow scrapes on demand (and tracks of new creators) a user gets per window
 * @param scrapeRequestWindow     that window
 * @param responseCacheMegabytes  how much JSON of creators' analytics each API instance keeps in memory, answered
 *                                again until one of the creators changes (0: none)
 * @param responseCacheTimeToLive how long such an answer is kept at most (a view of "now" ages with the clock)
 */
@ConfigurationProperties("compass.graphql")
public record GraphQlProperties(
        boolean allowListOnly,
        Integer requestBurst,
        Integer requestsPerSecond,
        Duration timeout,
        Integer scrapeRequestsPerWindow,
        Duration scrapeRequestWindow,
        Integer responseCacheMegabytes,
        Duration responseCacheTimeToLive) {

    // The defaults live in application.yml alone (the README's table is generated from it).
    public GraphQlProperties {
        Objects.requireNonNull(requestBurst, "compass.graphql.request-burst is required");
        Objects.requireNonNull(requestsPerSecond, "compass.graphql.requests-per-second is required");
        Objects.requireNonNull(timeout, "compass.graphql.timeout is required");
        Objects.requireNonNull(scrapeRequestsPerWindow, "compass.graphql.scrape-requests-per-window is required");
        Objects.requireNonNull(scrapeRequestWindow, "compass.graphql.scrape-request-window is required");
        Objects.requireNonNull(responseCacheMegabytes, "compass.graphql.response-cache-megabytes is required");
        Objects.requireNonNull(responseCacheTimeToLive, "compass.graphql.response-cache-time-to-live is required");
    }
}
