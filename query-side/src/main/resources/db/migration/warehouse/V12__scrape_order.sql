-- Same-instant observations: the greater scrape id counts, compared character by character (collation
-- "C", ObservationOrder), as the stream jobs and the API compare them, whatever the database's collation.
-- [jooq ignore start]
create or replace view analytics.creator_daily_followers as
select distinct on (s.creator_id, (s.captured_at at time zone 'UTC')::date)
       c.handle, s.creator_id, (s.captured_at at time zone 'UTC')::date as day,
       s.followers as closing_followers, s.followers_precision, s.captured_at as closing_captured_at
from warehouse.fact_profile_snapshot s
join warehouse.dim_creator c using (creator_id)
order by s.creator_id, (s.captured_at at time zone 'UTC')::date, s.captured_at desc, s.scrape_id collate "C" desc;
-- [jooq ignore stop]
