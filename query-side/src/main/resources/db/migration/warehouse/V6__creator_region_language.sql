-- Where a creator is and what language it posts in, when its page shows them (TikTok shows a
-- region for some accounts only). From the latest observation, like the rest of the profile.
alter table warehouse.dim_creator add column region varchar(2);
alter table warehouse.dim_creator add column language varchar(2);

-- [jooq ignore start]
create or replace view analytics.creator_latest as
select handle, creator_id, tracked, nickname, verified, tier,
       followers, followers_precision, following, likes, likes_precision, videos,
       first_seen_at, last_seen_at, region, language
from warehouse.dim_creator;
-- [jooq ignore stop]
