package com.creatorcompass.contracts.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quantile definition of docs/metrics.md ("Velocity"), against examples worked by hand. */
class MediansTest {

    @Test
    void a_quantile_lies_at_q_times_n_minus_1_interpolated_between_the_values_around_it() {
        List<Long> four = List.of(40L, 10L, 30L, 20L); // sorted 10, 20, 30, 40
        assertThat(Medians.quantile(four, 0.25))
                .as("position 0.75: 10 + 0.75 × 10")
                .isEqualTo(17.5);
        assertThat(Medians.quantile(four, 0.5)).as("position 1.5").isEqualTo(25.0);
        assertThat(Medians.quantile(four, 0.75))
                .as("position 2.25: 30 + 0.25 × 10")
                .isEqualTo(32.5);
        assertThat(Medians.quantile(four, 0)).isEqualTo(10.0);
        assertThat(Medians.quantile(four, 1)).isEqualTo(40.0);
    }

    @Test
    void the_median_is_the_middle_value_or_the_mean_of_the_two_middle_values() {
        assertThat(Medians.of(List.of(5, 1, 3))).isEqualTo(3.0);
        assertThat(Medians.of(List.of(5, 1, 3, 100))).isEqualTo(4.0);
        assertThat(Medians.of(List.of())).as("no values, no median (never 0)").isNull();
        assertThat(Medians.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }

    @Test
    void a_quantile_outside_0_to_1_is_refused() {
        assertThatThrownBy(() -> Medians.quantile(List.of(1, 2), 1.5))
                .hasMessageContaining("a quantile lies in [0, 1]: 1.5");
    }
}
