package com.creatorcompass.graphql;

import java.time.Duration;
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
 */
@ConfigurationProperties("compass.graphql")
public record GraphQlProperties(
        boolean allowListOnly,
        Integer requestBurst,
        Integer requestsPerSecond,
        Duration timeout,
        Integer scrapeRequestsPerWindow,
        Duration scrapeRequestWindow) {

    public GraphQlProperties {
        requestBurst = requestBurst == null ? 60 : requestBurst;
        requestsPerSecond = requestsPerSecond == null ? 20 : requestsPerSecond;
        timeout = timeout == null ? Duration.ofSeconds(15) : timeout;
        scrapeRequestsPerWindow = scrapeRequestsPerWindow == null ? 5 : scrapeRequestsPerWindow;
        scrapeRequestWindow = scrapeRequestWindow == null ? Duration.ofMinutes(1) : scrapeRequestWindow;
    }
}
