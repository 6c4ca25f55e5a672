package com.creatorcompass.streams.topology;

import static com.creatorcompass.streams.topology.TopologyHarness.profile;
import static com.creatorcompass.streams.topology.TopologyHarness.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creatorcompass.contracts.stream.Alert;
import com.creatorcompass.contracts.stream.CreatorEngagementDay;
import com.creatorcompass.contracts.stream.HashtagDay;
import com.creatorcompass.contracts.stream.Topics;
import com.creatorcompass.contracts.stream.VideoEngagementPoint;
import com.creatorcompass.contracts.stream.VideoVelocity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engagement, velocity, hashtag and outlier examples of docs/metrics.md, through the topology. */
class EngagementTopologyTest {

    private static final String POSTED = "2026-03-01T00:00:00Z";

    @Test
    void eachVideoObservationGetsItsDeltasVelocityAndEngagementRate() {
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(video("c", "v", POSTED, "2026-03-01T06:00:00Z", 4_000, 300, 40, 20));
            streams.publish(video("c", "v", POSTED, "2026-03-01T01:00:00Z", 1_000, 100, 10, 5));
            streams.publish(video("c", "v", POSTED, "2026-03-02T02:00:00Z", 9_000, 600, 90, 60));

            Map<String, VideoEngagementPoint> series = streams.table(Topics.VIDEO_SERIES, VideoEngagementPoint.class);
            VideoEngagementPoint first = series.get("v|2026-03-01T01:00:00Z");
            assertThat(first.engagementRate()).isCloseTo(0.115, within(1e-12));
            assertThat(first.viewsPerHour()).isCloseTo(1_000, within(1e-9));
            assertThat(first.viewsDelta()).isNull();
            VideoEngagementPoint second = series.get("v|2026-03-01T06:00:00Z");
            assertThat(second.viewsDelta())
                    .as("the earlier observation arrived later and still counts")
                    .isEqualTo(3_000);
            assertThat(second.likesDelta()).isEqualTo(200);
            assertThat(second.commentsDelta()).isEqualTo(30);
            assertThat(second.sharesDelta()).isEqualTo(15);
            assertThat(second.hoursSincePrevious()).isCloseTo(5, within(1e-12));
            assertThat(second.viewsPerHour()).isCloseTo(666.6667, within(1e-4));
            assertThat(second.engagementRate()).isCloseTo(0.09, within(1e-12));
            assertThat(series.get("v|2026-03-02T02:00:00Z").engagementRate()).isCloseTo(0.08333, within(1e-5));

            Map<String, VideoVelocity> velocity = streams.table(Topics.VELOCITY, VideoVelocity.class);
            assertThat(velocity.get("v|1h").views()).isEqualTo(1_000);
            assertThat(velocity.get("v|1h").interpolated()).isFalse();
            assertThat(velocity.get("v|6h").views()).isEqualTo(4_000);
            assertThat(velocity.get("v|24h").views()).isEqualTo(8_500);
            assertThat(velocity.get("v|24h").interpolated()).isTrue();
            assertThat(velocity).as("never extrapolated").doesNotContainKey("v|7d");
        }
    }

    @Test
    void aVideoFarAboveTheCreatorsMedianAtTheSameAgeIsAnOutlier() {
        try (TopologyHarness streams = new TopologyHarness()) {
            long[] earlier = {1_000, 2_000, 3_000, 4_000, 5_000};
            for (int i = 0; i < earlier.length; i++) {
                String posted = "2026-03-0" + (i + 1) + "T00:00:00Z";
                String dayLater = "2026-03-0" + (i + 2) + "T00:00:00Z";
                streams.publish(video("c", "e" + i, posted, dayLater, earlier[i], 0, 0, 0));
            }
            streams.publish(video("c", "hit", "2026-03-07T00:00:00Z", "2026-03-08T00:00:00Z", 9_000, 0, 0, 0));

            VideoVelocity hit =
                    streams.table(Topics.VELOCITY, VideoVelocity.class).get("hit|24h");
            assertThat(hit.creatorMedian()).isEqualTo(3_000);
            assertThat(hit.creatorLowerQuartile())
                    .as("p25 of 1,000 … 5,000: position 0.25 × 4 = 1")
                    .isEqualTo(2_000);
            assertThat(hit.creatorUpperQuartile()).as("p75: position 3").isEqualTo(4_000);
            assertThat(hit.medianSample()).isEqualTo(5);
            assertThat(hit.outlierScore()).isCloseTo(2.0, within(1e-12));
            Map<String, Alert> alerts = streams.table(Topics.ALERTS, Alert.class);
            assertThat(alerts.get("outlier|hit|24h").kind()).isEqualTo(Alert.Kind.VIDEO_OUTLIER);
            assertThat(alerts)
                    .as("the median of fewer than five videos is not enough to alert")
                    .hasSize(1);
        }
    }

    @Test
    void aCreatorsDayAveragesTheRecentVideosAsTheyStoodAtTheDaysEnd() {
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(profile("c", "2026-03-02T20:00:00Z", 10_000, 0, 3));
            streams.publish(video("c", "a", "2026-03-01T10:00:00Z", "2026-03-02T20:00:00Z", 1_000, 80, 15, 5));
            streams.publish(video("c", "b", "2026-03-01T16:00:00Z", "2026-03-02T20:00:00Z", 2_000, 250, 30, 20));
            // Seen 12 hours and 1 hour after posting: too young to count (their rates still move by the hour).
            streams.publish(video("c", "y", "2026-03-02T08:00:00Z", "2026-03-02T20:00:00Z", 500, 150, 30, 20));
            streams.publish(video("c", "c0", "2026-03-02T19:00:00Z", "2026-03-02T20:00:00Z", 0, 0, 0, 0));
            streams.publish(video("c", "a", "2026-03-01T10:00:00Z", "2026-03-03T20:00:00Z", 50_000, 9_000, 0, 0));

            CreatorEngagementDay day =
                    streams.table(Topics.ENGAGEMENT, CreatorEngagementDay.class).get("c|2026-03-02");
            assertThat(day.videosConsidered()).isEqualTo(2);
            assertThat(day.engagementByViewsMean()).isCloseTo(0.125, within(1e-12)); // 0.1 and 0.15 (y's 0.4 left out)
            assertThat(day.engagementByViewsMedian()).isCloseTo(0.125, within(1e-12));
            assertThat(day.engagementByFollowersMean()).isCloseTo(0.02, within(1e-12)); // 0.01 and 0.03
            assertThat(day.engagementByFollowersMedian()).isCloseTo(0.02, within(1e-12));
            assertThat(day.medianViewsLast30()).isEqualTo(1_500);
            assertThat(day.postsThatDay()).isEqualTo(2);
        }
    }

    @Test
    void hashtagDaysSumTheLatestStandingOfEveryVideoPostedThatDay() {
        try (TopologyHarness streams = new TopologyHarness()) {
            streams.publish(video("c1", "a", POSTED, "2026-03-01T05:00:00Z", 400, 10, 0, 0, "cats", "funny"));
            streams.publish(video("c1", "a", POSTED, "2026-03-01T10:00:00Z", 1_000, 100, 0, 0, "cats", "funny"));
            streams.publish(video("c2", "b", POSTED, "2026-03-01T10:00:00Z", 3_000, 600, 0, 0, "cats"));
            streams.publish(video("c2", "d", POSTED, "2026-03-01T10:00:00Z", 500, 25, 0, 0, "cats", "dropped"));
            streams.publish(video("c2", "d", POSTED, "2026-03-01T11:00:00Z", 500, 25, 0, 0, "cats"));

            Map<String, HashtagDay> hashtags = streams.table(Topics.HASHTAGS, HashtagDay.class);
            HashtagDay cats = hashtags.get("cats|2026-03-01");
            assertThat(cats.videos()).isEqualTo(3);
            assertThat(cats.creators()).isEqualTo(2);
            assertThat(cats.views()).isEqualTo(4_500);
            assertThat(cats.medianEngagementRate()).isCloseTo(0.1, within(1e-12));
            assertThat(hashtags.get("funny|2026-03-01").views()).isEqualTo(1_000);
            assertThat(hashtags).as("the edited caption dropped the tag").doesNotContainKey("dropped|2026-03-01");
        }
    }
}
