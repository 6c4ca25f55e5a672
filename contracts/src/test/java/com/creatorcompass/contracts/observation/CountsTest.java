package com.creatorcompass.contracts.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void an_observations_counts_are_its_known_ones_in_order() {
        ProfileObservation profile = new ProfileObservation(
                Instant.EPOCH, "1", "s", "Ana", "", false, Count.exact(10), null, Count.rounded(2_000), Count.exact(3));

        assertThat(Counts.of(profile)).containsExactly(Count.exact(10), Count.rounded(2_000), Count.exact(3));
    }

    @Test
    void an_observations_counts_by_name_leave_the_unknown_ones_out() {
        ProfileObservation profile = new ProfileObservation(
                Instant.EPOCH, "1", "s", "Ana", "", false, null, Count.exact(7), null, Count.exact(3));

        assertThat(Counts.named(profile))
                .containsExactly(Map.entry("following", Count.exact(7)), Map.entry("videos", Count.exact(3)));
    }

    @Test
    void all_counts_are_exact_only_when_each_is_known_and_exact() {
        ProfileObservation exact = new ProfileObservation(
                Instant.EPOCH,
                "1",
                "s",
                "Ana",
                "",
                false,
                Count.exact(1),
                Count.exact(2),
                Count.exact(3),
                Count.exact(4));
        ProfileObservation oneUnknown = new ProfileObservation(
                Instant.EPOCH, "1", "s", "Ana", "", false, Count.exact(1), null, Count.exact(3), Count.exact(4));
        ProfileObservation oneRounded = new ProfileObservation(
                Instant.EPOCH,
                "1",
                "s",
                "Ana",
                "",
                false,
                Count.exact(1),
                Count.exact(2),
                Count.rounded(3),
                Count.exact(4));

        assertThat(Counts.allExact(exact)).isFalse(); // friends unknown
        assertThat(Counts.allExact(new ProfileObservation(
                        Instant.EPOCH,
                        "1",
                        "s",
                        "Ana",
                        "",
                        false,
                        Count.exact(1),
                        Count.exact(2),
                        Count.exact(3),
                        Count.exact(4),
                        null,
                        null,
                        Count.exact(5))))
                .isTrue();
        assertThat(Counts.allExact(oneUnknown)).isFalse();
        assertThat(Counts.allExact(oneRounded)).isFalse();
    }
}
