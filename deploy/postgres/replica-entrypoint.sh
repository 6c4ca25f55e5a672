#!/usr/bin/env bash
# A hot standby of the primary: cloned once with pg_basebackup, then kept current by streaming
# replication. Read-only; the API's analytics reads go here (COMPASS_DB_READ_URL).
set -euo pipefail
if [[ ! -s "$PGDATA/PG_VERSION" ]]; then
  until pg_isready -h postgres -p 5432 -q; do sleep 1; done
  PGPASSWORD="$COMPASS_REPLICATION_PASSWORD" pg_basebackup -h postgres -U replicator -D "$PGDATA" -X stream -R
  chmod 0700 "$PGDATA"
fi
exec postgres -c hot_standby=on
