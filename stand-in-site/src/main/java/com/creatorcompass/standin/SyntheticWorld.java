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
 * shares and saves are fractions of views per video, the like rate shaped by {@link PlantedEffects}.
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

    /** Words a niche's captions use besides its hashtags; neighbouring niches share some. */
    static final Map<String, List<String>> CAPTION_WORDS = Map.of(
            "booktok", List.of("novel", "chapter", "author", "stories", "library", "cozy"),
            "cooking", List.of("dinner", "kitchen", "pasta", "healthy", "meal", "oven"),
            "dance", List.of("moves", "music", "steps", "routine", "studio", "beat"),
            "fitness", List.of("workout", "healthy", "meal", "routine", "strength", "cardio"),
            "tech", List.of("setup", "laptop", "review", "gear", "apps", "code"),
            "travel", List.of("flight", "hotel", "stories", "gear", "beach", "city"));
    /** A niche whose hashtags a creator borrows now and then. */
    static final Map<String, String> NEIGHBOURS = Map.of(
            "booktok", "travel", "cooking", "fitness", "dance", "fitness", "fitness", "cooking", "tech", "travel",
            "travel", "tech");

    static final List<String> REGIONS = List.of("US", "GB", "DE");
    private static final Map<String, String> LANGUAGES = Map.of("US", "en", "GB", "en", "DE", "de");

    private static final int FIRST_PASS = 4;

    private final Map<String, SyntheticCreator> creators = new LinkedHashMap<>();

    public SyntheticWorld(long seed, int creatorsPerNiche) {
        SplittableRandom random = new SplittableRandom(seed);
        // The first four of every niche, then the rest: a larger world keeps a smaller one's creators as they were.
        for (String niche : NICHES.keySet()) {
            for (int i = 1; i <= Math.min(creatorsPerNiche, FIRST_PASS); i++) {
                add(niche, i, random.nextLong());
            }
        }
        for (String niche : NICHES.keySet()) {
            for (int i = FIRST_PASS + 1; i <= creatorsPerNiche; i++) {
                add(niche, i, random.nextLong());
            }
        }
    }

    private void add(String niche, int i, long creatorSeed) {
        String handle = niche + ".creator" + i;
        SplittableRandom r = new SplittableRandom(creatorSeed);
        long followers = Math.round(Math.pow(10, 3 + r.nextDouble() * 3.5)); // 1k .. ~3M
        double dailyGrowth = 0.0005 + r.nextDouble() * 0.005;
        double postsPerDay = 0.3 + r.nextDouble() * 1.2;
        int meanDuration = 10 + r.nextInt(80);
        String region = REGIONS.get(r.nextInt(REGIONS.size()));
        creators.put(
                handle,
                new SyntheticCreator(
                        handle,
                        capitalize(niche) + " Creator " + i,
                        niche,
                        Long.toString(
                                6_800_000_000_000_000_000L + Math.floorMod(creatorSeed, 100_000_000_000_000_000L)),
                        "MS4wLjABAAAA" + Long.toHexString(creatorSeed),
                        followers,
                        dailyGrowth,
                        postsPerDay,
                        meanDuration,
                        followers > 1_000_000,
                        region,
                        LANGUAGES.get(region),
                        creatorSeed));
    }

    public List<SyntheticCreator> creators() {
        return List.copyOf(creators.values());
    }

    public Optional<SyntheticCreator> creator(String handle) {
        return Optional.ofNullable(creators.get(handle.toLowerCase(Locale.ROOT)));
    }

    public SyntheticProfile profileAt(SyntheticCreator creator, Instant at) {
        return profileAt(creator, at, postsUntil(creator, at));
    }

    /** The profile at {@code at}, from {@code posts} (its posts up to {@code at} or later, oldest first: later ones are left out). */
    public SyntheticProfile profileAt(SyntheticCreator creator, Instant at, List<SyntheticPost> posts) {
        double days = Math.max(0, Duration.between(EPOCH, at).toSeconds() / 86_400.0);
        long followers = Math.round(creator.followersAtEpoch() * Math.pow(1 + creator.dailyGrowth(), days));
        long videoLikes = 0;
        int videos = 0;
        for (SyntheticPost post : posts) {
            if (post.postedAt().isAfter(at)) {
                break;
            }
            videoLikes += post.at(at).likes();
            videos++;
        }
        long likes = creator.followersAtEpoch() * 9 + videoLikes;
        long following = 100 + creator.seed() % 400 + (creator.seed() % 400 < 0 ? 400 : 0);
        // About a quarter of whom it follows follow it back (TikTok's friendCount).
        return new SyntheticProfile(creator, followers, following, likes, 20 + videos, following / 4);
    }

    /** Videos posted up to {@code at}, newest first, with their counts at {@code at}. */
    public List<SyntheticVideo> videosAt(SyntheticCreator creator, Instant at) {
        List<SyntheticVideo> videos = new ArrayList<>();
        for (SyntheticPost post : postsUntil(creator, at)) {
            videos.add(post.at(at));
        }
        Collections.reverse(videos);
        return videos;
    }

    /** The posts made up to {@code at}, oldest first. */
    public List<SyntheticPost> postsUntil(SyntheticCreator creator, Instant at) {
        List<SyntheticPost> posts = new ArrayList<>();
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
            List<String> secondTags = v.nextInt(7) == 0 ? NICHES.get(NEIGHBOURS.get(creator.niche())) : tags;
            List<String> hashtags =
                    List.of(tags.get(v.nextInt(tags.size())), secondTags.get(v.nextInt(secondTags.size())), "fyp")
                            .stream()
                            .distinct()
                            .toList();
            boolean outlier = v.nextInt(25) < (hashtags.contains(PlantedEffects.hotHashtag(creator.niche())) ? 2 : 1);
            double reach = creator.followersAtEpoch() * (0.05 + v.nextDouble() * 0.6) * (outlier ? 8 : 1);
            int duration = (int) Math.max(5, Math.round(creator.meanDurationSeconds() * (0.4 + v.nextInt(21) / 12.5)));
            List<String> words = CAPTION_WORDS.get(creator.niche());
            String caption = "Video " + number + ": " + words.get(v.nextInt(words.size())) + " and "
                    + words.get(v.nextInt(words.size())) + " "
                    + String.join(" ", hashtags.stream().map(t -> "#" + t).toList());
            double likeRate =
                    (0.04 + v.nextDouble() * 0.08) * PlantedEffects.likeRateFactor(creator, posted, duration, hashtags);
            posts.add(new SyntheticPost(id, posted, caption, hashtags, duration, reach, likeRate));
            posted = posted.plus(Duration.ofMinutes(Math.round(meanGapHours * 60 * (0.5 + random.nextDouble()))));
        }
        return posts;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
