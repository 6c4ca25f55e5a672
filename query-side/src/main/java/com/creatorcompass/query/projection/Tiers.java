package com.creatorcompass.query.projection;

/**
 * Follower tiers, the industry's usual bands: nano 1k–10k, micro 10k–50k, mid 50k–500k, macro
 * 500k–1M, mega 1M+; below 1,000 "starter". Lower bounds are inclusive.
 */
public final class Tiers {

    private Tiers() {}

    /** The tier of {@code followers}; null (no tier) when the count is unknown. */
    public static String of(Long followers) {
        if (followers == null) {
            return null;
        }
        if (followers >= 1_000_000) {
            return "mega";
        }
        if (followers >= 500_000) {
            return "macro";
        }
        if (followers >= 50_000) {
            return "mid";
        }
        if (followers >= 10_000) {
            return "micro";
        }
        if (followers >= 1_000) {
            return "nano";
        }
        return "starter";
    }
}
