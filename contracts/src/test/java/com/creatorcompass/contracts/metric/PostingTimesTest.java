package com.creatorcompass.contracts.metric;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatorcompass.contracts.metric.PostingTimes.Cell;
import com.creatorcompass.contracts.metric.PostingTimes.Posted;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingTimesTest {

    @Test
    void each_cell_holds_the_median_rate_of_the_videos_posted_in_its_weekday_and_utc_window() {
        // 2026-11-02 is a Monday. Three videos on Monday 09:00-11:59 (rates 0.10, 0.30, 0.20: median 0.20),
        // two on Sunday 21:00-23:59 (0.05 and 0.15: the mean of the middle two, 0.10), one without a rate,
        // one without a posting time.
        List<Cell> cells = PostingTimes.of(List.of(
                new Posted(Instant.parse("2026-11-02T09:00:00Z"), 0.10),
                new Posted(Instant.parse("2026-11-02T11:59:59Z"), 0.30),
                new Posted(Instant.parse("2026-11-09T10:30:00Z"), 0.20),
                new Posted(Instant.parse("2026-11-08T21:00:00Z"), 0.05),
                new Posted(Instant.parse("2026-11-08T23:10:00Z"), 0.15),
                new Posted(Instant.parse("2026-11-03T12:00:00Z"), null),
                new Posted(null, 0.9)));

        assertThat(cells).hasSize(56);
        assertThat(cells.get(0)).isEqualTo(new Cell(DayOfWeek.MONDAY, 0, 0, null));
        assertThat(cells.get(3)).isEqualTo(new Cell(DayOfWeek.MONDAY, 9, 3, 0.20));
        assertThat(cells.get(8 + 4))
                .as("Tuesday 12-15: its one video has no rate")
                .isEqualTo(new Cell(DayOfWeek.TUESDAY, 12, 0, null));
        Cell sundayNight = cells.get(55);
        assertThat(sundayNight.weekday()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(sundayNight.windowStart()).isEqualTo(21);
        assertThat(sundayNight.videos()).isEqualTo(2);
        assertThat(sundayNight.medianEngagementRate()).isCloseTo(0.10, org.assertj.core.data.Offset.offset(1e-12));
    }
}
