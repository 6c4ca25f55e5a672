package com.creatorcompass.contracts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A hashtag's one written form, wherever it comes from (a scraped page, a caption, an audience niche a
 * user typed): no leading '#', no whitespace, lower case — "#BookTok", "booktok" and "book tok" are one.
 */
public final class Hashtags {

    private Hashtags() {}

    private static final Pattern LEADING_HASHES = Pattern.compile("^#+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The canonical form; empty when nothing of a hashtag is left. */
    public static String canonical(String tag) {
        if (isCanonical(tag)) {
            return tag;
        }
        String bare = LEADING_HASHES.matcher(tag.strip()).replaceFirst("");
        return WHITESPACE.matcher(bare).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Each in canonical form, the empty ones and repeats left out, order kept. */
    public static List<String> canonical(List<String> tags) {
        // Every stored and published observation passes here again when it is read: most are canonical already.
        if (tags.stream().allMatch(tag -> tag != null && !tag.isEmpty() && isCanonical(tag))
                && tags.stream().distinct().count() == tags.size()) {
            return List.copyOf(tags);
        }
        return tags.stream()
                .filter(Objects::nonNull)
                .map(Hashtags::canonical)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
    }

    /** No '#' first, no whitespace, nothing that lower-casing would change. */
    private static boolean isCanonical(String tag) {
        if (tag.startsWith("#")) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.toLowerCase(c) != c || c > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
