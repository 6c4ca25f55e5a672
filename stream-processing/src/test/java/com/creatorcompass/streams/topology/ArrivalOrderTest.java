package com.creatorcompass.streams.topology;

import static com.creatorcompass.streams.topology.TopologyHarness.profile;
import static com.creatorcompass.streams.topology.TopologyHarness.video;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.streams.topology.TopologyHarness.Published;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every output table is a function of the set of events: shuffled, and with every event delivered
 * twice, the same history gives the same rows as in order.
 */
class ArrivalOrderTest {

    private static final String[] TAGS = {"cats", "dogs", "booktok", "fyp", "diy"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shuffledAndDuplicatedEventsGiveTheSameTablesAsEventsInOrder(long seed) {
        List<Published> history = history(new Random(seed));
        Map<String, Map<String, ?>> inOrder = tables(history, 0);

        Random random = new Random(seed * 31);
        List<Published> shuffled = new ArrayList<>(history);
        shuffled.addAll(history);
        Collections.shuffle(shuffled, random);
        Map<String, Map<String, ?>> reordered = tables(shuffled, 37);

        assertThat(inOrder.get(Topics.GROWTH)).hasSizeGreaterThan(50);
        assertThat(inOrder.get(Topics.VELOCITY)).hasSizeGreaterThan(10);
        assertThat(inOrder.get(Topics.HASHTAGS)).isNotEmpty();
        assertThat(inOrder.get(Topics.ALERTS))
                .as("the history has drops and outliers")
                .isNotEmpty();
        assertThat(reordered).isEqualTo(inOrder);
    }

    private static Map<String, Map<String, ?>> tables(List<Published> events, int flushEvery) {
        try (TopologyHarness streams = new TopologyHarness()) {
            for (int i = 0; i < events.size(); i++) {
                streams.publish(events.get(i));
                if (flushEvery > 0 && i % flushEvery == 0) {
                    streams.flush();
                }
            }
            return streams.tables();
        }
    }

    /** Three creators over 40 days: gaps, drops, days seen twice, 12 videos each observed at irregular ages. */
    private static List<Published> history(Random random) {
        List<Published> events = new ArrayList<>();
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        for (String creator : List.of("alpha", "beta", "gamma")) {
            long followers = 10_000 + random.nextInt(5_000);
            for (int day = 0; day < 40; day++) {
                if (random.nextInt(5) == 0) {
                    continue;
                }
                followers += random.nextInt(10) == 0 ? -followers / 20 : random.nextInt(300);
                Instant at = start.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(random.nextInt(1_440)));
                events.add(profile(creator, at.toString(), followers, followers * 7, day / 3));
                if (random.nextInt(3) == 0) {
                    events.add(profile(
                            creator, at.minusSeconds(60).toString(), followers - 50, followers * 7 - 90, day / 3));
                }
            }
            for (int v = 0; v < 12; v++) {
                Instant posted = start.plus(Duration.ofHours(70L * v + random.nextInt(20)));
                String[] tags = {TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]};
                long views = 0;
                long rate = v == 9 ? 40 : 1;
                for (int seen = 0; seen < 6; seen++) {
                    Instant at = posted.plus(
                            Duration.ofMinutes(30L + seen * 300L + random.nextInt(200) + (seen == 5 ? 10_000 : 0)));
                    views += rate * (500 + random.nextInt(2_000));
                    events.add(video(
                            creator,
                            creator + "-v" + v,
                            posted.toString(),
                            at.toString(),
                            views,
                            views / 10,
                            views / 100,
                            views / 200,
                            tags));
                }
            }
        }
        return events;
    }
}
