package com.creatorcompass.contracts.recommend;

import java.util.List;

/**
 * Hard limits on the creators a recommendation may name: regions (ISO 3166-1 alpha-2) and languages
 * (ISO 639-1) — a creator whose region or language is unknown does not pass a filter on it —, a
 * follower range and a least engagement rate (by views, a fraction). Null or empty means no limit.
 */
public record CreatorFilter(
        List<String> regions, List<String> languages, Long minFollowers, Long maxFollowers, Double minEngagementRate) {

    public static final CreatorFilter NONE = new CreatorFilter(List.of(), List.of(), null, null, null);

    public CreatorFilter {
        regions = regions == null ? List.of() : List.copyOf(regions);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
