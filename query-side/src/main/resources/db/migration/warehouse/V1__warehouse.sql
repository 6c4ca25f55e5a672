-- The analytics warehouse: every table is derived from the event store and can be rebuilt to the
-- same rows. Facts are keyed by what identifies an observation, so an event delivered twice
-- changes nothing; dimensions keep the latest observation by capture time, so arrival order does
-- not matter.

create schema if not exists warehouse;

create table warehouse.dim_creator (
    creator_id          varchar(64) primary key,
    handle              varchar(24) not null,
    tracked             boolean     not null,
    tiktok_user_id      varchar(32),
    sec_uid             varchar(128),
    nickname            varchar(200),
    bio                 varchar(1000),
    verified            boolean,
    followers           bigint,
    followers_precision varchar(8),
    following           bigint,
    likes               bigint,
    likes_precision     varchar(8),
    videos              bigint,
    tier                varchar(8),
    first_seen_at       timestamp with time zone,
    last_seen_at        timestamp with time zone,
    last_scrape_id      varchar(64)
);

create table warehouse.fact_profile_snapshot (
    creator_id          varchar(64)              not null,
    scrape_id           varchar(64)              not null,
    captured_at         timestamp with time zone not null,
    recorded_at         timestamp with time zone not null,
    source              varchar(16)              not null,
    nickname            varchar(200),
    verified            boolean                  not null,
    followers           bigint                   not null,
    followers_precision varchar(8)               not null,
    following           bigint                   not null,
    following_precision varchar(8)               not null,
    likes               bigint                   not null,
    likes_precision     varchar(8)               not null,
    videos              bigint                   not null,
    videos_precision    varchar(8)               not null,
    primary key (creator_id, scrape_id)
);
create index fact_profile_snapshot_captured on warehouse.fact_profile_snapshot (creator_id, captured_at);
create index fact_profile_snapshot_recorded on warehouse.fact_profile_snapshot (creator_id, recorded_at);

create table warehouse.dim_video (
    video_id         varchar(32) primary key,
    creator_id       varchar(64)              not null,
    posted_at        timestamp with time zone,
    caption          varchar(4000),
    duration_seconds integer,
    first_seen_at    timestamp with time zone not null,
    last_seen_at     timestamp with time zone not null,
    views            bigint                   not null,
    likes            bigint                   not null,
    comments         bigint                   not null,
    shares           bigint                   not null,
    saves            bigint                   not null,
    last_scrape_id   varchar(64)              not null
);
create index dim_video_creator_posted on warehouse.dim_video (creator_id, posted_at desc, video_id);
create index dim_video_creator_views on warehouse.dim_video (creator_id, views desc, video_id);

create table warehouse.fact_video_snapshot (
    video_id          varchar(32)              not null,
    scrape_id         varchar(64)              not null,
    creator_id        varchar(64)              not null,
    captured_at       timestamp with time zone not null,
    recorded_at       timestamp with time zone not null,
    source            varchar(16)              not null,
    views             bigint                   not null,
    likes             bigint                   not null,
    comments          bigint                   not null,
    shares            bigint                   not null,
    saves             bigint                   not null,
    all_counts_exact  boolean                  not null,
    primary key (video_id, scrape_id)
);
create index fact_video_snapshot_creator on warehouse.fact_video_snapshot (creator_id, captured_at);

create table warehouse.dim_hashtag (
    hashtag       varchar(100) primary key,
    first_seen_at timestamp with time zone not null
);

create table warehouse.video_hashtag (
    video_id varchar(32)  not null,
    hashtag  varchar(100) not null,
    primary key (video_id, hashtag)
);
create index video_hashtag_tag on warehouse.video_hashtag (hashtag);

-- Every scrape's outcome: RECORDED, or the failure reason.
create table warehouse.scrape_outcome (
    creator_id   varchar(64)              not null,
    attempt_id   varchar(64)              not null,
    attempted_at timestamp with time zone not null,
    recorded_at  timestamp with time zone not null,
    outcome      varchar(16)              not null,
    detail       varchar(1000),
    primary key (creator_id, attempt_id)
);
create index scrape_outcome_attempted on warehouse.scrape_outcome (creator_id, attempted_at);
