package com.creatorcompass.recommend.similar;

import com.creatorcompass.recommend.features.CreatorFeatures;
import com.creatorcompass.recommend.features.Terms;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A recommendation's reasons in words, each resting on a number. Against the user's own account
 * they say "yours"; against another handle they name it.
 */
final class Reasons {

    static final int SHARED_TOPICS_SHOWN = 3;

    private final String your;
    private final String yours;

    private Reasons(String your, String yours) {
        this.your = your;
        this.yours = yours;
    }

    static Reasons forOwnAccount() {
        return new Reasons("your", "yours");
    }

    static Reasons against(String handle) {
        return new Reasons("@" + handle + "'s", "@" + handle + "'s");
    }

    List<String> similar(
            CreatorFeatures anchor, CreatorFeatures candidate, List<String> sharedTopics, Audience audience) {
        List<String> reasons = new ArrayList<>();
        if (!sharedTopics.isEmpty()) {
            reasons.add(
                    "shares " + list(sharedTopics.stream().map(Terms::display).toList()));
        }
        if (anchor.engagementRate() != null && candidate.engagementRate() != null && anchor.engagementRate() > 0) {
            reasons.add("engagement " + times(candidate.engagementRate() / anchor.engagementRate()) + " " + yours);
        }
        reasons.add(times((double) candidate.followers() / Math.max(1, anchor.followers())) + " " + your + " size");
        if (anchor.followersGrowth28d() != null && candidate.followersGrowth28d() != null) {
            reasons.add("followers " + signedPercent(candidate.followersGrowth28d()) + " in 28 days vs " + your + " "
                    + signedPercent(anchor.followersGrowth28d()));
        }
        reasons.addAll(audience(candidate, audience, false));
        return reasons;
    }

    static List<String> forNiches(CreatorFeatures candidate, Audience audience) {
        List<String> reasons = new ArrayList<>(audience(candidate, audience, true));
        reasons.add(String.format(Locale.ROOT, "%,d followers (%s)", candidate.followers(), candidate.tier()));
        if (candidate.engagementRate() != null) {
            reasons.add("engagement " + percent(candidate.engagementRate()) + " by views");
        }
        return reasons;
    }

    private static List<String> audience(CreatorFeatures candidate, Audience audience, boolean withShare) {
        List<String> reasons = new ArrayList<>();
        audience.nicheOf(candidate)
                .ifPresent(term -> reasons.add("posts " + Terms.display(term)
                        + (withShare ? " on " + percent(candidate.share(term)) + " of its videos" : "")
                        + ", one of your niches"));
        if (candidate.region() != null && audience.regions().contains(candidate.region())) {
            reasons.add("in " + candidate.region() + ", one of your regions");
        }
        if (candidate.language() != null && audience.languages().contains(candidate.language())) {
            reasons.add("posts in " + candidate.language() + ", one of your languages");
        }
        return reasons;
    }

    /** 3.0 → "3×", 2.14 → "2.1×", 12.6 → "13×"; below 1, two significant digits: 0.333 → "0.33×", 0.0053 → "0.0053×". */
    static String times(double ratio) {
        String number = ratio >= 10
                ? String.format(Locale.ROOT, "%.0f", ratio)
                : ratio >= 1
                        ? String.format(Locale.ROOT, "%.1f", ratio).replaceFirst("\\.0$", "")
                        : new BigDecimal(ratio)
                                .round(new MathContext(2))
                                .stripTrailingZeros()
                                .toPlainString();
        return number + "\u00d7";
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    static String signedPercent(double fraction) {
        return (fraction >= 0 ? "+" : "") + percent(fraction);
    }

    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
