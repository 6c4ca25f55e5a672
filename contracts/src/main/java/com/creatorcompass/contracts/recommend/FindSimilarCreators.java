package com.creatorcompass.contracts.recommend;

import com.creatorcompass.contracts.user.AudiencePreferences;
import java.util.List;

/**
 * The {@code first} creators most like {@code handle} (null: like the {@code audience}'s niches
 * alone), scored against the audience when given, within the filter, leaving out
 * {@code excludedHandles}; answered with {@link SimilarCreatorsFound}. {@code ownAccount}: the handle
 * is the asking user's own (reasons then say "yours").
 */
public record FindSimilarCreators(
        String handle,
        boolean ownAccount,
        AudiencePreferences audience,
        List<String> excludedHandles,
        CreatorFilter filter,
        int first) {

    public FindSimilarCreators {
        excludedHandles = excludedHandles == null ? List.of() : List.copyOf(excludedHandles);
        filter = filter == null ? CreatorFilter.NONE : filter;
    }
}
