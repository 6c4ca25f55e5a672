package com.creatorcompass.app.streams;

import com.creatorcompass.streams.topology.StreamSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The stream side of this process: whether it publishes the event store to Kafka, whether it runs the
 * topology and the sink into the series tables, with how many threads and where the local state
 * lives, and the alert thresholds (docs/metrics.md).
 */
@ConfigurationProperties("compass.streams")
public record StreamsProperties(
        boolean publish,
        boolean process,
        int threads,
        Path stateDir,
        double outlierThreshold,
        int outlierMinSample,
        double followerDropThreshold,
        Duration flushInterval) {

    public StreamSettings settings() {
        return new StreamSettings(outlierThreshold, outlierMinSample, followerDropThreshold, flushInterval);
    }
}
