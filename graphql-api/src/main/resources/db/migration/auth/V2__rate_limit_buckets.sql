-- Per-user allowances (Bucket4j token buckets): one row per user and allowance, its state serialised
-- by Bucket4j; a bucket that has refilled to full expires (expires_at, epoch milliseconds) and is dropped.
create table auth.rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expiry on auth.rate_limit_bucket (expires_at);
