-- Where a creator's previous videos stood at an age: the quartiles around the median (docs/metrics.md, "Velocity").
-- Rows written before this migration have them null until the streams are replayed (./compass replay streams).
alter table series.video_velocity add column creator_lower_quartile double precision;
alter table series.video_velocity add column creator_upper_quartile double precision;
