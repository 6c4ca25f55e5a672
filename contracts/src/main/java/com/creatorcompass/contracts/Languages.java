package com.creatorcompass.contracts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What language a creator posts in or an audience speaks: an ISO 639-1 code in lower case ("en"). TikTok
 * sometimes shows a language tag with a region ("en-GB"); its primary subtag is the language.
 */
public final class Languages {

    private static final Pattern CANONICAL = Pattern.compile("[a-z]{2}");

    private Languages() {}

    /** The canonical code of {@code shown} ("EN", "en-GB", "en_gb" → "en"), or null when it has no two-letter code. */
    public static String canonical(String shown) {
        String primary = shown == null ? "" : shown.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return isCanonical(primary) ? primary : null;
    }

    /** Whether {@code code} is already in canonical form. */
    public static boolean isCanonical(String code) {
        return code != null && CANONICAL.matcher(code).matches();
    }
}
