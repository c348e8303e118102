#!/usr/bin/env bash
# Starts or stops a PgBouncer in transaction pooling in front of the test PostgreSQL (scripts/pg.sh), on loopback.
# Usage: pgbouncer.sh start|stop   (env: PGPORT of the server, default 54329; BOUNCER_PORT default 64329;
# BOUNCER_DIR default /tmp/accord-pgbouncer). Installs Debian's pgbouncer when missing (as root).
# PgBouncer refuses to run as root, so as root it runs as the postgres user.
set -euo pipefail
PGPORT="${PGPORT:-54329}"; BOUNCER_PORT="${BOUNCER_PORT:-64329}"; DIR="${BOUNCER_DIR:-/tmp/accord-pgbouncer}"
BIN="$(command -v pgbouncer || echo /usr/sbin/pgbouncer)"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
case "${1:-start}" in
start)
  if [ ! -x "$BIN" ]; then
    if [ "$(id -u)" != 0 ]; then echo "PgBouncer is not installed: run 'sudo apt-get install pgbouncer' (Debian) and retry." >&2; exit 1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pgbouncer >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pgbouncer >/dev/null; }
    BIN=/usr/sbin/pgbouncer
  fi
  mkdir -p "$DIR"
  printf '"postgres" ""\n' > "$DIR/userlist.txt"
  cat > "$DIR/pgbouncer.ini" <<INI
[databases]
app = host=127.0.0.1 port=$PGPORT dbname=app user=postgres
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $DIR/userlist.txt
pool_mode = transaction
max_client_conn = 400
default_pool_size = 20
ignore_startup_parameters = extra_float_digits,options,application_name
logfile = $DIR/pgbouncer.log
pidfile = $DIR/pgbouncer.pid
INI
  [ "$(id -u)" = 0 ] && chown -R postgres "$DIR"
  as_pg "$BIN -d '$DIR/pgbouncer.ini'"
  for _ in $(seq 50); do (echo > /dev/tcp/127.0.0.1/$BOUNCER_PORT) 2>/dev/null && break; sleep 0.1; done
  echo "PgBouncer ready: postgresql://postgres@127.0.0.1:$BOUNCER_PORT/app (transaction pooling)" ;;
stop)
  [ -f "$DIR/pgbouncer.pid" ] && kill "$(cat "$DIR/pgbouncer.pid")" 2>/dev/null || true ;;
esac
