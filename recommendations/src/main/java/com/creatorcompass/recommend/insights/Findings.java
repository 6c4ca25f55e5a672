package com.creatorcompass.recommend.insights;

import com.creatorcompass.contracts.recommend.Backtest;
import com.creatorcompass.contracts.recommend.Insight;
import com.creatorcompass.contracts.recommend.InsightKind;
import com.creatorcompass.contracts.recommend.WithheldInsight;
import com.creatorcompass.contracts.recommend.WithheldReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The insights found so far and those withheld; the bar every insight must clear is here, once. */
final class Findings {

    /** Videos analysed before any insight is drawn. */
    static final int MIN_VIDEOS = 20;
    /** Videos a group needs. */
    static final int MIN_GROUP = 5;
    /** Weeks a backtest needs. */
    static final int MIN_WEEKS = 4;
    /** How far a group's median must be from the creator's: ±10 %. */
    static final double MIN_LIFT = 0.10;
    /** The backtest's sign-test confidence an insight needs to be shown. */
    static final double MIN_CONFIDENCE = 0.9;

    final List<Insight> insights = new ArrayList<>();
    final List<WithheldInsight> withheld = new ArrayList<>();

    void withhold(
            InsightKind kind, String subject, WithheldReason reason, String detail, int sampleSize, Backtest backtest) {
        withheld.add(new WithheldInsight(kind, subject, reason, detail, sampleSize, backtest));
    }

    /** Shown when the backtest has enough weeks and beats a coin flip with the confidence needed; else withheld. */
    void backtested(Insight insight, String weeksWith) {
        Backtest backtest = insight.backtest();
        if (backtest.weeks() < MIN_WEEKS) {
            withhold(
                    insight.kind(),
                    insight.subject(),
                    WithheldReason.NOT_ENOUGH_DATA,
                    "only " + backtest.weeks() + " of the last 12 weeks had " + weeksWith + "; a backtest needs "
                            + MIN_WEEKS,
                    insight.sampleSize(),
                    backtest);
        } else if (backtest.confidence() < MIN_CONFIDENCE) {
            withhold(
                    insight.kind(),
                    insight.subject(),
                    WithheldReason.DID_NOT_HOLD,
                    backtest.statement()
                            + String.format(
                                    Locale.ROOT,
                                    ": confidence %.2f, an insight needs %.2f",
                                    backtest.confidence(),
                                    MIN_CONFIDENCE),
                    insight.sampleSize(),
                    backtest);
        } else {
            insights.add(insight);
        }
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100);
    }

    static String wholePercent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }
}
