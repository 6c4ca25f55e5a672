package com.creatorcompass.recommend.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void hashtags_keep_their_mark_and_caption_words_lose_stop_words_short_words_mentions_and_links() {
        assertThat(Terms.of(
                        "My new Novel is out! ft @bookclub https://x.example/a #BookTok 2026 and the café",
                        List.of("booktok", "reading")))
                .containsExactly("#booktok", "#reading", "novel", "café");
    }

    @Test
    void a_video_without_caption_is_its_hashtags() {
        assertThat(Terms.of(null, List.of("fyp"))).containsExactly("#fyp");
    }
}
