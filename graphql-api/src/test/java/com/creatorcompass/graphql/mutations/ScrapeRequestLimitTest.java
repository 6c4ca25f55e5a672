package com.creatorcompass.graphql.mutations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A sliding window per user: the limit within any window, each user counted apart. */
class ScrapeRequestLimitTest {

    Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void three_per_minute_per_user() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        ScrapeRequestLimit limit = new ScrapeRequestLimit(3, Duration.ofMinutes(1), clock);

        assertThat(limit.tryAcquire("ana")).isTrue();
        now = now.plusSeconds(20);
        assertThat(limit.tryAcquire("ana")).isTrue();
        assertThat(limit.tryAcquire("ana")).isTrue();
        assertThat(limit.tryAcquire("ana")).isFalse();
        assertThat(limit.tryAcquire("bo")).isTrue();
        now = now.plusSeconds(40); // the first request is a minute old: one slot back
        assertThat(limit.tryAcquire("ana")).isTrue();
        assertThat(limit.tryAcquire("ana")).isFalse();
    }
}
