package com.creatorcompass.standin;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How TikTok shows and rounds counts: exact below 10,000, then "13.5K", "4.1M", "1.2B". */
public final class DisplayCounts {

    private DisplayCounts() {}

    public static String display(long count) {
        if (count < 10_000) {
            return Long.toString(count);
        }
        if (count < 1_000_000) {
            return oneDecimal(count / 1_000.0) + "K";
        }
        if (count < 1_000_000_000) {
            return oneDecimal(count / 1_000_000.0) + "M";
        }
        return oneDecimal(count / 1_000_000_000.0) + "B";
    }

    /** The rounded number the old {@code stats} object carries: three significant digits from 10,000 on. */
    public static long rounded(long count) {
        if (count < 10_000) {
            return count;
        }
        return new BigDecimal(count)
                .round(new MathContext(3, RoundingMode.HALF_UP))
                .longValue();
    }

    private static String oneDecimal(double value) {
        String text =
                BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
