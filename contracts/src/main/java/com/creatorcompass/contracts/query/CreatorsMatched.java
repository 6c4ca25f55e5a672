package com.creatorcompass.contracts.query;

import com.creatorcompass.contracts.observation.Count;
import java.util.List;

/** The answer to {@link SearchCreators}, best match first. */
public record CreatorsMatched(List<Match> matches) {

    public CreatorsMatched {
        matches = List.copyOf(matches);
    }

    /** A tracked creator as its latest observation shows it; nickname and followers null until observed. */
    public record Match(String handle, String nickname, Boolean verified, Count followers) {}
}
