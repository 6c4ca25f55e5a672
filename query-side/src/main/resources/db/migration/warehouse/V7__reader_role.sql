-- [jooq ignore start]
-- The query side's read-only role, for a read replica (COMPASS_DB_READ_URL) or any process that only
-- answers queries: it reads the warehouse, the series, the analyst views and the accounts (alerts are
-- filtered by what a user follows), and writes nothing. No event store, no command model, no scraper
-- state. Give the replica's login this role: create user compass_reads password '...' in role compass_reader;
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'compass_reader') then
        create role compass_reader nologin;
    end if;
end
$$;

grant usage on schema warehouse, series, analytics, accounts to compass_reader;
grant select on all tables in schema warehouse, series, analytics, accounts to compass_reader;
-- Tables added by later migrations are readable too.
alter default privileges in schema warehouse, series, analytics, accounts grant select on tables to compass_reader;
-- [jooq ignore stop]
