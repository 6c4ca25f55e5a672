package com.creatorcompass.streams.metrics;

import com.creatorcompass.contracts.stream.CreatorGrowthDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;

/**
 * Growth of one creator on one day, from the daily closes around it. The definitions are the ones in
 * docs/metrics.md ("Growth"); this is their only implementation.
 */
public final class GrowthMetrics {

    /** How far back a day's inputs reach: the 28-day base may be up to 36 days back. */
    public static final int LOOKBACK_DAYS = 36;

    static final int TREND_WINDOW_DAYS = 28;
    static final int TREND_MIN_DAYS = 7;

    private GrowthMetrics() {}

    /**
     * @param closes the creator's daily closes from at least {@code day − 35} through {@code day}
     * @param previous the latest close before {@code day} (may be older than the window), or null
     */
    public static CreatorGrowthDay of(
            String creatorId,
            LocalDate day,
            NavigableMap<LocalDate, ProfileClose> closes,
            Map.Entry<LocalDate, ProfileClose> previous) {
        ProfileClose close = closes.get(day);
        Long followersDelta = null;
        Long likesDelta = null;
        Long videosDelta = null;
        Integer daysSince = null;
        boolean restsOnRounded = rounded(close);
        if (previous != null) {
            ProfileClose before = previous.getValue();
            daysSince = (int) ChronoUnit.DAYS.between(previous.getKey(), day);
            followersDelta = close.followers().value() - before.followers().value();
            likesDelta = close.likes().value() - before.likes().value();
            videosDelta = close.videos().value() - before.videos().value();
            restsOnRounded |= rounded(before);
        }
        Base b1 = base(closes, day, 1);
        Base b7 = base(closes, day, 7);
        Base b28 = base(closes, day, 28);
        for (Base base : new Base[] {b1, b7, b28}) {
            restsOnRounded |= base != null && rounded(base.close());
        }
        Double trend = trendPerDay(closes, day);
        boolean trendRestsOnRounded = trend != null
                && closes.subMap(day.minusDays(TREND_WINDOW_DAYS - 1), true, day, true).values().stream()
                        .anyMatch(c -> ProfileClose.rounded(c.followers()));
        long followers = close.followers().value();
        return new CreatorGrowthDay(
                creatorId,
                day,
                close.capturedAt(),
                followers,
                close.likes().value(),
                close.videos().value(),
                daysSince,
                followersDelta,
                likesDelta,
                videosDelta,
                rate(close, b1, c -> c.followers().value()),
                rate(close, b7, c -> c.followers().value()),
                rate(close, b28, c -> c.followers().value()),
                rate(close, b1, c -> c.likes().value()),
                rate(close, b7, c -> c.likes().value()),
                rate(close, b28, c -> c.likes().value()),
                trend,
                projection(followers, trend, 30),
                projection(followers, trend, 90),
                ProfileClose.rounded(close.followers()),
                ProfileClose.rounded(close.likes()),
                ProfileClose.rounded(close.videos()),
                restsOnRounded,
                trendRestsOnRounded);
    }

    private record Base(LocalDate day, ProfileClose close, int days) {}

    /**
     * The latest close captured at least {@code n} whole days before the day's close, among the closed
     * days in [day − n − ⌈n/4⌉ − 1, day − n]. "At least n days before" keeps a growth over n days from
     * resting on less: just after midnight the day's close is minutes old, and the previous day's close
     * is minutes before it.
     */
    private static Base base(NavigableMap<LocalDate, ProfileClose> closes, LocalDate day, int n) {
        ProfileClose close = closes.get(day);
        LocalDate earliest = day.minusDays(n + (n + 3) / 4 + 1);
        Instant atLatest = close.capturedAt().minus(Duration.ofDays(n));
        for (Map.Entry<LocalDate, ProfileClose> entry :
                closes.headMap(day.minusDays(n), true).descendingMap().entrySet()) {
            if (entry.getKey().isBefore(earliest)) {
                return null;
            }
            if (!entry.getValue().capturedAt().isAfter(atLatest)) {
                return new Base(entry.getKey(), entry.getValue(), n);
            }
        }
        return null;
    }

    /**
     * The change from the base, scaled to exactly the window: a base 7 days 20 hours back counts its
     * change × 7 / 7.83, so a creator gaining at a steady pace reads the same 7-day growth every day.
     */
    private static Double rate(ProfileClose close, Base base, Function<ProfileClose, Long> count) {
        if (base == null || count.apply(base.close()) == 0) {
            return null;
        }
        long from = count.apply(base.close());
        double span =
                Duration.between(base.close().capturedAt(), close.capturedAt()).toNanos();
        double window = Duration.ofDays(base.days()).toNanos();
        return (double) (count.apply(close) - from) / from * (window / span);
    }

    /** Least-squares slope of followers per day over the closes in [day − 27, day]; null below 7 closes. */
    static Double trendPerDay(NavigableMap<LocalDate, ProfileClose> closes, LocalDate day) {
        NavigableMap<LocalDate, ProfileClose> window =
                closes.subMap(day.minusDays(TREND_WINDOW_DAYS - 1), true, day, true);
        int n = window.size();
        if (n < TREND_MIN_DAYS) {
            return null;
        }
        double sumX = 0;
        double sumY = 0;
        for (Map.Entry<LocalDate, ProfileClose> entry : window.entrySet()) {
            sumX += -ChronoUnit.DAYS.between(entry.getKey(), day);
            sumY += entry.getValue().followers().value();
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double covariance = 0;
        double variance = 0;
        for (Map.Entry<LocalDate, ProfileClose> entry : window.entrySet()) {
            double x = -ChronoUnit.DAYS.between(entry.getKey(), day) - meanX;
            covariance += x * (entry.getValue().followers().value() - meanY);
            variance += x * x;
        }
        return covariance / variance;
    }

    private static Long projection(long followers, Double trend, int days) {
        return trend == null ? null : Math.max(0, Math.round(followers + trend * days));
    }

    private static boolean rounded(ProfileClose close) {
        return ProfileClose.rounded(close.followers())
                || ProfileClose.rounded(close.likes())
                || ProfileClose.rounded(close.videos());
    }

    /** The follower drop from the previous close as a fraction of it; 0 when followers did not fall. */
    public static double followerDrop(CreatorGrowthDay growth) {
        if (growth.followersDelta() == null || growth.followersDelta() >= 0) {
            return 0;
        }
        long before = growth.followers() - growth.followersDelta();
        return before == 0 ? 0 : (double) -growth.followersDelta() / before;
    }
}
