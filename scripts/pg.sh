#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL on loopback for tests (never a machine's default cluster).
# Usage: pg.sh start|stop   (env: PGPORT default 54329, PGDIR default /tmp/accord-pg).
# Installs Debian's postgresql when missing (as root); as root the server runs as the postgres user.
set -euo pipefail
PGPORT="${PGPORT:-54329}"; PGDIR="${PGDIR:-/tmp/accord-pg}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
case "${1:-start}" in
start)
  if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
    if [ "$(id -u)" != 0 ]; then echo "PostgreSQL is not installed: run 'sudo apt-get install postgresql' (Debian) and retry." >&2; exit 1; fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || useradd --system --create-home postgres; fi
  mkdir -p "$PGDIR"; [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  [ -f "$PGDIR/data/PG_VERSION" ] || as_pg "$PGBIN/initdb -D '$PGDIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  as_pg "$PGBIN/pg_ctl -D '$PGDIR/data' -l '$PGDIR/log' -w -t 60 \
     -o \"-h 127.0.0.1 -p $PGPORT -k '$PGDIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >/dev/null
  "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='app'" | grep -q 1 \
    || "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres app
  echo "PostgreSQL ready: postgresql://postgres@127.0.0.1:$PGPORT/app" ;;
stop)
  as_pg "$PGBIN/pg_ctl -D '$PGDIR/data' -m fast -w stop" || true ;;
esac
