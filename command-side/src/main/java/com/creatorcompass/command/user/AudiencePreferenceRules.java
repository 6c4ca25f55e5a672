package com.creatorcompass.command.user;

import com.creatorcompass.contracts.Hashtags;
import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.user.AudiencePreferences;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Audience preferences in canonical form, or a rejection naming the bad value. */
final class AudiencePreferenceRules {

    static final int MAX_ENTRIES = 10;
    private static final Pattern NICHE = Pattern.compile("[\\p{L}\\p{N}_ .&-]{2,40}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private AudiencePreferenceRules() {
    }

    static AudiencePreferences canonical(AudiencePreferences preferences) {
        if (preferences == null) {
            throw new CommandRejectedException(Rejection.INVALID_ARGUMENT, "preferences are required");
        }
        return new AudiencePreferences(
                canonical(preferences.niches(), "niche", NICHE, Hashtags::canonical),
                canonical(preferences.regions(), "region (ISO 3166-1 alpha-2, e.g. US)", REGION, r -> r.strip().toUpperCase(Locale.ROOT)),
                canonical(preferences.languages(), "language (ISO 639-1, e.g. en)", LANGUAGE, l -> l.strip().toLowerCase(Locale.ROOT)),
                preferences.ageBand());
    }

    private static List<String> canonical(List<String> values, String what, Pattern format, UnaryOperator<String> normalize) {
        if (values.size() > MAX_ENTRIES) {
            throw new CommandRejectedException(Rejection.INVALID_ARGUMENT, "at most " + MAX_ENTRIES + " entries per " + what);
        }
        return values.stream().map(value -> {
            String canonical = value == null ? "" : normalize.apply(value);
            if (!format.matcher(canonical).matches()) {
                throw new CommandRejectedException(Rejection.INVALID_ARGUMENT, "'" + value + "' is not a valid " + what);
            }
            return canonical;
        }).distinct().toList();
    }
}
