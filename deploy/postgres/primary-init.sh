#!/usr/bin/env bash
# Runs once, as the image's superuser, when the primary's data directory is first created.
# The app gets a login that owns its database and nothing more (no superuser, no CREATEROLE); the
# roles its migrations grant to exist already; the replica gets a replication login.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_password="$COMPASS_DB_PASSWORD" -v reads_password="$COMPASS_DB_READ_PASSWORD" \
  -v replication_password="$COMPASS_REPLICATION_PASSWORD" <<'SQL'
create role compass_analyst nologin;
create role compass_reader nologin;
create user compass_app password :'app_password';
create database compass owner compass_app;
revoke all on database compass from public;
grant connect on database compass to compass_reader, compass_analyst;
create user compass_reads password :'reads_password' in role compass_reader;
create user replicator replication password :'replication_password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
