package com.creatorcompass.recommend.similar;

import com.creatorcompass.contracts.Hashtags;
import com.creatorcompass.contracts.user.AudiencePreferences;
import com.creatorcompass.recommend.features.CreatorFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How well a creator matches who the user wants to reach (docs/recommendations.md, "Audience match"):
 * the mean, over the kinds the user set, of niches (1 when a niche is a hashtag or caption word of
 * at least {@link #NICHE_SHARE} of the creator's videos, else 0), regions and languages (1 when the
 * creator's is one of them, ½ when unknown, 0 otherwise). The age band is not used: no page shows
 * a creator's audience age.
 */
record Audience(List<String> niches, List<String> regions, List<String> languages) {

    static final double NICHE_SHARE = 0.1;
    static final Audience NONE = new Audience(List.of(), List.of(), List.of());

    static Audience of(AudiencePreferences preferences) {
        if (preferences == null) {
            return NONE;
        }
        return new Audience(Hashtags.canonical(preferences.niches()), preferences.regions(), preferences.languages());
    }

    boolean isEmpty() {
        return niches.isEmpty() && regions.isEmpty() && languages.isEmpty();
    }

    /** Without niches: the match on regions and languages only (when the niches already are the topic). */
    Audience placesOnly() {
        return new Audience(List.of(), regions, languages);
    }

    Optional<Double> match(CreatorFeatures creator) {
        List<Double> parts = new ArrayList<>();
        if (!niches.isEmpty()) {
            parts.add(nicheOf(creator).isPresent() ? 1.0 : 0.0);
        }
        if (!regions.isEmpty()) {
            parts.add(place(creator.region(), regions));
        }
        if (!languages.isEmpty()) {
            parts.add(place(creator.language(), languages));
        }
        return parts.isEmpty()
                ? Optional.empty()
                : Optional.of(parts.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow());
    }

    /** The user's niche the creator posts about most, as the term it uses ("#booktok" before "booktok"). */
    Optional<String> nicheOf(CreatorFeatures creator) {
        String best = null;
        for (String niche : niches) {
            for (String term : List.of("#" + niche, niche)) {
                if (creator.share(term) >= NICHE_SHARE && (best == null || creator.share(term) > creator.share(best))) {
                    best = term;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static double place(String value, List<String> wanted) {
        return value == null ? 0.5 : wanted.contains(value) ? 1.0 : 0.0;
    }
}
