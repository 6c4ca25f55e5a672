-- Users' accounts, kept apart from the analytics schemas: the analyst role has no grant here, so
-- e-mail addresses and who-follows-whom stay private. Filled by the accounts projection in the
-- same transaction as the command, so a user reads their own change at once.

create schema if not exists accounts;

create table accounts.app_user (
    user_id       varchar(80)              primary key,
    email         varchar(320)             not null,
    display_name  varchar(200),
    registered_at timestamp with time zone not null,
    tiktok_handle varchar(24),
    age_band      varchar(16)
);

-- Audience preferences, one row per value, in the order the user gave them.
create table accounts.audience_preference (
    user_id  varchar(80)  not null,
    kind     varchar(8)   not null,
    position integer      not null,
    val      varchar(100) not null,
    primary key (user_id, kind, position)
);

create table accounts.tracked_creator (
    user_id varchar(80) not null,
    handle  varchar(24) not null,
    primary key (user_id, handle)
);
create index tracked_creator_handle on accounts.tracked_creator (handle);

create table accounts.competitor (
    user_id varchar(80) not null,
    handle  varchar(24) not null,
    primary key (user_id, handle)
);
create index competitor_handle on accounts.competitor (handle);
