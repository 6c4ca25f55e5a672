package com.creatorcompass.scraper.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridCheckTest {

    @Test
    void a_grid_inside_the_list_agrees() {
        assertThat(GridCheck.unexplained(List.of("5", "4", "3"), List.of("5", "4", "3"), 3))
                .isEmpty();
    }

    @Test
    void a_video_posted_in_between_pushes_the_oldest_out_of_the_list() {
        assertThat(GridCheck.unexplained(List.of("5", "4", "3"), List.of("6", "5", "4"), 3))
                .isEmpty();
    }

    @Test
    void a_grid_video_the_list_lacks_is_unexplained() {
        assertThat(GridCheck.unexplained(List.of("5", "4", "3"), List.of("5", "3", "2"), 3))
                .containsExactly("4");
        assertThat(GridCheck.unexplained(List.of("9", "4"), List.of("5", "4"), 3))
                .containsExactly("9");
    }

    @Test
    void an_empty_grid_says_nothing() {
        assertThat(GridCheck.unexplained(List.of(), List.of("5"), 3)).isEmpty();
    }
}
