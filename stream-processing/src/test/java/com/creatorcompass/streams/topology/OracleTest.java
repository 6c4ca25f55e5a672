package com.creatorcompass.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.streams.oracle.OracleTopology;
import com.creatorcompass.streams.topology.RandomHistories.Arrival;
import com.creatorcompass.streams.topology.TopologyHarness.Published;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The topology computes exactly what the old one did (kept in test scope as {@link OracleTopology}):
 * over random histories — in order, a tenth months late, shuffled, delivered twice — with the day
 * aggregates flushed at the same random points, both give the same output tables, row for row; and so
 * they do when the topology can keep only a few entries decoded in memory and reads the rest again.
 */
@Execution(ExecutionMode.CONCURRENT)
class OracleTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theTopologyGivesTheOraclesTables(long seed) {
        Random random = new Random(seed);
        List<Published> history = RandomHistories.history(random);
        Arrival arrival = Arrival.values()[(int) (seed % Arrival.values().length)];
        List<Published> events = RandomHistories.arriving(history, arrival, random);
        int flushEvery = 1 + random.nextInt(200);

        Map<String, Map<String, ?>> oracle = tables(
                new TopologyHarness(OracleTopology.build(TopologyHarness.GENERATION, StreamSettings.defaults(), true)),
                events,
                flushEvery);
        StreamSettings settings = StreamSettings.defaults();
        if (seed % 3 == 0) {
            settings = new StreamSettings(
                    settings.outlierThreshold(),
                    settings.outlierMinSample(),
                    settings.followerDropThreshold(),
                    settings.flushInterval(),
                    40);
        }
        Map<String, Map<String, ?>> ours = tables(new TopologyHarness(settings), events, flushEvery);

        assertThat(oracle.get(Topics.GROWTH)).as("the history has growth rows").isNotEmpty();
        for (String output : oracle.keySet()) {
            assertThat(ours.get(output))
                    .as("%s, %s, %d events", output, arrival, events.size())
                    .isEqualTo(oracle.get(output));
        }
    }

    private static Map<String, Map<String, ?>> tables(TopologyHarness harness, List<Published> events, int flushEvery) {
        try (harness) {
            for (int i = 0; i < events.size(); i++) {
                harness.publish(events.get(i));
                if (i % flushEvery == 0) {
                    harness.flush();
                }
            }
            return harness.tables();
        }
    }
}
