package com.creatorcompass.scraper.page;

import com.creatorcompass.contracts.observation.Count;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts as TikTok displays them: "9948" and "1,234" are exact; "13.5K", "60K", "17.8k", "4.1M",
 * "1.2B" are rounded to the digits shown.
 */
public final class DisplayCount {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*([KMBkmb])?$");

    private DisplayCount() {}

    /** The count {@code text} shows, or an {@link IllegalArgumentException} saying why it is not one. */
    public static Count parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = FORMAT.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a count");
        }
        String suffix = m.group(3);
        if (suffix == null && m.group(2) != null) {
            throw new IllegalArgumentException("'" + text + "' is not a count: a fraction without K, M or B");
        }
        BigDecimal number = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        if (suffix == null) {
            return Count.exact(number.longValueExact());
        }
        long multiplier = switch (suffix.toUpperCase(Locale.ROOT)) {
            case "K" -> 1_000L;
            case "M" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
        return Count.rounded(number.multiply(BigDecimal.valueOf(multiplier)).longValue());
    }

    /** Whether {@code exact} could be displayed as {@code shown}: within half a unit of the last digit shown. */
    public static boolean consistent(String shown, long exact) {
        Count count = parse(shown);
        if (count.precision() == com.creatorcompass.contracts.observation.Precision.EXACT) {
            return count.value() == exact;
        }
        String digits = shown.strip().replaceAll("[KMBkmb]$", "");
        int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
        long unit = count.value()
                / new BigDecimal(digits.replace(",", ""))
                        .movePointRight(decimals)
                        .longValue();
        return Math.abs(count.value() - exact) * 2 <= unit;
    }
}
