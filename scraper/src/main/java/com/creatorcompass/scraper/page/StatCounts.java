package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.Count;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a count in TikTok's JSON becomes a {@link Count}, and how exact it is. One rule for every
 * format (docs/architecture.md):
 * <ul>
 *   <li>a {@code statsV2} string is exact;</li>
 *   <li>any other number (a {@code stats} number or string, a JSON-LD {@code userInteractionCount}) is
 *       what TikTok displays: below 10,000 the exact count; from 10,000 up rounded to the display
 *       precision — to the hundred below a million (68,259 → 68,300), to the hundred thousand below a
 *       billion (3,291,312 → 3,300,000), to the hundred million above. So such a number is exact when
 *       it is below 10,000 or is not a multiple of its display unit (no rounding gives 16,630), and
 *       rounded otherwise;</li>
 *   <li>a count that is absent, null or empty is unknown (null), never 0; anything else that is not
 *       a non-negative whole number is a page we cannot trust.</li>
 * </ul>
 */
final class StatCounts {

    static final long EXACT_BELOW = 10_000;

    private StatCounts() {}

    /** {@code key} of {@code statsV2} when it holds one, else of {@code stats}; null when neither does. */
    static Count of(JsonNode stats, JsonNode statsV2, String key, String what) {
        Long exact = number(statsV2 == null ? null : statsV2.get(key), what + " " + key);
        if (exact != null) {
            return Count.exact(exact);
        }
        Long shown = number(stats == null ? null : stats.get(key), what + " " + key);
        return shown == null ? null : displayed(shown);
    }

    /** A number as TikTok displays it: exact or rounded by the rule above. */
    static Count displayed(long value) {
        return value < EXACT_BELOW || value % displayUnit(value) != 0 ? Count.exact(value) : Count.rounded(value);
    }

    static long displayUnit(long value) {
        return value < 1_000_000 ? 100 : value < 1_000_000_000 ? 100_000 : 100_000_000;
    }

    /** A whole number written as a JSON number or string; null when absent or empty. */
    static Long number(JsonNode node, String what) {
        if (node == null
                || node.isNull()
                || node.isMissingNode()
                || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        String text = node.asText().strip();
        if (!text.matches("-?\\d{1,19}")) {
            throw new PageFormatException(what + " is '" + abbreviate(text) + "', not a count");
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
            throw new PageFormatException(what + " is " + text + ", beyond any count");
        }
        if (value < 0) {
            throw new PageFormatException(what + " is " + value + ", an impossible count");
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
