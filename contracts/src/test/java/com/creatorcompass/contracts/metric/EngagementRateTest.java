package com.creatorcompass.contracts.metric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engagement rate of docs/metrics.md against examples worked by hand. */
class EngagementRateTest {

    @Test
    void likes_comments_and_shares_over_views_saves_not_counted() {
        // 120 + 30 + 50 = 200 interactions over 4,000 views
        assertThat(EngagementRate.byViews(4_000L, 120L, 30L, 50L)).isEqualTo(0.05);
        assertThat(EngagementRate.interactions(120, 30, 50)).isEqualTo(200);
        assertThat(EngagementRate.byViews(200, 4_000)).isEqualTo(0.05);
    }

    @Test
    void a_post_without_views_has_no_rate_rather_than_zero() {
        assertThat(EngagementRate.byViews(0L, 0L, 0L, 0L)).isNull();
        assertThat(EngagementRate.byViews(5, 0)).isNull();
    }

    @Test
    void a_count_that_is_unknown_leaves_the_rate_unknown() {
        assertThat(EngagementRate.byViews(4_000L, null, 30L, 50L)).isNull();
        assertThat(EngagementRate.byViews(null, 120L, 30L, 50L)).isNull();
    }

    @Test
    void more_interactions_than_views_is_a_rate_above_one_not_an_error() {
        assertThat(EngagementRate.byViews(10L, 8L, 4L, 3L)).isEqualTo(1.5);
    }
}
