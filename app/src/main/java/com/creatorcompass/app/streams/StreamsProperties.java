package com.creatorcompass.app.streams;

import com.creatorcompass.streams.topology.StreamSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The stream side of this process: whether it publishes the event store to Kafka, whether it runs the
 * topology and the sink into the series tables, with how many threads and where the local state
 * lives, and the alert thresholds (docs/metrics.md).
 *
 * @param publish               whether this process publishes the event store to Kafka: set by compass.roles
 *                              (publisher), not on its own
 * @param process               whether this process runs the Kafka Streams topology and the sink into the series
 *                              tables: set by compass.roles (streams), not on its own
 * @param threads               stream threads in this process
 * @param stateDir              where their RocksDB state lives
 * @param outlierThreshold      a video alerts when views / median - 1 at an age reaches this
 * @param outlierMinSample      ... over a median of at least this many videos
 * @param followerDropThreshold a fall in followers from the previous close (a fraction) that alerts
 * @param flushInterval         how often day aggregates (engagement, hashtags) are recomputed
 * @param mirroredEntries       entries of each state store that a partition keeps decoded in memory (a creator's
 *                              closes, a video's observations; docs/performance.md, Stream)
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
        Duration flushInterval,
        int mirroredEntries) {

    public StreamSettings settings() {
        return new StreamSettings(
                outlierThreshold, outlierMinSample, followerDropThreshold, flushInterval, mirroredEntries);
    }
}
