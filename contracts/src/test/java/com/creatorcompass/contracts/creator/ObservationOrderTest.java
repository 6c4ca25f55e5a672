package com.creatorcompass.contracts.creator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObservationOrderTest {

    static final Instant TEN = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant TEN_AND_A_MICROSECOND = Instant.parse("2026-03-01T10:00:00.000001Z");

    @Test
    void the_later_capture_wins_whatever_its_scrape_id() {
        assertThat(ObservationOrder.isLater(TEN_AND_A_MICROSECOND, "a", TEN, "z"))
                .isTrue();
        assertThat(ObservationOrder.isLater(TEN, "z", TEN_AND_A_MICROSECOND, "a"))
                .isFalse();
    }

    @Test
    void at_the_same_instant_the_greater_scrape_id_wins_character_by_character() {
        assertThat(ObservationOrder.isLater(TEN, "b", TEN, "a")).isTrue();
        // "C" order, not a language's: upper case sorts before lower case, '-' before digits
        assertThat(ObservationOrder.isLater(TEN, "a", TEN, "B")).isTrue();
        assertThat(ObservationOrder.isLater(TEN, "s1", TEN, "s-1")).isTrue();
        assertThat(ObservationOrder.compare(TEN, "same", TEN, "same")).isZero();
    }

    @Test
    void anything_supersedes_nothing() {
        assertThat(ObservationOrder.isLater(TEN, "a", null, null)).isTrue();
    }
}
