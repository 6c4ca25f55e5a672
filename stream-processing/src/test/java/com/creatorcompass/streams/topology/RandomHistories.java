package com.creatorcompass.streams.topology;

import com.creatorcompass.contracts.creator.ProfileSnapshotRecorded;
import com.creatorcompass.contracts.creator.SnapshotRecorded;
import com.creatorcompass.contracts.creator.VideoSnapshotRecorded;
import com.creatorcompass.contracts.observation.Count;
import com.creatorcompass.contracts.observation.ProfileObservation;
import com.creatorcompass.contracts.observation.SnapshotSource;
import com.creatorcompass.contracts.observation.VideoObservation;
import com.creatorcompass.streams.topology.TopologyHarness.Published;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Random creator histories with what real ones have: days without a scrape and days scraped twice, two
 * scrapes stamped the same instant, rounded and unknown counts, follower drops, more videos than the
 * 30-video windows, videos observed at irregular ages (some once, some for months), outliers, captions
 * whose hashtags change — and the ways they arrive: in order, with a tenth of the events months late,
 * shuffled, and with events delivered twice.
 */
final class RandomHistories {

    private static final String[] TAGS = {"booktok", "fyp", "cats", "diy", "travel", "food"};
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private RandomHistories() {}

    /** How a history reaches the topology. */
    enum Arrival {
        IN_ORDER,
        TENTH_MONTHS_LATE,
        SHUFFLED,
        SHUFFLED_AND_TWICE
    }

    /** The events of one random history, in order of capture; every video keeps its posting time. */
    static List<Published> history(Random random) {
        return history(random, false);
    }

    /**
     * @param postingTimesMove whether some videos' later observations give another posting time (minutes to
     *     days earlier or later), as a page read in another format might
     */
    static List<Published> history(Random random, boolean postingTimesMove) {
        List<Published> events = new ArrayList<>();
        int creators = 1 + random.nextInt(2);
        for (int c = 0; c < creators; c++) {
            String creator = "creator-" + c;
            int days = 20 + random.nextInt(100);
            profiles(random, creator, days, events);
            int videos = 3 + random.nextInt(40);
            for (int v = 0; v < videos; v++) {
                video(random, creator, creator + "-video-" + v, days, postingTimesMove, events);
            }
        }
        events.sort(Comparator.comparing(published -> ((SnapshotRecorded) published.event()).capturedAt()));
        return events;
    }

    /** The history as it arrives. */
    static List<Published> arriving(List<Published> history, Arrival arrival, Random random) {
        List<Published> events = new ArrayList<>(history);
        switch (arrival) {
            case IN_ORDER -> {}
            case TENTH_MONTHS_LATE -> {
                List<Published> late = new ArrayList<>();
                events.removeIf(event -> random.nextInt(10) == 0 && late.add(event));
                Collections.shuffle(late, random);
                events.addAll(late);
            }
            case SHUFFLED -> Collections.shuffle(events, random);
            case SHUFFLED_AND_TWICE -> {
                for (Published event : history) {
                    if (random.nextInt(3) == 0) {
                        events.add(event);
                    }
                }
                Collections.shuffle(events, random);
            }
        }
        return events;
    }

    private static void profiles(Random random, String creator, int days, List<Published> events) {
        long followers = 1_000 + random.nextInt(200_000);
        long likes = followers * (2 + random.nextInt(20));
        long videos = random.nextInt(50);
        for (int day = 0; day < days; day++) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            int scrapes = random.nextInt(4) == 0 ? 2 : 1;
            for (int s = 0; s < scrapes; s++) {
                followers = Math.max(0, followers + (random.nextInt(15) == 0 ? -followers / 25 : random.nextInt(900)));
                likes += random.nextInt(5_000);
                videos += random.nextInt(3) == 0 ? 1 : 0;
                Instant at = START.plus(Duration.ofDays(day)).plus(Duration.ofSeconds(random.nextInt(86_400)));
                events.add(profile(random, creator, at, followers, likes, videos));
                if (random.nextInt(20) == 0) {
                    // Another scrape stamped the same instant: the tie goes to the greater scrape id.
                    events.add(profile(random, creator, at, followers + 7, likes, videos));
                }
            }
        }
    }

    private static Published profile(
            Random random, String creator, Instant at, long followers, long likes, long videos) {
        boolean unknown = random.nextInt(40) == 0;
        Count followerCount = unknown ? null : count(random, followers);
        return new Published(new ProfileSnapshotRecorded(
                creator,
                scrapeId(random),
                at,
                SnapshotSource.SELENIUM,
                new ProfileObservation(
                        at,
                        null,
                        null,
                        creator,
                        "",
                        false,
                        followerCount,
                        Count.exact(0),
                        count(random, likes),
                        Count.exact(videos))));
    }

    private static void video(
            Random random, String creator, String videoId, int days, boolean postingTimesMove, List<Published> events) {
        Instant posted = START.plus(Duration.ofMinutes(random.nextInt(days * 1_440)));
        Instant said = posted;
        List<String> tags = new ArrayList<>(List.of(TAGS[random.nextInt(TAGS.length)]));
        long rate = random.nextInt(12) == 0 ? 60 : 1 + random.nextInt(5);
        long views = 0;
        int observations = 1 + random.nextInt(9);
        Instant at = posted;
        for (int o = 0; o < observations; o++) {
            at = at.plus(Duration.ofMinutes(20 + random.nextInt(o < 3 ? 600 : 20_000)));
            views += rate * random.nextInt(3_000);
            if (random.nextInt(8) == 0) {
                tags = List.of(TAGS[random.nextInt(TAGS.length)], TAGS[random.nextInt(TAGS.length)]);
            }
            if (postingTimesMove && random.nextInt(4) == 0) {
                said = posted.plus(Duration.ofMinutes(random.nextInt(2 * 4_000) - 4_000));
            }
            boolean unknown = random.nextInt(30) == 0;
            events.add(new Published(new VideoSnapshotRecorded(
                    creator,
                    scrapeId(random),
                    at,
                    SnapshotSource.SELENIUM,
                    new VideoObservation(
                            videoId,
                            at,
                            said,
                            "caption",
                            tags,
                            30,
                            unknown ? null : count(random, views),
                            Count.exact(views / 12),
                            Count.exact(views / 150),
                            Count.exact(views / 300),
                            Count.exact(0)))));
        }
    }

    private static Count count(Random random, long value) {
        return random.nextInt(12) == 0 ? Count.rounded(value / 100 * 100) : Count.exact(value);
    }

    private static String scrapeId(Random random) {
        return "scrape-" + Integer.toString(random.nextInt(1 << 20), 36);
    }
}
