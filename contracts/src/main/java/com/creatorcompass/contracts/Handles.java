package com.creatorcompass.contracts;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * TikTok handles: 2 to 24 letters, digits, dots or underscores. TikTok treats them
 * case-insensitively, so the canonical form is lower case; a leading '@' as users type it is
 * accepted and dropped.
 */
public final class Handles {

    /** A handle as a regular expression (unanchored, for finding one in a URL or a title). */
    public static final String SHAPE = "[A-Za-z0-9._]{2,24}";

    private static final Pattern FORMAT = Pattern.compile("^" + SHAPE + "$");

    private Handles() {}

    /** The canonical form of {@code raw}, or a {@link Rejection#INVALID_HANDLE} rejection. */
    public static String normalize(String raw) {
        if (raw == null) {
            throw invalid("a handle is required");
        }
        String handle = raw.strip();
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        if (!FORMAT.matcher(handle).matches()) {
            throw invalid("'" + raw + "' is not a TikTok handle: use 2-24 letters, digits, '.' or '_'");
        }
        return handle.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code raw} is a handle (a leading '@' allowed): a display name with spaces or emoji is not. */
    public static boolean isHandle(String raw) {
        if (raw == null) {
            return false;
        }
        String handle = raw.strip();
        return FORMAT.matcher(handle.startsWith("@") ? handle.substring(1) : handle)
                .matches();
    }

    private static CommandRejectedException invalid(String message) {
        return new CommandRejectedException(Rejection.INVALID_HANDLE, message);
    }
}
