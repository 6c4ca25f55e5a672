package com.creatorcompass.streams.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.streams.metrics.VelocityMetrics.CreatorBand;
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
}
