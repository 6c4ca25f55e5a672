package com.creatorcompass.contracts.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.contracts.stream.SeriesKeys.OwnerDay;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TopicsAndKeysTest {

    @Test
    void an_output_topic_names_its_generation_and_its_output_and_reads_back() {
        assertThat(Topics.output(Topics.GROWTH, 3)).isEqualTo("compass.g3.growth-daily");
        assertThat(Topics.outputOf("compass.g3.growth-daily")).isEqualTo(Topics.GROWTH);
        assertThat(Topics.outputOf("compass.g12.hashtag-daily")).isEqualTo(Topics.HASHTAGS);
        assertThat(Topics.output(Topics.ALERTS, 12)).startsWith(Topics.generationPrefix(12));
    }

    @Test
    void a_topic_that_is_no_output_is_refused_by_name() {
        assertThatThrownBy(() -> Topics.outputOf(Topics.EVENTS)).hasMessage("not an output topic: compass.events");
        assertThatThrownBy(() -> Topics.outputOf("compass.g3.unknown"))
                .hasMessage("not an output topic: compass.g3.unknown");
        assertThatThrownBy(() -> Topics.outputOf("compass.gx.alerts")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_owner_day_key_reads_back_even_when_the_owner_holds_the_separator() {
        LocalDate day = LocalDate.parse("2026-03-01");
        assertThat(SeriesKeys.hashtagDay("booktok", day)).isEqualTo("booktok|2026-03-01");
        assertThat(OwnerDay.of(SeriesKeys.creatorDay("c-1", day))).isEqualTo(new OwnerDay("c-1", day));
        assertThat(OwnerDay.of("odd|tag|2026-03-01")).isEqualTo(new OwnerDay("odd|tag", day));
        assertThatThrownBy(() -> OwnerDay.of("no-day")).hasMessage("not an owner|day key: no-day");
    }
}
