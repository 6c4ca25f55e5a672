-- The profile's friends (TikTok's friendCount): accounts it follows that follow it back.
alter table warehouse.fact_profile_snapshot
    add column friends           bigint,
    add column friends_precision varchar(8);

alter table warehouse.dim_creator
    add column friends           bigint,
    add column friends_precision varchar(8);
