package com.creatorcompass.contracts.observation;

import static com.creatorcompass.contracts.observation.Count.exact;
import static com.creatorcompass.contracts.observation.Count.rounded;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void an_observations_counts_are_its_known_ones_in_order() {
        assertThat(Counts.of(profile(exact(10), null, rounded(2_000), exact(3), null)))
                .containsExactly(exact(10), rounded(2_000), exact(3));
    }

    @Test
    void an_observations_counts_by_name_leave_the_unknown_ones_out() {
        assertThat(Counts.named(profile(null, exact(7), null, exact(3), null)))
                .containsExactly(Map.entry("following", exact(7)), Map.entry("videos", exact(3)));
    }

    @Test
    void all_counts_are_exact_only_when_each_is_known_and_exact() {
        assertThat(Counts.allExact(profile(exact(1), exact(2), exact(3), exact(4), exact(5))))
                .isTrue();
        assertThat(Counts.allExact(profile(exact(1), exact(2), exact(3), exact(4), null)))
                .as("friends unknown")
                .isFalse();
        assertThat(Counts.allExact(profile(exact(1), exact(2), rounded(3), exact(4), exact(5))))
                .isFalse();
    }

    private static ProfileObservation profile(
            Count followers, Count following, Count likes, Count videos, Count friends) {
        return new ProfileObservation(
                Instant.EPOCH, "1", "s", "Ana", "", false, followers, following, likes, videos, null, null, friends);
    }
}
