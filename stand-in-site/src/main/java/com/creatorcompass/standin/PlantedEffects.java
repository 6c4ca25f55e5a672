package com.creatorcompass.standin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What makes a synthetic video engage more or less: effects planted on purpose, so that insights
 * can be checked against a known answer. A video's like rate is multiplied by every effect it has.
 * Posting times are read in the creator's home zone as its page reveals it (Europe/London or
 * Europe/Berlin when the page shows GB or DE; UTC otherwise). Follower growth and posting cadence
 * are unrelated on purpose: an insight claiming a link there should not survive its backtest.
 */
public final class PlantedEffects {

    /** Posting in the creator's prime three hours. */
    public static final double PRIME_WINDOW = 1.5;
    /** Posting on the creator's prime weekday. */
    public static final double PRIME_WEEKDAY = 1.3;
    /** Videos shorter than {@link #SHORT_VIDEO_SECONDS}. */
    public static final double SHORT_VIDEO = 1.3;

    public static final int SHORT_VIDEO_SECONDS = 30;
    /** Carrying the niche's hot hashtag (and twice the outlier odds). */
    public static final double HOT_HASHTAG = 1.3;
    /** Carrying the niche's cold hashtag. */
    public static final double COLD_HASHTAG = 0.7;

    private PlantedEffects() {}

    /** The first hour of the creator's prime window, local time: 0, 3, ..., 21. */
    public static int primeWindowStart(SyntheticCreator creator) {
        return Math.floorMod(creator.seed(), 8) * 3;
    }

    public static DayOfWeek primeWeekday(SyntheticCreator creator) {
        return DayOfWeek.of(1 + Math.floorMod(creator.seed() >> 8, 7));
    }

    public static String hotHashtag(String niche) {
        return SyntheticWorld.NICHES.get(niche).get(1);
    }

    public static String coldHashtag(String niche) {
        return SyntheticWorld.NICHES.get(niche).get(3);
    }

    public static ZoneId homeZone(SyntheticCreator creator) {
        if (!creator.regionShown()) {
            return ZoneId.of("UTC");
        }
        return switch (creator.region()) {
            case "GB" -> ZoneId.of("Europe/London");
            case "DE" -> ZoneId.of("Europe/Berlin");
            default -> ZoneId.of("UTC");
        };
    }

    static double likeRateFactor(
            SyntheticCreator creator, Instant postedAt, int durationSeconds, List<String> hashtags) {
        ZonedDateTime local = postedAt.atZone(homeZone(creator));
        int start = primeWindowStart(creator);
        double factor = 1;
        if (local.getHour() >= start && local.getHour() < start + 3) {
            factor *= PRIME_WINDOW;
        }
        if (local.getDayOfWeek() == primeWeekday(creator)) {
            factor *= PRIME_WEEKDAY;
        }
        if (durationSeconds < SHORT_VIDEO_SECONDS) {
            factor *= SHORT_VIDEO;
        }
        if (hashtags.contains(hotHashtag(creator.niche()))) {
            factor *= HOT_HASHTAG;
        }
        if (hashtags.contains(coldHashtag(creator.niche()))) {
            factor *= COLD_HASHTAG;
        }
        return factor;
    }
}
