package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.recommend.InsightKind;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A way to split a creator's videos into groups, one group per video (or none), and how to speak of a group. */
record Grouping(InsightKind kind, Function<VideoFact, String> group, Function<String, String> phrase) {

    /** Length buckets, in seconds: [0, 15), [15, 30), [30, 60), [60, 180), [180, ∞). */
    static final List<Integer> LENGTH_BOUNDS = List.of(15, 30, 60, 180);

    static final List<String> LENGTH_LABELS =
            List.of("0\u201315 s", "15\u201330 s", "30\u201360 s", "1\u20133 min", "3 min or more");

    static Grouping postingHour(ZoneId zone) {
        return new Grouping(
                InsightKind.POSTING_HOUR,
                v -> hourWindow(v.postedAt().atZone(zone).getHour()),
                window -> "posted " + window + " (" + zone.getId() + ")");
    }

    static Grouping postingWeekday(ZoneId zone) {
        return new Grouping(
                InsightKind.POSTING_WEEKDAY,
                v -> weekday(v.postedAt().atZone(zone).getDayOfWeek()),
                day -> "posted on " + day + "s");
    }

    static Grouping videoLength() {
        return new Grouping(
                InsightKind.VIDEO_LENGTH,
                v -> v.durationSeconds() == null ? null : lengthBucket(v.durationSeconds()),
                bucket -> "of " + bucket);
    }

    /** The three hours an hour falls in: 19 → "18:00–21:00". */
    static String hourWindow(int hour) {
        int start = hour / 3 * 3;
        return String.format(Locale.ROOT, "%02d:00\u2013%02d:00", start, start + 3);
    }

    static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** 7 → "0–15 s", 29 → "15–30 s", 90 → "1–3 min", 200 → "3 min or more". */
    static String lengthBucket(int seconds) {
        for (int i = 0; i < LENGTH_BOUNDS.size(); i++) {
            if (seconds < LENGTH_BOUNDS.get(i)) {
                return LENGTH_LABELS.get(i);
            }
        }
        return LENGTH_LABELS.get(LENGTH_BOUNDS.size());
    }
}
