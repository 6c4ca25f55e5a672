package com.creatorcompass.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.streams.metrics.VelocityMetrics.CreatorBand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VelocityMetricsTest {

    @Test
    void the_creators_band_needs_three_earlier_videos() {
        assertThat(VelocityMetrics.creatorBand(List.of(1_000L, 2_000L))).isNull();
        assertThat(VelocityMetrics.creatorBand(List.of(1_000L, 9_000L, 2_000L)))
                .as("sorted 1,000, 2,000, 9,000: p25 at 0.5, median at 1, p75 at 1.5")
                .isEqualTo(new CreatorBand(1_500, 2_000, 5_500));
    }

    @Test
    void interpolated_views_round_to_the_nearest_whole_view_a_half_up() {
        Instant posted = Instant.parse("2026-03-01T00:00:00Z");
        VideoPoint before = point(posted, 10);
        VideoPoint after = point(posted.plus(Duration.ofHours(2)), 13);

        // 10 + (1 / 2) × 3 = 11.5
        assertThat(VelocityMetrics.viewsAt(posted.plus(Duration.ofHours(1)), Duration.ofHours(6), before, after)
                        .views())
                .isEqualTo(12);
    }

    @Test
    void durations_are_exact_to_the_nanosecond_not_cut_to_milliseconds() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(VideoMetrics.hours(at, at.plusNanos(1_000))).isEqualTo(1_000 / 3_600_000_000_000.0);
        VideoPoint before = point(at, 0);
        VideoPoint after = point(at.plusNanos(2_000), 1_000);
        // half-way through a span of 2 µs (0 ms when cut to milliseconds)
        assertThat(VelocityMetrics.viewsAt(at.plusNanos(1_000), Duration.ofHours(1), before, after)
                        .views())
                .isEqualTo(500);
    }

    private static VideoPoint point(Instant at, long views) {
        return new VideoPoint(at, "s-" + at, Count.exact(views), Count.exact(0), Count.exact(0), Count.exact(0));
    }
}
