-- A count the page did not show is unknown: stored as null, never as 0 (older TikTok pages carry no
-- saves; any other count may be missing too). Its precision is null with it.
alter table warehouse.fact_profile_snapshot alter column followers drop not null;
alter table warehouse.fact_profile_snapshot alter column followers_precision drop not null;
alter table warehouse.fact_profile_snapshot alter column following drop not null;
alter table warehouse.fact_profile_snapshot alter column following_precision drop not null;
alter table warehouse.fact_profile_snapshot alter column likes drop not null;
alter table warehouse.fact_profile_snapshot alter column likes_precision drop not null;
alter table warehouse.fact_profile_snapshot alter column videos drop not null;
alter table warehouse.fact_profile_snapshot alter column videos_precision drop not null;

alter table warehouse.dim_video alter column views drop not null;
alter table warehouse.dim_video alter column likes drop not null;
alter table warehouse.dim_video alter column comments drop not null;
alter table warehouse.dim_video alter column shares drop not null;
alter table warehouse.dim_video alter column saves drop not null;

alter table warehouse.fact_video_snapshot alter column views drop not null;
alter table warehouse.fact_video_snapshot alter column likes drop not null;
alter table warehouse.fact_video_snapshot alter column comments drop not null;
alter table warehouse.fact_video_snapshot alter column shares drop not null;
alter table warehouse.fact_video_snapshot alter column saves drop not null;

-- VIDEO or PHOTO (a photo post: pictures, no duration).
alter table warehouse.dim_video add column kind varchar(8) not null default 'VIDEO';

-- [jooq ignore start]
-- The engagement rate is null when views are 0 or any count it needs is unknown (SQL's null arithmetic).
create or replace view analytics.video_performance as
select c.handle, v.creator_id, v.video_id, v.posted_at,
       extract(hour from v.posted_at at time zone 'UTC')::int as posted_hour_utc,
       extract(isodow from v.posted_at at time zone 'UTC')::int as posted_weekday_iso,
       v.caption, v.duration_seconds, v.views, v.likes, v.comments, v.shares, v.saves,
       round((v.likes + v.comments + v.shares)::numeric / nullif(v.views, 0), 4) as engagement_rate_by_views,
       array(select h.hashtag from warehouse.video_hashtag h where h.video_id = v.video_id order by h.hashtag) as hashtags,
       v.last_seen_at, v.kind
from warehouse.dim_video v
join warehouse.dim_creator c using (creator_id);
-- [jooq ignore stop]
