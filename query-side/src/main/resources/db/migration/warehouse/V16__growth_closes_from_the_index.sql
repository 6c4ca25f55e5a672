-- A growth chart reads a creator's daily closes over a range (DailyCloses): day, followers, likes,
-- videos and whether a count was rounded. Rows are written a day at a time for every creator, so a
-- creator's 90 days lie on 90 different heap pages, and a dashboard nobody read lately paid one page
-- read per day. This index holds exactly what the chart reads, in the key's order: an index-only scan
-- reads a creator's year from two or three leaf pages (once VACUUM has marked the pages all-visible,
-- which autovacuum does for this insert-mostly table).
create index creator_growth_daily_closes on series.creator_growth_daily (creator_id, day)
    include (followers, likes, videos, followers_rounded, likes_rounded);
