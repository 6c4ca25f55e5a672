package com.creatorcompass.recommend.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.creatorcompass.contracts.recommend.CreatorFilter;
import com.creatorcompass.contracts.recommend.FindSimilarCreators;
import com.creatorcompass.contracts.recommend.ScoreComponent;
import com.creatorcompass.contracts.recommend.SimilarCreator;
import com.creatorcompass.contracts.recommend.SimilarCreatorsFound;
import com.creatorcompass.contracts.user.AudiencePreferences;
import com.creatorcompass.recommend.features.CreatorRow;
import com.creatorcompass.recommend.features.FeatureBuilder;
import com.creatorcompass.recommend.features.FeatureIndex;
import com.creatorcompass.recommend.features.VideoRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A corpus of four creators, two videos each, worked by hand (docs/recommendations.md):
 * ana {#booktok #reading}, {#booktok "novel"}; bo {#booktok #reading} twice; cy {#recipe #fyp},
 * {#recipe "dinner"}; di {#booktok #recipe}, {#recipe #fyp}. df: #booktok 3, #reading 2, #recipe 2,
 * #fyp 2, novel 1, dinner 1; idf(t) = ln(5 / (1 + df)).
 */
class SimilarCreatorsTest {

    static final Instant SEEN = Instant.parse("2026-11-30T00:00:00Z");
    static final double IDF_BOOKTOK = Math.log(5.0 / 4);
    static final double IDF_2 = Math.log(5.0 / 3);
    static final double IDF_1 = Math.log(5.0 / 2);

    @Test
    void tf_idf_vectors_and_cosines_are_the_hand_computed_ones() {
        FeatureIndex index = corpus(1_000, 1_000, 1_000, 1_000, 0.05, 0.05, 0.05, 0.02, 0.02);
        // ana: #booktok 1 x idf, #reading 0.5 x idf2, novel 0.5 x idf1; bo: #booktok 1 x idf, #reading 1 x idf2
        double[] ana = {IDF_BOOKTOK, 0.5 * IDF_2, 0.5 * IDF_1};
        double[] bo = {IDF_BOOKTOK, IDF_2};
        double expected = (ana[0] * bo[0] + ana[1] * bo[1]) / (norm(ana) * norm(bo));
        assertThat(index.byHandle("ana")
                        .orElseThrow()
                        .topics()
                        .cosine(index.byHandle("bo").orElseThrow().topics()))
                .isCloseTo(expected, within(1e-12))
                .isCloseTo(0.5673, within(1e-4));
        // di: #booktok 0.5 x idf, #recipe 1 x idf2, #fyp 0.5 x idf2; it shares only #booktok with ana
        double[] di = {0.5 * IDF_BOOKTOK, IDF_2, 0.5 * IDF_2};
        assertThat(index.byHandle("ana")
                        .orElseThrow()
                        .topics()
                        .cosine(index.byHandle("di").orElseThrow().topics()))
                .isCloseTo(ana[0] * di[0] / (norm(ana) * norm(di)), within(1e-12));
        assertThat(index.byHandle("ana")
                        .orElseThrow()
                        .topics()
                        .cosine(index.byHandle("cy").orElseThrow().topics()))
                .isZero();
    }

    @Test
    void with_everything_else_equal_the_ranking_follows_the_topics() {
        FeatureIndex index = corpus(1_000, 1_000, 1_000, 1_000, 0.05, 0.05, 0.05, 0.02, 0.02);
        SimilarCreatorsFound found = rank(index, "ana", null, CreatorFilter.NONE);
        assertThat(found.creators()).extracting(SimilarCreator::handle).containsExactly("bo", "di", "cy");
        // size, engagement and growth closeness 1 each, no audience: the weights 0.5, 0.15, 0.15, 0.1 scaled by 1 / 0.9
        SimilarCreator bo = found.creators().get(0);
        assertThat(bo.score()).isCloseTo((0.5 * 0.56731 + 0.4) / 0.9, within(1e-4));
        assertThat(bo.components())
                .extracting(ScoreComponent::name)
                .containsExactly("TOPIC", "SIZE", "ENGAGEMENT", "GROWTH");
        assertThat(bo.components())
                .extracting(ScoreComponent::weight)
                .containsExactly(0.5 / 0.9, 0.15 / 0.9, 0.15 / 0.9, 0.1 / 0.9);
        assertThat(found.creators().get(2).score()).isCloseTo(0.4 / 0.9, within(1e-12));
        assertThat(found.candidatesConsidered()).isEqualTo(3);
        // both of bo's videos were posted a day before its latest observation, 20 s long
        assertThat(bo.videosPerWeek()).isEqualTo(0.5);
        assertThat(bo.typicalVideoSeconds()).isEqualTo(20);
    }

    @Test
    void each_result_says_why_in_numbers() {
        // bo: 3x ana's followers, engagement 0.105 against 0.05, growth +4 % against +2 %
        FeatureIndex index = corpus(1_000, 3_000, 1_000, 1_000, 0.05, 0.105, 0.05, 0.02, 0.04);
        SimilarCreator bo =
                rank(index, "ana", null, CreatorFilter.NONE).creators().get(0);
        assertThat(bo.handle()).isEqualTo("bo");
        // #reading adds (0.5 idf2)(idf2) to the dot product, #booktok idf^2: #reading first
        assertThat(bo.sharedTopics()).containsExactly("#reading", "#booktok");
        assertThat(bo.reasons())
                .containsExactly(
                        "shares #reading and #booktok",
                        "engagement 2.1\u00d7 yours",
                        "3\u00d7 your size",
                        "followers +4.0 % in 28 days vs your +2.0 %");
        Map<String, Double> parts =
                bo.components().stream().collect(Collectors.toMap(ScoreComponent::name, ScoreComponent::similarity));
        assertThat(parts.get("SIZE")).isCloseTo(1 - Math.log10(3) / 2, within(1e-12));
        assertThat(parts.get("ENGAGEMENT")).isCloseTo(1 - Math.log(2.1) / Math.log(4), within(1e-12));
        assertThat(parts.get("GROWTH")).isCloseTo(1 - 0.02 / 0.10, within(1e-12));
        assertThat(bo.score())
                .isCloseTo(
                        bo.components().stream()
                                .mapToDouble(ScoreComponent::contribution)
                                .sum(),
                        within(1e-12));
    }

    @Test
    void about_another_handle_the_reasons_name_it() {
        FeatureIndex index = corpus(1_000, 3_000, 1_000, 1_000, 0.05, 0.105, 0.05, 0.02, 0.04);
        SimilarCreator bo = SimilarCreatorsReads.rank(
                        index,
                        new FindSimilarCreators("ana", false, null, List.of(), CreatorFilter.NONE, 10),
                        index.byHandle("ana"))
                .creators()
                .get(0);
        assertThat(bo.reasons()).contains("engagement 2.1\u00d7 @ana's", "3\u00d7 @ana's size");
    }

    @Test
    void ratios_read_as_numbers_a_person_would_write() {
        assertThat(List.of(
                        Reasons.times(3.0),
                        Reasons.times(2.14),
                        Reasons.times(12.6),
                        Reasons.times(0.5),
                        Reasons.times(1.0 / 3),
                        Reasons.times(0.0053)))
                .containsExactly("3\u00d7", "2.1\u00d7", "13\u00d7", "0.5\u00d7", "0.33\u00d7", "0.0053\u00d7");
    }

    @Test
    void filters_are_hard_limits_and_an_unknown_value_does_not_pass_them() {
        FeatureIndex index = corpus(1_000, 3_000, 500, 20_000, 0.05, 0.105, null, 0.02, 0.02);
        assertThat(handles(rank(index, "ana", null, new CreatorFilter(List.of(), List.of(), 1_000L, 10_000L, null))))
                .containsExactly("bo");
        assertThat(handles(rank(index, "ana", null, new CreatorFilter(List.of(), List.of(), null, null, 0.03))))
                .containsExactly("bo", "di"); // cy's engagement is unknown
        assertThat(handles(rank(index, "ana", null, new CreatorFilter(List.of("GB"), List.of(), null, null, null))))
                .containsExactly("bo"); // di is in DE, cy's region unknown
        assertThat(handles(rank(index, "ana", null, new CreatorFilter(List.of(), List.of("de"), null, null, null))))
                .containsExactly("di");
    }

    @Test
    void audience_preferences_add_a_component_and_reasons() {
        FeatureIndex index = corpus(1_000, 1_000, 1_000, 1_000, 0.05, 0.05, 0.05, 0.02, 0.02);
        AudiencePreferences audience = new AudiencePreferences(List.of("Recipe"), List.of("DE"), List.of(), null);
        SimilarCreatorsFound found = SimilarCreatorsReads.rank(
                index,
                new FindSimilarCreators("ana", true, audience, List.of("ana"), CreatorFilter.NONE, 10),
                index.byHandle("ana"));
        SimilarCreator di = found.creators().stream()
                .filter(c -> c.handle().equals("di"))
                .findFirst()
                .orElseThrow();
        // di posts #recipe on both videos (a niche) and is in DE (a region): audience match (1 + 1) / 2
        assertThat(di.components())
                .filteredOn(c -> c.name().equals("AUDIENCE"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.similarity()).isEqualTo(1.0);
                    assertThat(c.weight()).isCloseTo(0.1, within(1e-12));
                });
        assertThat(di.reasons()).contains("posts #recipe, one of your niches", "in DE, one of your regions");
        // cy: #recipe (niche: 1), region unknown (1/2); bo: no niche (0), GB (0)
        SimilarCreator cy = found.creators().stream()
                .filter(c -> c.handle().equals("cy"))
                .findFirst()
                .orElseThrow();
        assertThat(cy.components())
                .filteredOn(c -> c.name().equals("AUDIENCE"))
                .singleElement()
                .satisfies(c -> assertThat(c.similarity()).isEqualTo(0.75));
    }

    @Test
    void without_an_account_the_niches_are_the_anchor() {
        FeatureIndex index = corpus(1_000, 1_000, 1_000, 1_000, 0.05, 0.05, 0.05, 0.02, 0.02);
        AudiencePreferences audience = new AudiencePreferences(List.of("#Recipe"), List.of(), List.of(), null);
        SimilarCreatorsFound found = SimilarCreatorsReads.rank(
                index,
                new FindSimilarCreators(null, true, audience, List.of(), CreatorFilter.NONE, 2),
                Optional.empty());
        // query {#recipe: idf2, recipe: ln 5 (a word no one uses)}: both carry #recipe on every video, and the
        // cosine is idf2^2 x tf / (|query| |creator|); di's vector is the shorter (|di|^2 = 0.339 against cy's 0.536)
        assertThat(handles(found)).containsExactly("di", "cy");
        assertThat(found.creators().get(0).reasons())
                .first()
                .isEqualTo("posts #recipe on 100.0 % of its videos, one of your niches");
    }

    @Test
    void an_unknown_anchor_and_no_niches_give_nothing() {
        FeatureIndex index = corpus(1_000, 1_000, 1_000, 1_000, 0.05, 0.05, 0.05, 0.02, 0.02);
        assertThat(SimilarCreatorsReads.rank(
                                index,
                                new FindSimilarCreators("nobody", false, null, List.of(), CreatorFilter.NONE, 5),
                                index.byHandle("nobody"))
                        .anchorKnown())
                .isFalse();
        assertThat(SimilarCreatorsReads.rank(
                                index,
                                new FindSimilarCreators(
                                        null,
                                        true,
                                        new AudiencePreferences(List.of(), List.of("US"), List.of(), null),
                                        List.of(),
                                        CreatorFilter.NONE,
                                        5),
                                Optional.empty())
                        .creators())
                .isEmpty();
    }

    private static SimilarCreatorsFound rank(
            FeatureIndex index, String handle, AudiencePreferences audience, CreatorFilter filter) {
        return SimilarCreatorsReads.rank(
                index,
                new FindSimilarCreators(handle, true, audience, List.of(handle), filter, 10),
                index.byHandle(handle));
    }

    private static List<String> handles(SimilarCreatorsFound found) {
        return found.creators().stream().map(SimilarCreator::handle).toList();
    }

    /** Followers of ana, bo, cy, di; engagement rates of ana (di alike), bo and cy; 28-day growth of ana (cy, di alike) and bo. */
    static FeatureIndex corpus(
            long ana,
            long bo,
            long cy,
            long di,
            double engagementAna,
            double engagementBo,
            Double engagementCy,
            double growthAna,
            double growthBo) {
        List<CreatorRow> creators = List.of(
                new CreatorRow("c-ana", "ana", "Ana", ana, "nano", "GB", "en", SEEN, engagementAna, growthAna),
                new CreatorRow("c-bo", "bo", "Bo", bo, "nano", "GB", "en", SEEN, engagementBo, growthBo),
                new CreatorRow("c-cy", "cy", "Cy", cy, "nano", null, null, SEEN, engagementCy, growthAna),
                new CreatorRow("c-di", "di", "Di", di, "nano", "DE", "de", SEEN, engagementAna, growthAna));
        List<VideoRow> videos = new ArrayList<>();
        videos.add(video("c-ana", null, "booktok", "reading"));
        videos.add(video("c-ana", "novel", "booktok"));
        videos.add(video("c-bo", null, "booktok", "reading"));
        videos.add(video("c-bo", null, "booktok", "reading"));
        videos.add(video("c-cy", null, "recipe", "fyp"));
        videos.add(video("c-cy", "dinner", "recipe"));
        videos.add(video("c-di", null, "booktok", "recipe"));
        videos.add(video("c-di", null, "recipe", "fyp"));
        return FeatureBuilder.build(creators, videos);
    }

    private static VideoRow video(String creator, String caption, String... hashtags) {
        return new VideoRow(creator, SEEN.minusSeconds(86_400), caption, List.of(hashtags), 20);
    }

    private static double norm(double[] vector) {
        double sum = 0;
        for (double v : vector) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
