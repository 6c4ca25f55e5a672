package com.creatorcompass.scraper.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grid of posts a profile page renders: one {@code [data-e2e=user-post-item]} per post, linking
 * to {@code /video/ID}, or {@code /photo/ID} for a photo post. One definition for the parser and the
 * browser (a CSS selector both understand).
 */
public final class ProfileGrid {

    public static final String POST_LINKS =
            "[data-e2e=user-post-item] a[href*='/video/'], [data-e2e=user-post-item] a[href*='/photo/']";

    private static final Pattern POST_ID = Pattern.compile("/(?:video|photo)/(\\d{1,25})");

    private ProfileGrid() {}

    /** The post id a grid link points to; null when it points elsewhere. */
    public static String postId(String href) {
        Matcher m = href == null ? null : POST_ID.matcher(href);
        return m != null && m.find() ? m.group(1) : null;
    }
}
