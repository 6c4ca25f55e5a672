package com.creatorcompass.standin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The stand-in site's creators and how their numbers evolve, all derived from one seed. Followers
 * grow by a daily rate; a video's views follow a saturating curve of its age; likes, comments,
 * shares and saves are fixed fractions of views per video.
 */
public final class SyntheticWorld {

    /** Creators have posted since this instant (simulated time). */
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    static final Map<String, List<String>> NICHES = new LinkedHashMap<>();

    static {
        NICHES.put("booktok", List.of("booktok", "reading", "bookrecommendations", "fantasybooks", "romancebooks"));
        NICHES.put("cooking", List.of("cooking", "recipe", "easyrecipes", "foodtok", "dinnerideas"));
        NICHES.put("dance", List.of("dance", "dancechallenge", "choreography", "trend", "fyp"));
        NICHES.put("fitness", List.of("fitness", "gymtok", "workout", "homeworkout", "fitnesstips"));
        NICHES.put("tech", List.of("tech", "techtok", "coding", "gadgets", "ai"));
        NICHES.put("travel", List.of("travel", "traveltok", "wanderlust", "budgettravel", "hiddengems"));
    }

    private final Map<String, SyntheticCreator> creators = new LinkedHashMap<>();

    public SyntheticWorld(long seed, int creatorsPerNiche) {
        SplittableRandom random = new SplittableRandom(seed);
        for (String niche : NICHES.keySet()) {
            for (int i = 1; i <= creatorsPerNiche; i++) {
                String handle = niche + ".creator" + i;
                long creatorSeed = random.nextLong();
                SplittableRandom r = new SplittableRandom(creatorSeed);
                long followers = Math.round(Math.pow(10, 3 + r.nextDouble() * 3.5)); // 1k .. ~3M
                creators.put(handle, new SyntheticCreator(handle,
                        capitalize(niche) + " Creator " + i, niche,
                        Long.toString(6_800_000_000_000_000_000L + Math.floorMod(creatorSeed, 100_000_000_000_000_000L)),
                        "MS4wLjABAAAA" + Long.toHexString(creatorSeed),
                        followers, 0.0005 + r.nextDouble() * 0.005, 0.3 + r.nextDouble() * 1.2,
                        10 + r.nextInt(80), followers > 1_000_000, r.nextBoolean() ? "US" : "GB", "en", creatorSeed));
            }
        }
    }

    public List<SyntheticCreator> creators() {
        return List.copyOf(creators.values());
    }

    public Optional<SyntheticCreator> creator(String handle) {
        return Optional.ofNullable(creators.get(handle.toLowerCase(Locale.ROOT)));
    }

    public SyntheticProfile profileAt(SyntheticCreator creator, Instant at) {
        double days = Math.max(0, Duration.between(EPOCH, at).toSeconds() / 86_400.0);
        long followers = Math.round(creator.followersAtEpoch() * Math.pow(1 + creator.dailyGrowth(), days));
        List<SyntheticVideo> videos = videosAt(creator, at);
        long videoLikes = videos.stream().mapToLong(SyntheticVideo::likes).sum();
        long likes = creator.followersAtEpoch() * 9 + videoLikes;
        return new SyntheticProfile(creator, followers, 100 + creator.seed() % 400 + (creator.seed() % 400 < 0 ? 400 : 0),
                likes, 20 + videos.size());
    }

    /** Videos posted up to {@code at}, newest first, with their counts at {@code at}. */
    public List<SyntheticVideo> videosAt(SyntheticCreator creator, Instant at) {
        List<SyntheticVideo> videos = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(creator.seed());
        List<String> tags = NICHES.get(creator.niche());
        double meanGapHours = 24 / creator.postsPerDay();
        Instant posted = EPOCH.plus(Duration.ofMinutes(random.nextInt(24 * 60)));
        int number = 0;
        while (!posted.isAfter(at)) {
            number++;
            long videoSeed = random.nextLong();
            SplittableRandom v = new SplittableRandom(videoSeed);
            long idLow = Math.floorMod(videoSeed, 1L << 32);
            String id = Long.toString((posted.getEpochSecond() << 32) | idLow);
            double ageHours = Duration.between(posted, at).toSeconds() / 3600.0;
            double reach = creator.followersAtEpoch() * (0.05 + v.nextDouble() * 0.6) * (v.nextInt(25) == 0 ? 8 : 1);
            long views = Math.round(reach * (1 - Math.exp(-ageHours / 36.0)));
            List<String> hashtags = List.of(tags.get(v.nextInt(tags.size())), tags.get(v.nextInt(tags.size())), "fyp")
                    .stream().distinct().toList();
            videos.add(new SyntheticVideo(id, posted, "Video " + number + " about " + creator.niche() + " "
                    + String.join(" ", hashtags.stream().map(t -> "#" + t).toList()), hashtags,
                    Math.max(5, creator.meanDurationSeconds() + v.nextInt(21) - 10),
                    views, Math.round(views * (0.04 + v.nextDouble() * 0.08)), Math.round(views * 0.004),
                    Math.round(views * 0.002), Math.round(views * 0.006)));
            posted = posted.plus(Duration.ofMinutes(Math.round(meanGapHours * 60 * (0.5 + random.nextDouble()))));
        }
        Collections.reverse(videos);
        return videos;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
