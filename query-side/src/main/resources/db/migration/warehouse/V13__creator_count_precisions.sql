-- The creator row keeps every count with its precision, as the facts do (the projection fills both
-- by one naming rule: ObservationColumns). Rows from before take them from their latest observation.
alter table warehouse.dim_creator
    add column following_precision varchar(8),
    add column videos_precision    varchar(8);

-- [jooq ignore start]
update warehouse.dim_creator c
set following_precision = s.following_precision,
    videos_precision    = s.videos_precision
from warehouse.fact_profile_snapshot s
where s.creator_id = c.creator_id
  and s.scrape_id = c.last_scrape_id;
-- [jooq ignore stop]
