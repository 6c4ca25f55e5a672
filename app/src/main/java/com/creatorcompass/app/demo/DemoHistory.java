package com.creatorcompass.app.demo;

import com.creatorcompass.contracts.creator.RecordScrape;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.standin.SyntheticCreator;
import com.creatorcompass.standin.SyntheticPost;
import com.creatorcompass.standin.SyntheticProfile;
import com.creatorcompass.standin.SyntheticVideo;
import com.creatorcompass.standin.SyntheticWorld;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The stand-in world's past as a backfill would record it: for each of the {@code days} UTC days
 * before {@code today}, a scrape with the creator's profile at midday (plus a per-creator offset)
 * and every post observed at the ages a tracker would have seen it ({@link #AGES}) on that day (two
 * scrapes when the day saw a post twice: {@link #rounds}).
 * Every number is the world's at the observation's instant — what the stand-in page served then shows.
 * Scrape ids are derived from the handle and the day, so recording the plan again records nothing twice.
 */
final class DemoHistory {

    /** When a post is observed after posting: the ages a tracker's schedule reaches. */
    static final List<Duration> AGES = List.of(
            Duration.ofHours(1),
            Duration.ofHours(6),
            Duration.ofHours(24),
            Duration.ofDays(3),
            Duration.ofDays(7),
            Duration.ofDays(30));

    private final SyntheticWorld world;
    private final LocalDate today;
    private final int days;

    DemoHistory(SyntheticWorld world, LocalDate today, int days) {
        this.world = world;
        this.today = today;
        this.days = days;
    }

    LocalDate firstDay() {
        return today.minusDays(days);
    }

    /** The creator's history, a scrape a day (two on days that saw a post twice), oldest first. */
    List<RecordScrape> scrapes(SyntheticCreator creator, String creatorId) {
        Instant end = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<SyntheticPost> posts = world.postsUntil(creator, end);
        Map<LocalDate, List<VideoObservation>> seen = new TreeMap<>();
        for (SyntheticPost post : posts) {
            for (Duration age : AGES) {
                Instant at = post.postedAt().plus(age);
                LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
                if (!day.isBefore(firstDay()) && at.isBefore(end)) {
                    seen.computeIfAbsent(day, d -> new ArrayList<>()).add(observation(post.at(at), at));
                }
            }
        }
        List<RecordScrape> scrapes = new ArrayList<>();
        for (LocalDate day = firstDay(); day.isBefore(today); day = day.plusDays(1)) {
            List<List<VideoObservation>> rounds = rounds(seen.getOrDefault(day, List.of()));
            for (int round = rounds.size() - 1; round >= 0; round--) {
                Instant at = profileInstant(creator, day).minus(Duration.ofMinutes(round));
                scrapes.add(new RecordScrape(
                        creatorId,
                        scrapeId(creator, day, round),
                        SnapshotSource.SIMULATION,
                        profile(world.profileAt(creator, at, posts), at),
                        rounds.get(round)));
            }
        }
        return scrapes;
    }

    /**
     * A scrape lists a post once, so a day that saw a post twice (at 1 h and 6 h, say) is split into
     * rounds, each post at most once in each; round 0 always exists (the day's profile), and round r
     * is recorded with the profile r minutes before the day's, so the day still closes at its midday.
     */
    static List<List<VideoObservation>> rounds(List<VideoObservation> day) {
        List<List<VideoObservation>> rounds = new ArrayList<>();
        rounds.add(new ArrayList<>());
        Map<String, Integer> times = new HashMap<>();
        for (VideoObservation video : day) {
            int round = times.merge(video.videoId(), 1, Integer::sum) - 1;
            while (rounds.size() <= round) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(video);
        }
        return rounds;
    }

    /** Midday plus up to six hours, the same for a creator every day: closes are a day apart. */
    static Instant profileInstant(SyntheticCreator creator, LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .plus(Duration.ofHours(12))
                .plus(Duration.ofMinutes(Math.floorMod(creator.seed(), 360)));
    }

    static String scrapeId(SyntheticCreator creator, LocalDate day, int round) {
        return UUID.nameUUIDFromBytes(
                        ("demo-history|" + creator.handle() + "|" + day + "|" + round).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The profile as the stand-in page shows it: exact counts ({@code statsV2}), the region for half the creators. */
    static ProfileObservation profile(SyntheticProfile profile, Instant at) {
        SyntheticCreator c = profile.creator();
        return new ProfileObservation(
                at,
                c.userId(),
                c.secUid(),
                c.nickname(),
                c.bio(),
                c.verified(),
                Count.exact(profile.followers()),
                Count.exact(profile.following()),
                Count.exact(profile.likes()),
                Count.exact(profile.videoCount()),
                c.regionShown() ? c.region() : null,
                c.language(),
                Count.exact(profile.friends()));
    }

    static VideoObservation observation(SyntheticVideo video, Instant at) {
        return new VideoObservation(
                video.id(),
                at,
                video.postedAt(),
                video.caption(),
                video.hashtags(),
                video.durationSeconds(),
                Count.exact(video.views()),
                Count.exact(video.likes()),
                Count.exact(video.comments()),
                Count.exact(video.shares()),
                Count.exact(video.saves()));
    }
}
