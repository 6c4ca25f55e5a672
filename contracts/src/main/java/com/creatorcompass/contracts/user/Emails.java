package com.creatorcompass.contracts.user;

import java.util.Locale;

/** An e-mail address as accounts keep and compare it: trimmed, lower case, at most {@value #MAX_LENGTH} characters. */
public final class Emails {

    /** The longest address there can be (RFC 5321's path limit). */
    public static final int MAX_LENGTH = 320;

    private Emails() {}

    public static String canonical(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A minimal shape check (name@domain.tld, no blanks, within the length); the identity provider vouches for the rest. */
    public static boolean isAddress(String email) {
        return email != null
                && email.strip().length() <= MAX_LENGTH
                && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}
