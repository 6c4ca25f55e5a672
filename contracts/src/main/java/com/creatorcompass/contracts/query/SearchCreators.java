package com.creatorcompass.contracts.query;

/**
 * Tracked creators whose handle or display name contains {@code text} (case-insensitive), best
 * match first; answered with {@link CreatorsMatched}. {@code text} is what a person types into a
 * search box: trimmed, a leading '@' dropped, 1 to {@link #MAX_TEXT} characters.
 */
public record SearchCreators(String text, int first) {

    public static final int MAX_TEXT = 50;
    public static final int MAX_MATCHES = 20;

    public SearchCreators {
        text = text == null ? "" : text.strip();
        if (text.startsWith("@")) {
            text = text.substring(1);
        }
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new InvalidQueryException(
                    "the search text takes 1 to " + MAX_TEXT + " characters, was " + text.length());
        }
        if (first < 1 || first > MAX_MATCHES) {
            throw new InvalidQueryException("first must be between 1 and " + MAX_MATCHES + ", was " + first);
        }
    }
}
