package com.creatorcompass.contracts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a creator or an audience is: an ISO 3166-1 alpha-2 code, written in upper case ("GB").
 * TikTok shows it as such; users may type it in any case.
 */
public final class Regions {

    private static final Pattern CANONICAL = Pattern.compile("[A-Z]{2}");

    private Regions() {}

    /** The canonical code of {@code shown} ("gb", " GB " → "GB"), or null when it is not a two-letter code. */
    public static String canonical(String shown) {
        String code = shown == null ? "" : shown.strip().toUpperCase(Locale.ROOT);
        return isCanonical(code) ? code : null;
    }

    /** Whether {@code code} is already in canonical form. */
    public static boolean isCanonical(String code) {
        return code != null && CANONICAL.matcher(code).matches();
    }
}
