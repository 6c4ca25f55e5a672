-- The trend's reliance on rounded counts, apart from the growth figures' (docs/metrics.md, "Growth"):
-- growth_rests_on_rounded no longer counts the trend window. Rows written before this migration keep
-- the old meaning until the streams are replayed (./compass replay streams).
alter table series.creator_growth_daily add column trend_rests_on_rounded boolean not null default false;
