package com.creatorcompass.streams.topology;

import static com.creatorcompass.streams.topology.TopologyHarness.video;
import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.stream.SeriesKeys;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.contracts.stream.VelocityAge;
import com.creatorcompass.contracts.stream.VideoEngagementPoint;
import com.creatorcompass.contracts.stream.VideoVelocity;
import com.creatorcompass.streams.topology.RandomHistories.Arrival;
import com.creatorcompass.streams.topology.TopologyHarness.Published;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A video's posting time is the one its latest observation gives (docs/metrics.md): when observations
 * disagree, every figure resting on it — series ages, views at each age, the 30-video windows,
 * engagement days, hashtag days — follows the latest, whatever order the observations arrive in.
 */
class MovedPostingTimeTest {

    private static final Instant SAID_FIRST = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant SAID_LATER = Instant.parse("2026-03-01T11:30:00Z");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theLatestObservationsPostingTimeDecidesTheAgesWhicheverArrivesFirst(boolean latestFirst) {
        Published first = video("c", "v", SAID_FIRST.toString(), "2026-03-01T11:00:00Z", 100, 10, 1, 1);
        Published later = video("c", "v", SAID_LATER.toString(), "2026-03-01T12:30:00Z", 400, 40, 4, 2);
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(latestFirst ? List.of(later, first) : List.of(first, later));

            Map<String, VideoVelocity> velocity = streams.table(Topics.VELOCITY, VideoVelocity.class);
            assertThat(velocity)
                    .as("1 h after 11:30 is the later observation itself; 1 h after 10:00 is no longer an age")
                    .containsOnlyKeys(SeriesKeys.videoAge("v", VelocityAge.H1));
            VideoVelocity h1 = velocity.get(SeriesKeys.videoAge("v", VelocityAge.H1));
            assertThat(h1.views()).isEqualTo(400);
            assertThat(h1.interpolated()).isFalse();
            assertThat(h1.postedAt()).isEqualTo(SAID_LATER);

            Map<String, VideoEngagementPoint> series = streams.table(Topics.VIDEO_SERIES, VideoEngagementPoint.class);
            assertThat(series.values())
                    .extracting(VideoEngagementPoint::postedAt)
                    .containsOnly(SAID_LATER);
            assertThat(series.get(SeriesKeys.videoObservation("v", Instant.parse("2026-03-01T11:00:00Z")))
                            .ageHours())
                    .as("seen at 11:00, posted (by the latest word) at 11:30")
                    .isEqualTo(-0.5);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void tablesDoNotDependOnArrivalOrderWhenPostingTimesMove(long seed) {
        Random random = new Random(seed);
        List<Published> history = RandomHistories.history(random, true);
        Map<String, Map<String, ?>> inOrder = tables(history);

        List<Published> reversed = new ArrayList<>(history);
        Collections.reverse(reversed);
        assertThat(tables(reversed)).as("reversed").isEqualTo(inOrder);
        assertThat(tables(RandomHistories.arriving(history, Arrival.SHUFFLED_AND_TWICE, random)))
                .as("shuffled, some twice")
                .isEqualTo(inOrder);
    }

    private static Map<String, Map<String, ?>> tables(List<Published> events) {
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(events);
            return streams.tables();
        }
    }
}
