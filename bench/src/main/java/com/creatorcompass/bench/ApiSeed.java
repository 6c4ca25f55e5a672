package com.creatorcompass.bench;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The API benchmark's warehouse: {@link #CREATORS} creators, each with a year of daily profile
 * observations and series rows, and {@link #VIDEOS} videos with {@link #OBSERVATIONS} observations,
 * series points, velocity rows and hashtags each; then VACUUM ANALYZE, as a warehouse that has been
 * running for a year would be. Counts differ per creator and day; every tenth creator's counts are
 * rounded, half the creators' friends are unknown, and one video in 36 has no posting time.
 */
final class ApiSeed {

    static final int CREATORS = 10_000;
    static final int DAYS = 365;
    static final int VIDEOS = 36;
    static final int OBSERVATIONS = 12;
    /** The seeded year's last day: the dashboard's range ends here. */
    static final String LAST_DAY = "2026-10-31";

    private ApiSeed() {}

    static boolean seeded(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                var rows = sql.executeQuery("select count(*) from warehouse.dim_creator")) {
            rows.next();
            return rows.getLong(1) == CREATORS;
        }
    }

    static void seed(DataSource dataSource) throws Exception {
        String creators = "generate_series(0, " + (CREATORS - 1) + ") i";
        String days = "generate_series(0, " + (DAYS - 1) + ") d";
        String videos = "generate_series(0, " + (VIDEOS - 1) + ") n";
        String observations = "generate_series(0, " + (OBSERVATIONS - 1) + ") k";
        String day = "(date '" + LAST_DAY + "' - " + (DAYS - 1) + " + d)";
        String followers = "(1000 + i * 37 + d * (i % 50))";
        String likes = "(500 + i * 11 + d * (i % 70) * 3)";
        String rounded = "(i % 10 = 0)";
        List<String> statements = List.of(
                "insert into warehouse.dim_creator (creator_id, handle, tracked, nickname, verified, followers, followers_precision,"
                        + " likes, likes_precision, following, videos, tier, first_seen_at, last_seen_at, last_scrape_id)"
                        + " select 'b' || i, 'bench.creator.' || i, true, 'Bench ' || i, i % 3 = 0, 0, 'EXACT', 0, 'EXACT', 10,"
                        + " " + VIDEOS + ", 'micro', timestamptz '2025-11-01 12:00Z', timestamptz '" + LAST_DAY
                        + " 12:00Z', 'p364' from " + creators,
                "insert into warehouse.fact_profile_snapshot (creator_id, scrape_id, captured_at, recorded_at, source, nickname,"
                        + " verified, followers, followers_precision, following, following_precision, likes, likes_precision,"
                        + " videos, videos_precision, friends, friends_precision)"
                        + " select 'b' || i, 'p' || d, " + day + " + time '12:00', " + day
                        + " + time '13:00', 'SIMULATION',"
                        + " 'Bench ' || i, i % 3 = 0, " + followers + ", case when " + rounded
                        + " then 'ROUNDED' else 'EXACT' end,"
                        + " 10 + i % 9, 'EXACT', " + likes + ", 'EXACT', " + VIDEOS + ", 'EXACT',"
                        + " case when i % 2 = 0 then 5 + i % 13 end, case when i % 2 = 0 then 'EXACT' end"
                        + " from " + creators + ", " + days,
                "insert into series.creator_growth_daily (creator_id, day, closed_at, followers, likes, videos, days_since_previous,"
                        + " followers_delta, likes_delta, videos_delta, followers_growth_1d, followers_growth_7d, followers_growth_28d,"
                        + " likes_growth_1d, likes_growth_7d, likes_growth_28d, followers_trend_per_day, projected_followers_30d,"
                        + " projected_followers_90d, followers_rounded, likes_rounded, videos_rounded, growth_rests_on_rounded,"
                        + " trend_rests_on_rounded)"
                        + " select 'b' || i, " + day + ", " + day + " + time '12:00', " + followers + ", " + likes
                        + ", "
                        + VIDEOS + ", case when d > 0 then 1 end, case when d > 0 then i % 50 end,"
                        + " case when d > 0 then (i % 70) * 3 end, case when d > 0 then 0 end,"
                        + " (i % 50)::float8 / " + followers + ", 7 * (i % 50)::float8 / " + followers + ","
                        + " 28 * (i % 50)::float8 / " + followers + ", 3 * (i % 70)::float8 / " + likes + ","
                        + " 21 * (i % 70)::float8 / " + likes + ", 84 * (i % 70)::float8 / " + likes
                        + ", (i % 50)::float8,"
                        + " " + followers + " + 30 * (i % 50), " + followers + " + 90 * (i % 50), " + rounded
                        + ", false, false,"
                        + " " + rounded + ", " + rounded + " from " + creators + ", " + days,
                "insert into series.creator_engagement_daily (creator_id, day, videos_considered, engagement_by_views_mean,"
                        + " engagement_by_views_median, engagement_by_followers_mean, engagement_by_followers_median,"
                        + " median_views_last_30, posts_that_day, rests_on_rounded)"
                        + " select 'b' || i, " + day + ", 30, 0.05 + (i % 17) * 0.001, 0.04 + (i % 19) * 0.001,"
                        + " 0.02, 0.015, 1000 + i % 500, d % 2, false from " + creators + ", " + days,
                "insert into warehouse.dim_video (video_id, creator_id, posted_at, caption, duration_seconds, first_seen_at,"
                        + " last_seen_at, views, likes, comments, shares, saves, last_scrape_id)"
                        + " select 'v' || i || '-' || n, 'b' || i, case when n < " + (VIDEOS - 1)
                        + " then timestamptz '"
                        + LAST_DAY
                        + " 09:00Z' - (n * 9 + i % 7) * interval '1 day' end, 'video ' || n || ' of creator ' || i,"
                        + " 20 + n, timestamptz '2025-11-01 12:00Z', timestamptz '" + LAST_DAY + " 12:00Z',"
                        + " 1000 * (n + 1) + i % 997, 100 + n, 10, 5, 3, 's11' from " + creators + ", " + videos,
                "insert into warehouse.video_hashtag (video_id, hashtag) select video_id, tag from warehouse.dim_video,"
                        + " unnest(array['bench', 'tag' || (length(video_id) % 40)]) tag",
                "insert into warehouse.fact_video_snapshot (video_id, scrape_id, creator_id, captured_at, recorded_at, source,"
                        + " views, likes, comments, shares, saves, all_counts_exact)"
                        + " select video_id, 's' || k, creator_id, timestamptz '" + LAST_DAY + " 12:00Z' - ("
                        + (OBSERVATIONS - 1) + " - k) * interval '1 day', timestamptz '" + LAST_DAY + " 13:00Z' - ("
                        + (OBSERVATIONS - 1) + " - k) * interval '1 day', 'SIMULATION', views * (k + 1) / "
                        + OBSERVATIONS + ", likes, comments, shares, saves, true from warehouse.dim_video, "
                        + observations,
                "insert into series.video_engagement_series (video_id, captured_at, creator_id, posted_at, age_hours, views,"
                        + " likes, comments, shares, hours_since_previous, views_delta, views_per_hour, engagement_rate, rounded)"
                        + " select o.video_id, o.captured_at, o.creator_id, v.posted_at,"
                        + " extract(epoch from o.captured_at - v.posted_at) / 3600, o.views, o.likes, o.comments, o.shares, 24, 0,"
                        + " o.views / 240.0, (o.likes + o.comments + o.shares)::float8 / greatest(o.views, 1), false"
                        + " from warehouse.fact_video_snapshot o join warehouse.dim_video v using (video_id)"
                        + " where v.posted_at is not null",
                "insert into series.video_velocity (video_id, age, creator_id, posted_at, views, interpolated, rounded,"
                        + " creator_median, median_sample, outlier_score, creator_lower_quartile, creator_upper_quartile)"
                        + " select video_id, age, creator_id, posted_at, views / 4, true, false, 800, 30, 0.5, 600, 1200"
                        + " from warehouse.dim_video, unnest(array['1h', '6h', '24h', '7d']) age where posted_at is not null");
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
            connection.setAutoCommit(true);
            sql.execute("vacuum analyze");
        }
    }
}
