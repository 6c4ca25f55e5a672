package com.creatorcompass.command.user;

import com.creatorcompass.contracts.CommandRejectedException;
import com.creatorcompass.contracts.Hashtags;
import com.creatorcompass.contracts.Languages;
import com.creatorcompass.contracts.Regions;
import com.creatorcompass.contracts.Rejection;
import com.creatorcompass.contracts.user.AudiencePreferences;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Audience preferences in canonical form, or a rejection naming the bad value. */
final class AudiencePreferenceRules {

    static final int MAX_ENTRIES = 10;
    private static final Pattern NICHE = Pattern.compile("[\\p{L}\\p{N}_ .&-]{2,40}");

    private AudiencePreferenceRules() {}

    static AudiencePreferences canonical(AudiencePreferences preferences) {
        if (preferences == null) {
            throw new CommandRejectedException(Rejection.INVALID_ARGUMENT, "preferences are required");
        }
        return new AudiencePreferences(
                canonical(preferences.niches(), "niche", AudiencePreferenceRules::niche),
                canonical(preferences.regions(), "region (ISO 3166-1 alpha-2, e.g. US)", Regions::canonical),
                canonical(preferences.languages(), "language (ISO 639-1, e.g. en)", Languages::canonical),
                preferences.ageBand());
    }

    /** A niche is a hashtag in its canonical form, of 2 to 40 letters, digits and a little punctuation. */
    private static String niche(String raw) {
        String tag = Hashtags.canonical(raw);
        return NICHE.matcher(tag).matches() ? tag : null;
    }

    /** Each value in canonical form; {@code canonical} answers null for a value that has none. */
    private static List<String> canonical(List<String> values, String what, UnaryOperator<String> canonical) {
        if (values.size() > MAX_ENTRIES) {
            throw new CommandRejectedException(
                    Rejection.INVALID_ARGUMENT, "at most " + MAX_ENTRIES + " entries per " + what);
        }
        return values.stream()
                .map(value -> {
                    String form = value == null ? null : canonical.apply(value);
                    if (form == null || form.isEmpty()) {
                        throw new CommandRejectedException(
                                Rejection.INVALID_ARGUMENT, "'" + value + "' is not a valid " + what);
                    }
                    return form;
                })
                .distinct()
                .toList();
    }
}
