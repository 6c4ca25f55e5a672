package com.creatorcompass.contracts.user;

import java.util.List;

/**
 * Who the user wants to reach: niches (free words such as "booktok"), regions (ISO 3166-1
 * alpha-2, upper case), languages (ISO 639-1, lower case) and an optional age band.
 */
public record AudiencePreferences(List<String> niches, List<String> regions, List<String> languages, AgeBand ageBand) {

    public AudiencePreferences {
        niches = niches == null ? List.of() : List.copyOf(niches);
        regions = regions == null ? List.of() : List.copyOf(regions);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
