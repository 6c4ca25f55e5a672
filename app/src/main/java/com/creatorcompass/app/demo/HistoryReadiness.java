package com.creatorcompass.app.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether the demo's history has reached the dashboard: for every creator of {@code handles}, the
 * series hold {@code day}'s growth over 28 days and its projections (so over 1 and 7 days too), and
 * some video has views at a fixed age (a velocity curve).
 */
final class HistoryReadiness {

    private final JdbcTemplate jdbc;

    HistoryReadiness(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean ready(List<String> handles, LocalDate day) {
        Integer grown = jdbc.queryForObject("""
                select count(*) from series.creator_growth_daily g join warehouse.dim_creator c using (creator_id)
                where c.handle = any (?) and g.day = ? and g.followers_growth_28d is not null
                  and g.projected_followers_30d is not null""", Integer.class, handles.toArray(String[]::new), day);
        Boolean velocity = jdbc.queryForObject("select exists (select 1 from series.video_velocity)", Boolean.class);
        return grown != null && grown == handles.size() && Boolean.TRUE.equals(velocity);
    }
}
