#!/usr/bin/env bash
# Backs up a PostgreSQL database with pg_dump (custom format) and proves the backup restores: the dump is restored
# into a scratch database on the same server, every table's row count is compared with the source, and the scratch
# database is dropped. Usage: DATABASE_URL=postgresql://user@host:port/db bash scripts/backup-restore.sh [backup-file]
# Without a file argument the dump goes to a temporary file that is removed afterwards.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to the PostgreSQL database to back up}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
[ -n "$PGBIN" ] || PGBIN="$(dirname "$(command -v pg_dump)")"
file="${1:-$(mktemp /tmp/accord-backup.XXXXXX.dump)}"; keep="${1:-}"
scratch="accord_restore_check_$$"
base="${DATABASE_URL%/*}"
cleanup() { "$PGBIN/dropdb" --if-exists -d "$base/postgres" "$scratch" 2>/dev/null || "$PGBIN/psql" "$base/postgres" -qc "DROP DATABASE IF EXISTS $scratch" >/dev/null 2>&1 || true; [ -n "$keep" ] || rm -f "$file"; }
trap cleanup EXIT

"$PGBIN/pg_dump" --format=custom --no-owner --file="$file" "$DATABASE_URL"
echo "Backup: $file ($(du -h "$file" | cut -f1))"
"$PGBIN/psql" "$base/postgres" -qc "CREATE DATABASE $scratch" >/dev/null
"$PGBIN/pg_restore" --no-owner --exit-on-error --dbname="$base/$scratch" "$file"

counts() { # one line per table: name and exact row count
  "$PGBIN/psql" "$1" -tAc "SELECT string_agg(format('SELECT %L, count(*) FROM %I.%I', tablename, schemaname, tablename), ' UNION ALL ' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'" \
    | "$PGBIN/psql" "$1" -tA -F ' '
}
src="$(counts "$DATABASE_URL")"; dst="$(counts "$base/$scratch")"
if [ "$src" != "$dst" ]; then
  echo "Restore check FAILED: row counts differ" >&2; diff <(echo "$src") <(echo "$dst") >&2 || true; exit 1
fi
echo "Restore check passed: $(echo "$src" | wc -l) tables, $(echo "$src" | awk '{s+=$2} END {print s}') rows restored identically."
