package com.creatorcompass.graphql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.query.ReadModelNews;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When a kept answer may be served: only while changes are heard, and only if none of its creators changed since its reads began. */
class ResponseCacheTest {

    static final ResponseCache.Key ANA = key("ana");
    static final ResponseCache.Key BELLA = key("bella");

    ResponseCache cache;

    @BeforeEach
    void hearing() {
        cache = new ResponseCache(1_000_000, Duration.ofMinutes(1), Duration.ofSeconds(15));
        cache.hear(new ReadModelNews.EverythingChanged());
    }

    @Test
    void an_answer_is_served_until_one_of_its_creators_changes() {
        cache.keep(ANA, "{\"ana\":1}", Set.of("c-ana"), cache.readingSince());
        cache.keep(BELLA, "{\"bella\":1}", Set.of("c-bella"), cache.readingSince());
        assertThat(cache.answer(ANA)).isEqualTo("{\"ana\":1}");

        cache.hear(new ReadModelNews.CreatorsChanged(Set.of("c-ana", "c-someone")));

        assertThat(cache.answer(ANA)).isNull();
        assertThat(cache.answer(BELLA)).as("another creator's answer stays").isEqualTo("{\"bella\":1}");
    }

    @Test
    void an_answer_whose_reads_began_before_a_change_is_not_kept() {
        long readSince = cache.readingSince();
        cache.hear(new ReadModelNews.CreatorsChanged(Set.of("c-ana"))); // committed while it was reading

        cache.keep(ANA, "{\"old\":true}", Set.of("c-ana"), readSince);

        assertThat(cache.answer(ANA)).isNull();
        cache.keep(ANA, "{\"new\":true}", Set.of("c-ana"), cache.readingSince());
        assertThat(cache.answer(ANA)).isEqualTo("{\"new\":true}");
    }

    @Test
    void an_answer_that_read_several_creators_goes_when_any_of_them_changes() {
        cache.keep(ANA, "{}", Set.of("c-ana", "c-bella"), cache.readingSince());

        cache.hear(new ReadModelNews.CreatorsChanged(Set.of("c-bella")));

        assertThat(cache.answer(ANA)).isNull();
    }

    @Test
    void everything_changed_drops_every_answer_and_answers_read_before_it() {
        long readSince = cache.readingSince();
        cache.keep(ANA, "{}", Set.of("c-ana"), readSince);

        cache.hear(new ReadModelNews.EverythingChanged());
        cache.keep(BELLA, "{}", Set.of("c-bella"), readSince);

        assertThat(cache.answer(ANA)).isNull();
        assertThat(cache.answer(BELLA)).isNull();
        assertThat(cache.serving()).isTrue();
    }

    @Test
    void nothing_is_kept_or_served_while_changes_cannot_be_heard() {
        cache.keep(ANA, "{}", Set.of("c-ana"), cache.readingSince());

        cache.hear(new ReadModelNews.ChangesUnheard());
        cache.keep(BELLA, "{}", Set.of("c-bella"), cache.readingSince());

        assertThat(cache.serving()).isFalse();
        assertThat(cache.answer(ANA)).isNull();
        assertThat(cache.answer(BELLA)).isNull();
        cache.hear(new ReadModelNews.EverythingChanged());
        assertThat(cache.answer(ANA))
                .as("nor after: it may have changed meanwhile")
                .isNull();
    }

    @Test
    void nothing_is_kept_before_changes_are_heard_at_all() {
        ResponseCache deaf = new ResponseCache(1_000_000, Duration.ofMinutes(1), Duration.ofSeconds(15));

        deaf.keep(ANA, "{}", Set.of("c-ana"), deaf.readingSince());

        assertThat(deaf.serving()).isFalse();
        assertThat(deaf.answer(ANA)).isNull();
    }

    @Test
    void an_answer_that_read_no_creator_is_not_kept() {
        cache.keep(ANA, "{}", Set.of(), cache.readingSince());

        assertThat(cache.answer(ANA)).isNull();
    }

    @Test
    void the_same_document_with_other_variables_or_on_another_day_is_another_answer() {
        cache.keep(ANA, "{}", Set.of("c-ana"), cache.readingSince());

        assertThat(cache.answer(
                        new ResponseCache.Key("doc", null, Map.of("handle", "ana", "to", "2026-11-30"), ANA.day())))
                .isNull();
        assertThat(cache.answer(new ResponseCache.Key(
                        "doc", null, ANA.variables(), ANA.day().plusDays(1))))
                .isNull();
        assertThat(cache.answer(new ResponseCache.Key("doc", null, Map.of("handle", "ana"), ANA.day())))
                .isEqualTo("{}");
    }

    private static ResponseCache.Key key(String handle) {
        return new ResponseCache.Key("doc", null, Map.of("handle", handle), LocalDate.parse("2026-12-07"));
    }
}
