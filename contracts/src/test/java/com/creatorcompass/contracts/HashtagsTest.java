package com.creatorcompass.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One hashtag, one written form: from a page, a caption or a niche a user typed. */
class HashtagsTest {

    @Test
    void the_hash_whitespace_and_case_go() {
        assertThat(Hashtags.canonical("#BookTok")).isEqualTo("booktok");
        assertThat(Hashtags.canonical("  ##book tok ")).isEqualTo("booktok");
        assertThat(Hashtags.canonical("ÉTÉ")).isEqualTo("été");
        assertThat(Hashtags.canonical("İstanbul"))
                .as("lower case without the machine's locale")
                .isEqualTo("i̇stanbul");
        assertThat(Hashtags.canonical("#")).isEmpty();
    }

    @Test
    void a_list_keeps_its_order_without_blanks_or_repeats() {
        assertThat(Hashtags.canonical(Arrays.asList("#FYP", "dance", "fyp", " ", null, "#Dance")))
                .isEqualTo(List.of("fyp", "dance"));
        assertThat(Hashtags.canonical(List.of("fyp", "dance_2", "fyp"))).isEqualTo(List.of("fyp", "dance_2"));
        assertThat(Hashtags.canonical(List.of("fyp", "été", "Été"))).isEqualTo(List.of("fyp", "été"));
    }

    @Test
    void a_tag_already_canonical_is_kept_as_it_is() {
        assertThat(Hashtags.canonical("book_tok2")).isEqualTo("book_tok2");
        assertThat(Hashtags.canonical("a#b")).as("only a leading # goes").isEqualTo("a#b");
        assertThat(Hashtags.canonical("tab\tbed")).isEqualTo("tabbed");
    }
}
