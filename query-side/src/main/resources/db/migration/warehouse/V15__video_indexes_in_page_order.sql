-- A creator's videos are listed newest (or most viewed) first, unknown last, ties by id descending
-- (CreatorHistories.videos, VideoReads): the indexes now hold them in exactly that order, so a page is
-- read off the index and stops at its size instead of sorting every video the creator has.
-- The old indexes go under either name: their own, or the one PostgreSQL gave the copy a warehouse
-- replay made (create table ... like ... including all) and swapped in.
drop index if exists warehouse.dim_video_creator_posted;
drop index if exists warehouse.dim_video_creator_id_posted_at_video_id_idx;
drop index if exists warehouse.dim_video_creator_views;
drop index if exists warehouse.dim_video_creator_id_views_video_id_idx;
create index dim_video_creator_posted on warehouse.dim_video (creator_id, posted_at desc nulls last, video_id desc);
create index dim_video_creator_views on warehouse.dim_video (creator_id, views desc nulls last, video_id desc);
