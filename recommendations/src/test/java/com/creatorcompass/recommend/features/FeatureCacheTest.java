package com.creatorcompass.recommend.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.testsupport.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureCacheTest {

    /** A warehouse whose watermark the test moves; each read builds a new (empty) index. */
    static final class Warehouse implements FeatureSource {
        String mark = "1";
        int reads;

        @Override
        public FeatureIndex read() {
            reads++;
            return new FeatureIndex(List.of(), TopicModel.of(List.of()));
        }

        @Override
        public String watermark() {
            return mark;
        }
    }

    final Warehouse warehouse = new Warehouse();
    final List<Runnable> background = new ArrayList<>();
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    final FeatureCache cache =
            new FeatureCache(warehouse, clock, Duration.ofSeconds(10), Duration.ofMinutes(5), background::add);

    @Test
    void the_first_request_builds_and_later_ones_share_the_index() {
        FeatureIndex first = cache.current();
        assertThat(warehouse.reads).isEqualTo(1);
        clock.advance(Duration.ofSeconds(5));
        assertThat(cache.current()).isSameAs(first);
        assertThat(background).as("no check before check-every has passed").isEmpty();
    }

    @Test
    void a_moved_watermark_rebuilds_in_the_background_while_requests_keep_the_old_index() {
        FeatureIndex first = cache.current();
        warehouse.mark = "2";
        clock.advance(Duration.ofSeconds(11));
        assertThat(cache.current()).isSameAs(first);
        assertThat(cache.current()).as("one refresh at a time").isSameAs(first);
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(warehouse.reads).isEqualTo(2);
        assertThat(cache.current()).isNotSameAs(first);
    }

    @Test
    void an_unmoved_watermark_rebuilds_nothing_until_the_index_is_old() {
        FeatureIndex first = cache.current();
        clock.advance(Duration.ofSeconds(11));
        cache.current();
        background.remove(0).run();
        assertThat(warehouse.reads).isEqualTo(1);
        assertThat(cache.current()).isSameAs(first);
        clock.advance(Duration.ofMinutes(5));
        cache.current();
        background.remove(0).run();
        assertThat(warehouse.reads).as("rebuilt at least every 5 minutes").isEqualTo(2);
    }
}
