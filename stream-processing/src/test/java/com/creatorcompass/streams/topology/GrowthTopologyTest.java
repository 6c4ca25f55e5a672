package com.creatorcompass.streams.topology;

import static com.creatorcompass.streams.topology.TopologyHarness.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.CreatorGrowthDay;
import com.creatorcompass.contracts.stream.Topics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The growth examples of docs/metrics.md, through the topology. */
class GrowthTopologyTest {

    @Test
    void dailyClosesGiveDeltasAndGrowthRatesOverTheirBases() {
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(profile("c", "2026-03-01T09:00:00Z", 900, 4_000, 9));
            streams.publish(profile("c", "2026-03-01T21:00:00Z", 1_000, 5_000, 10));
            streams.publish(profile("c", "2026-03-02T21:00:00Z", 1_100, 5_600, 11));
            streams.publish(profile("c", "2026-03-08T21:00:00Z", 1_400, 8_000, 13));

            Map<String, CreatorGrowthDay> growth = streams.table(Topics.GROWTH, CreatorGrowthDay.class);

            CreatorGrowthDay first = growth.get("c|2026-03-01");
            assertThat(first.followers())
                    .as("the day closes on its last observation")
                    .isEqualTo(1_000);
            assertThat(first.followersDelta()).isNull();
            CreatorGrowthDay second = growth.get("c|2026-03-02");
            assertThat(second.daysSincePrevious()).isEqualTo(1);
            assertThat(second.followersDelta()).isEqualTo(100);
            assertThat(second.likesDelta()).isEqualTo(600);
            assertThat(second.videosDelta()).isEqualTo(1);
            assertThat(second.followersGrowth1d()).isCloseTo(0.1, within(1e-12));
            assertThat(second.likesGrowth1d()).isCloseTo(0.12, within(1e-12));
            assertThat(second.followersGrowth7d()).isNull();
            assertThat(second.followersGrowth28d()).isNull();
            CreatorGrowthDay eighth = growth.get("c|2026-03-08");
            assertThat(eighth.daysSincePrevious()).isEqualTo(6);
            assertThat(eighth.followersDelta()).isEqualTo(300);
            assertThat(eighth.likesDelta()).isEqualTo(2_400);
            assertThat(eighth.followersGrowth1d()).isNull();
            assertThat(eighth.followersGrowth7d()).isCloseTo(0.4, within(1e-12));
            assertThat(eighth.likesGrowth7d()).isCloseTo(0.6, within(1e-12));
            assertThat(eighth.followersTrendPerDay())
                    .as("three closes are too few for a trend")
                    .isNull();
            assertThat(eighth.growthRestsOnRounded()).isFalse();
        }
    }

    @Test
    void ofTwoObservationsAtTheSameInstantTheGreaterScrapeIdClosesTheDayInWhicheverOrderTheyArrive() {
        for (List<String> order : List.of(List.of("B", "a"), List.of("a", "B"))) {
            try (TopologyHarness streams = new TopologyHarness()) {
                for (String scrapeId : order) {
                    long followers = scrapeId.equals("a") ? 2_000 : 1_000;
                    streams.publish(profile(
                            "c",
                            scrapeId,
                            "2026-03-01T21:00:00Z",
                            Count.exact(followers),
                            Count.exact(5),
                            Count.exact(1)));
                }
                assertThat(streams.table(Topics.GROWTH, CreatorGrowthDay.class)
                                .get("c|2026-03-01")
                                .followers())
                        .as("'a' is greater than 'B' character by character, as the warehouse compares them")
                        .isEqualTo(2_000);
            }
        }
    }

    @Test
    void aLinearTrendOverSevenClosesProjectsThirtyAndNinetyDays() {
        try (TopologyHarness streams = new TopologyHarness()) {
            for (int day = 0; day < 7; day++) {
                streams.publish(profile("c", "2026-04-0" + (day + 1) + "T12:00:00Z", 100 + 10L * day, 0, 0));
            }
            CreatorGrowthDay last =
                    streams.table(Topics.GROWTH, CreatorGrowthDay.class).get("c|2026-04-07");
            assertThat(last.followersTrendPerDay()).isCloseTo(10.0, within(1e-9));
            assertThat(last.projectedFollowers30d()).isEqualTo(460);
            assertThat(last.projectedFollowers90d()).isEqualTo(1_060);
        }
    }

    @Test
    void aBackfilledCloseMonthsLateLandsOnItsDayAndUpdatesTheDaysThatDependOnIt() {
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(profile("c", "2026-03-08T21:00:00Z", 1_400, 8_000, 13));
            streams.publish(profile("c", "2026-03-01T21:00:00Z", 1_000, 5_000, 10));

            CreatorGrowthDay eighth =
                    streams.table(Topics.GROWTH, CreatorGrowthDay.class).get("c|2026-03-08");
            assertThat(eighth.followersGrowth7d()).isCloseTo(0.4, within(1e-12));
            assertThat(eighth.daysSincePrevious()).isEqualTo(7);
        }
    }

    @Test
    void rowsSayWhenTheyRestOnRoundedCounts() {
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(
                    profile("c", "2026-03-01T21:00:00Z", Count.rounded(1_200_000), Count.exact(5), Count.exact(1)));
            streams.publish(
                    profile("c", "2026-03-02T21:00:00Z", Count.exact(1_234_567), Count.exact(6), Count.exact(1)));

            Map<String, CreatorGrowthDay> growth = streams.table(Topics.GROWTH, CreatorGrowthDay.class);
            assertThat(growth.get("c|2026-03-01").followersRounded()).isTrue();
            assertThat(growth.get("c|2026-03-02").followersRounded()).isFalse();
            assertThat(growth.get("c|2026-03-02").growthRestsOnRounded())
                    .as("its delta starts from a rounded count")
                    .isTrue();
        }
    }

    @Test
    void anObservationWithAnUnknownCountClosesNoDaySoNoGrowthRestsOnIt() {
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(
                    profile("c", "2026-03-01T21:00:00Z", Count.exact(1_000), Count.exact(5_000), Count.exact(10)));
            streams.publish(
                    profile("c", "2026-03-02T09:00:00Z", Count.exact(1_100), Count.exact(5_600), Count.exact(11)));
            streams.publish(profile("c", "2026-03-02T21:00:00Z", Count.exact(1_150), null, Count.exact(11)));
            streams.publish(profile("c", "2026-03-03T21:00:00Z", null, Count.exact(6_000), Count.exact(12)));

            Map<String, CreatorGrowthDay> growth = streams.table(Topics.GROWTH, CreatorGrowthDay.class);
            assertThat(growth.get("c|2026-03-02").followers())
                    .as("the later observation lacks likes")
                    .isEqualTo(1_100);
            assertThat(growth).doesNotContainKey("c|2026-03-03");
        }
    }

    @Test
    void aFollowerDropBeyondTheThresholdAlertsAndLateDataThatExplainsItWithdrawsTheAlert() {
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(profile("c", "2026-03-01T21:00:00Z", 1_000, 0, 0));
            streams.publish(profile("c", "2026-03-03T21:00:00Z", 970, 0, 0));

            Alert drop = streams.table(Topics.ALERTS, Alert.class).get("follower-drop|c|2026-03-03");
            assertThat(drop.kind()).isEqualTo(Alert.Kind.FOLLOWER_DROP);
            assertThat(drop.score()).isCloseTo(0.03, within(1e-12));
            assertThat(drop.observed()).isEqualTo(970);
            assertThat(drop.reference()).isEqualTo(1_000);

            streams.publish(profile("c", "2026-03-02T21:00:00Z", 979, 0, 0));
            Map<String, Alert> alerts = streams.table(Topics.ALERTS, Alert.class);
            assertThat(alerts)
                    .as("979 → 970 is under 1 %: the alert on the 3rd is withdrawn")
                    .doesNotContainKey("follower-drop|c|2026-03-03");
            assertThat(alerts.get("follower-drop|c|2026-03-02").score())
                    .as("the drop happened a day earlier")
                    .isCloseTo(0.021, within(1e-12));
        }
    }
}
