-- When each tracked creator is next scraped, and who is scraping it now. Fed from CreatorTracked /
-- CreatorUntracked by the scrape-schedule event processor; claimed with FOR UPDATE SKIP LOCKED so
-- two scraper processes never take the same creator; a claim is a lease, so a dead scraper's
-- creators come back when it runs out.
create table scraper.scrape_schedule (
    creator_id      varchar(64) primary key,
    handle          varchar(24) not null,
    next_due_at     timestamptz not null,
    claimed_by      varchar(128),
    claimed_until   timestamptz,
    last_outcome    varchar(32),
    last_scraped_at timestamptz
);

create index scrape_schedule_due on scraper.scrape_schedule (next_due_at);
