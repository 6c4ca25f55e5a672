-- Set-based rules the aggregates cannot decide alone. Written in the same transaction as the
-- events of the command that needs them, so a rejected or failed command leaves no trace here.


-- A handle belongs to at most one creator. The primary key settles races: a second insert waits
-- for the first transaction and then finds the handle taken.
create table command_model.handle_claim (
    handle     varchar(24) primary key,
    creator_id varchar(64) not null,
    claimed_at timestamptz not null default now()
);

-- Scrape and failure-report ids already recorded, so a retried report is acknowledged once and
-- ignored after without the aggregate keeping its whole history in memory.
create table command_model.recorded_observation (
    observation_id varchar(64) primary key,
    creator_id     varchar(64) not null,
    recorded_at    timestamptz not null default now()
);
