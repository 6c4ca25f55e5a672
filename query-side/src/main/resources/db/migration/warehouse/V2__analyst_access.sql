-- [jooq ignore start]
-- Analyst access: documented views in their own schema, and a read-only role that can read those
-- views and nothing else (no event store, no command model, no scraper state, no warehouse tables
-- directly). Views run with their owner's rights, so the role needs no grant on the tables.
-- Give a person access with: create user alice password '...' in role compass_analyst;



do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'compass_analyst') then
        create role compass_analyst nologin;
    end if;
end
$$;

-- The current profile of every tracked or once-tracked creator.
create view analytics.creator_latest as
select handle, creator_id, tracked, nickname, verified, tier,
       followers, followers_precision, following, likes, likes_precision, videos,
       first_seen_at, last_seen_at
from warehouse.dim_creator;

-- Every profile observation: captured_at is when it was true, recorded_at when we learned it.
create view analytics.profile_snapshots as
select c.handle, s.creator_id, s.scrape_id, s.captured_at, s.recorded_at, s.source,
       s.followers, s.followers_precision, s.following, s.following_precision,
       s.likes, s.likes_precision, s.videos, s.videos_precision
from warehouse.fact_profile_snapshot s
join warehouse.dim_creator c using (creator_id);

-- Closing followers per creator per UTC day: the last observation captured that day.
create view analytics.creator_daily_followers as
select distinct on (s.creator_id, (s.captured_at at time zone 'UTC')::date)
       c.handle, s.creator_id, (s.captured_at at time zone 'UTC')::date as day,
       s.followers as closing_followers, s.followers_precision, s.captured_at as closing_captured_at
from warehouse.fact_profile_snapshot s
join warehouse.dim_creator c using (creator_id)
order by s.creator_id, (s.captured_at at time zone 'UTC')::date, s.captured_at desc, s.scrape_id desc;

-- Each video as last observed, with its engagement rate by views: (likes + comments + shares) / views.
create view analytics.video_performance as
select c.handle, v.creator_id, v.video_id, v.posted_at,
       extract(hour from v.posted_at at time zone 'UTC')::int as posted_hour_utc,
       extract(isodow from v.posted_at at time zone 'UTC')::int as posted_weekday_iso,
       v.caption, v.duration_seconds, v.views, v.likes, v.comments, v.shares, v.saves,
       round((v.likes + v.comments + v.shares)::numeric / nullif(v.views, 0), 4) as engagement_rate_by_views,
       array(select h.hashtag from warehouse.video_hashtag h where h.video_id = v.video_id order by h.hashtag) as hashtags,
       v.last_seen_at
from warehouse.dim_video v
join warehouse.dim_creator c using (creator_id);

-- Every observation of every video.
create view analytics.video_snapshots as
select c.handle, s.creator_id, s.video_id, s.scrape_id, s.captured_at, s.recorded_at, s.source,
       s.views, s.likes, s.comments, s.shares, s.saves, s.all_counts_exact
from warehouse.fact_video_snapshot s
join warehouse.dim_creator c using (creator_id);

-- Data quality: scrapes per creator, how they ended, and when the last good one was.
create view analytics.scrape_quality as
select c.handle, o.creator_id,
       count(*) as attempts,
       count(*) filter (where o.outcome = 'RECORDED') as recorded,
       count(*) filter (where o.outcome <> 'RECORDED') as failed,
       max(o.attempted_at) filter (where o.outcome = 'RECORDED') as last_recorded_at,
       (array_agg(o.outcome order by o.attempted_at desc))[1] as last_outcome
from warehouse.scrape_outcome o
join warehouse.dim_creator c using (creator_id)
group by c.handle, o.creator_id;

-- Hashtags across tracked creators.
create view analytics.hashtag_usage as
select h.hashtag, h.first_seen_at, count(distinct vh.video_id) as videos, count(distinct v.creator_id) as creators
from warehouse.dim_hashtag h
left join warehouse.video_hashtag vh using (hashtag)
left join warehouse.dim_video v using (video_id)
group by h.hashtag, h.first_seen_at;

grant usage on schema analytics to compass_analyst;
grant select on all tables in schema analytics to compass_analyst;
-- [jooq ignore stop]
