package com.creatorcompass.contracts.metric;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Engagement by posting time (docs/metrics.md): the median {@link EngagementRate#byViews engagement rate by
 * views} of the videos posted in each weekday × three-hour window, in UTC. A video without a posting time
 * or a rate (no views, or a count unknown) is left out; a cell without videos has no median (null, not 0).
 */
public final class PostingTimes {

    public static final int HOURS_PER_WINDOW = 3;

    private PostingTimes() {}

    /** One video: when it was posted, and its engagement rate (null when unknown). */
    public record Posted(Instant postedAt, Double engagementRate) {}

    /**
     * One weekday × window: {@code windowStart} is the window's first hour (0, 3, … 21); {@code videos}
     * how many videos with a rate were posted in it.
     */
    public record Cell(DayOfWeek weekday, int windowStart, int videos, Double medianEngagementRate) {}

    /** The 56 cells, Monday 00–03 first, then by window within each weekday. */
    public static List<Cell> of(List<Posted> videos) {
        int windows = 24 / HOURS_PER_WINDOW;
        List<List<Double>> rates = new ArrayList<>();
        for (int i = 0; i < 7 * windows; i++) {
            rates.add(new ArrayList<>());
        }
        for (Posted video : videos) {
            if (video.postedAt() == null || video.engagementRate() == null) {
                continue;
            }
            ZonedDateTime posted = video.postedAt().atZone(ZoneOffset.UTC);
            int weekday = posted.getDayOfWeek().getValue() - 1;
            rates.get(weekday * windows + posted.getHour() / HOURS_PER_WINDOW).add(video.engagementRate());
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            cells.add(new Cell(
                    DayOfWeek.of(i / windows + 1),
                    (i % windows) * HOURS_PER_WINDOW,
                    rates.get(i).size(),
                    Medians.of(rates.get(i))));
        }
        return cells;
    }
}
