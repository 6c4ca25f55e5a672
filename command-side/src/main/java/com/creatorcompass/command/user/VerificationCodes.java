package com.creatorcompass.command.user;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The codes that prove a TikTok account is the user's: {@value #PREFIX} and 8 characters of Crockford's
 * base 32 (no I, L, O, U to misread), about 10^12 of them, guessable by no one. A bio shows a code when
 * it contains it, in any case.
 */
public class VerificationCodes implements Supplier<String> {

    static final String PREFIX = "cc-";
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String get() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    static boolean shownIn(String bio, String code) {
        return bio != null && code != null && bio.toUpperCase(Locale.ROOT).contains(code.toUpperCase(Locale.ROOT));
    }
}
