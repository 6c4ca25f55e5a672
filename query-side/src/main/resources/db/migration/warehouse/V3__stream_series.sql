-- The series the stream jobs compute (docs/metrics.md defines every column). Their own schema: the
-- projection replay rebuilds schema warehouse, the stream replay rebuilds schema series. Rows are
-- keyed like the output topics, so an upsert of a redelivered record changes nothing.

create schema if not exists series;

create table series.creator_growth_daily (
    creator_id              varchar(64)              not null,
    day                     date                     not null,
    closed_at               timestamp with time zone not null,
    followers               bigint                   not null,
    likes                   bigint                   not null,
    videos                  bigint                   not null,
    days_since_previous     integer,
    followers_delta         bigint,
    likes_delta             bigint,
    videos_delta            bigint,
    followers_growth_1d     double precision,
    followers_growth_7d     double precision,
    followers_growth_28d    double precision,
    likes_growth_1d         double precision,
    likes_growth_7d         double precision,
    likes_growth_28d        double precision,
    followers_trend_per_day double precision,
    projected_followers_30d bigint,
    projected_followers_90d bigint,
    followers_rounded       boolean                  not null,
    likes_rounded           boolean                  not null,
    videos_rounded          boolean                  not null,
    growth_rests_on_rounded boolean                  not null,
    primary key (creator_id, day)
);

create table series.video_engagement_series (
    video_id             varchar(64)              not null,
    captured_at          timestamp with time zone not null,
    creator_id           varchar(64)              not null,
    posted_at            timestamp with time zone not null,
    age_hours            double precision         not null,
    views                bigint                   not null,
    likes                bigint                   not null,
    comments             bigint                   not null,
    shares               bigint                   not null,
    hours_since_previous double precision,
    views_delta          bigint,
    likes_delta          bigint,
    comments_delta       bigint,
    shares_delta         bigint,
    views_per_hour       double precision,
    engagement_rate      double precision,
    rounded              boolean                  not null,
    primary key (video_id, captured_at)
);
create index video_engagement_series_creator on series.video_engagement_series (creator_id, captured_at);

create table series.video_velocity (
    video_id       varchar(64)              not null,
    age            varchar(8)               not null,
    creator_id     varchar(64)              not null,
    posted_at      timestamp with time zone not null,
    views          bigint                   not null,
    interpolated   boolean                  not null,
    rounded        boolean                  not null,
    creator_median double precision,
    median_sample  integer                  not null,
    outlier_score  double precision,
    primary key (video_id, age)
);
create index video_velocity_creator on series.video_velocity (creator_id, age);

create table series.creator_engagement_daily (
    creator_id                    varchar(64) not null,
    day                           date        not null,
    videos_considered             integer     not null,
    engagement_by_views_mean      double precision,
    engagement_by_views_median    double precision,
    engagement_by_followers_mean  double precision,
    engagement_by_followers_median double precision,
    median_views_last_30          double precision,
    posts_that_day                integer     not null,
    rests_on_rounded              boolean     not null,
    primary key (creator_id, day)
);

create table series.hashtag_daily (
    hashtag                varchar(100) not null,
    day                    date         not null,
    videos                 integer      not null,
    creators               integer      not null,
    views                  bigint       not null,
    median_engagement_rate double precision,
    rests_on_rounded       boolean      not null,
    primary key (hashtag, day)
);
create index hashtag_daily_day on series.hashtag_daily (day, views desc);

create table series.alerts (
    id               varchar(200)             primary key,
    kind             varchar(16)              not null,
    creator_id       varchar(64)              not null,
    video_id         varchar(64),
    at               timestamp with time zone not null,
    observed         double precision         not null,
    reference        double precision         not null,
    score            double precision         not null,
    threshold        double precision         not null,
    rests_on_rounded boolean                  not null
);
create index alerts_creator on series.alerts (creator_id, at desc);

-- Which stream generation feeds the tables above: a replay builds generation n+1 beside n and
-- switches this row in the same transaction as the rows.
create table series.stream_generation (
    singleton  boolean primary key default true check (singleton),
    generation integer not null
);
insert into series.stream_generation (generation) values (1);

-- [jooq ignore start]
-- Analysts read the series through views with the creator's handle beside the id.
create view analytics.creator_growth as
    select c.handle, g.* from series.creator_growth_daily g join warehouse.dim_creator c using (creator_id);
create view analytics.creator_engagement as
    select c.handle, e.* from series.creator_engagement_daily e join warehouse.dim_creator c using (creator_id);
create view analytics.video_engagement as
    select c.handle, s.* from series.video_engagement_series s join warehouse.dim_creator c using (creator_id);
create view analytics.video_velocity as
    select c.handle, v.* from series.video_velocity v join warehouse.dim_creator c using (creator_id);
create view analytics.hashtag_trends as select * from series.hashtag_daily;
create view analytics.alerts as
    select c.handle, a.* from series.alerts a join warehouse.dim_creator c using (creator_id);

grant select on all tables in schema analytics to compass_analyst;
-- [jooq ignore stop]
