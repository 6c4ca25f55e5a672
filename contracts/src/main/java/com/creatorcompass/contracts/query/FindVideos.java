package com.creatorcompass.contracts.query;

/**
 * One page of a creator's videos, continuing after {@code after} (a cursor from an earlier page, or
 * null); with a {@code hashtag} (any written form: "#BookTok" is "booktok"), only the videos carrying it.
 */
public record FindVideos(String handle, VideoOrder order, int first, String after, String hashtag) {

    public static final int MAX_HASHTAG = 100;

    public FindVideos {
        if (hashtag != null && hashtag.length() > MAX_HASHTAG) {
            throw new InvalidQueryException(
                    "a hashtag takes at most " + MAX_HASHTAG + " characters, was " + hashtag.length());
        }
    }

    /** Every video, whatever its hashtags. */
    public FindVideos(String handle, VideoOrder order, int first, String after) {
        this(handle, order, first, after, null);
    }
}
