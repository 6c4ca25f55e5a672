package com.creatorcompass.contracts.recommend;

import java.util.List;

/**
 * The ranking, best first. {@code anchorKnown} is false when the handle asked about is not tracked
 * or has no videos to compare by; then the list is empty.
 */
public record SimilarCreatorsFound(boolean anchorKnown, int candidatesConsidered, List<SimilarCreator> creators) {

    public SimilarCreatorsFound {
        creators = List.copyOf(creators);
    }
}
