package com.creatorcompass.contracts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A hashtag's one written form, wherever it comes from (a scraped page, a caption, an audience niche a
 * user typed): no leading '#', no whitespace, lower case — "#BookTok", "booktok" and "book tok" are one.
 */
public final class Hashtags {

    private Hashtags() {}

    /** The canonical form; empty when nothing of a hashtag is left. */
    public static String canonical(String tag) {
        return tag.strip().replaceFirst("^#+", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Each in canonical form, the empty ones and repeats left out, order kept. */
    public static List<String> canonical(List<String> tags) {
        return tags.stream()
                .filter(Objects::nonNull)
                .map(Hashtags::canonical)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
    }
}
