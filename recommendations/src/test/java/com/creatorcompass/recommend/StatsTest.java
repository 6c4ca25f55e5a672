package com.creatorcompass.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void sign_test_confidence_is_one_minus_the_binomial_tail() {
        // P(X >= 7 | 9, 1/2) = (C(9,7) + C(9,8) + C(9,9)) / 2^9 = (36 + 9 + 1) / 512
        assertThat(Stats.signTestConfidence(7, 9)).isCloseTo(1 - 46.0 / 512, within(1e-12));
        // 12 of 12: only one way
        assertThat(Stats.signTestConfidence(12, 12)).isCloseTo(1 - 1.0 / 4096, within(1e-12));
        // 7 of 12: (792 + 495 + 220 + 66 + 12 + 1) / 4096
        assertThat(Stats.signTestConfidence(7, 12)).isCloseTo(1 - 1586.0 / 4096, within(1e-12));
        assertThat(Stats.signTestConfidence(0, 5)).isZero();
        assertThat(Stats.signTestConfidence(0, 0)).isZero();
    }
}
