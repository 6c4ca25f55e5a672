package com.creatorcompass.standin;

/**
 * A creator of the stand-in site. Its numbers are functions of simulated time, so any two scrapes
 * at the same instant see the same page. {@code niche} is ground truth for recommendation tests.
 */
public record SyntheticCreator(
        String handle,
        String nickname,
        String niche,
        String userId,
        String secUid,
        long followersAtEpoch,
        double dailyGrowth,
        double postsPerDay,
        int meanDurationSeconds,
        boolean verified,
        String region,
        String language,
        long seed) {

    /** The profile's bio ({@code signature}). */
    public String bio() {
        return "Synthetic " + niche + " creator of the Creator Compass stand-in site";
    }

    /** TikTok shows a region for some accounts only; the stand-in for half of them. */
    public boolean regionShown() {
        return seed % 2 == 0;
    }
}
