package com.creatorcompass.query.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creatorcompass.contracts.creator.CreatorTracked;
import com.creatorcompass.contracts.creator.CreatorUntracked;
import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.query.CreatorsMatched.Match;
import com.creatorcompass.contracts.query.InvalidQueryException;
import com.creatorcompass.contracts.query.SearchCreators;
import com.creatorcompass.query.MigratedWarehouse;
import com.creatorcompass.query.projection.WarehouseWriter;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tracked: booktok.mia ("Reads with Mia", 50,000), mia.cooks (Chef Mia, 900,000), paper_tales ("Mia's
 * paper tales", 2,000), amelia.art (never observed); untracked: mia.gone.
 */
class CreatorSearchTest {

    static final Instant T = Instant.parse("2026-11-01T12:00:00Z");
    static CreatorSearch search;

    @BeforeAll
    static void warehouse() {
        DSLContext sql = DSL.using(MigratedWarehouse.fresh(), SQLDialect.POSTGRES);
        WarehouseWriter writer = new WarehouseWriter(sql);
        observed(writer, "c1", "booktok.mia", "Reads with Mia", 50_000);
        observed(writer, "c2", "mia.cooks", "Chef Mia", 900_000);
        observed(writer, "c3", "paper_tales", "Mia's paper tales", 2_000);
        writer.write(List.of(new CreatorTracked("c4", "amelia.art", T, "user-1")));
        observed(writer, "c5", "mia.gone", "Mia Gone", 10_000_000);
        writer.write(List.of(new CreatorUntracked("c5", "mia.gone", T.plusSeconds(60), "user-1")));
        search = new CreatorSearch(sql);
    }

    static void observed(WarehouseWriter writer, String id, String handle, String nickname, long followers) {
        writer.write(List.of(
                new CreatorTracked(id, handle, T, "user-1"),
                new ProfileSnapshotRecorded(
                        id,
                        "s-" + id,
                        T,
                        SnapshotSource.SELENIUM,
                        new ProfileObservation(
                                T,
                                "u" + id,
                                "sec" + id,
                                nickname,
                                "",
                                false,
                                Count.exact(followers),
                                Count.exact(10),
                                Count.exact(100),
                                Count.exact(5)))));
    }

    static List<String> handles(String text) {
        return search.handle(new SearchCreators(text, 10)).matches().stream()
                .map(Match::handle)
                .toList();
    }

    @Test
    void a_handle_that_starts_with_the_text_ranks_above_one_that_only_contains_it() {
        assertThat(handles("mia")).containsExactly("mia.cooks", "paper_tales", "booktok.mia");
    }

    @Test
    void display_names_match_case_insensitively_and_a_leading_at_is_ignored() {
        assertThat(handles("@CHEF")).containsExactly("mia.cooks");
        assertThat(handles("paper tales")).containsExactly("paper_tales");
    }

    @Test
    void the_exact_handle_ranks_first_whatever_the_followers() {
        assertThat(handles("booktok.mia")).containsExactly("booktok.mia");
        assertThat(handles("amelia")).containsExactly("amelia.art");
    }

    @Test
    void a_creator_not_yet_observed_is_found_by_handle_with_followers_unknown_never_zero() {
        Match amelia = search.handle(new SearchCreators("amelia", 10)).matches().get(0);

        assertThat(amelia.nickname()).isNull();
        assertThat(amelia.followers()).isNull();
    }

    @Test
    void untracked_creators_are_not_offered() {
        assertThat(handles("gone")).isEmpty();
    }

    @Test
    void like_wildcards_in_the_text_match_only_themselves() {
        assertThat(handles("%")).isEmpty();
        assertThat(handles("_")).containsExactly("paper_tales");
    }

    @Test
    void the_page_size_is_respected() {
        assertThat(search.handle(new SearchCreators("mia", 2)).matches()).hasSize(2);
    }

    @Test
    void empty_or_oversized_text_and_a_page_beyond_twenty_are_refused() {
        assertThatThrownBy(() -> new SearchCreators("  @ ", 10))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("1 to 50 characters");
        assertThatThrownBy(() -> new SearchCreators("x".repeat(51), 10)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> new SearchCreators("mia", 21))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("between 1 and 20");
    }
}
