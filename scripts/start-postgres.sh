#!/usr/bin/env bash
# Start a PostgreSQL server for clawmedic (store tests, local multi-replica runs) on Debian:
# installs Debian's `postgresql` package if needed, then runs a dedicated cluster `clawmedic`
# listening only on 127.0.0.1:5433 (beside any system server on 5432), with role and database
# `clawmedic`. Idempotent: run it again and it only (re)starts what is not running.
# Must run as root. Progress goes to stderr; stdout is the one line to eval:
#   export DATABASE_URL_PG=postgres://clawmedic:<password>@127.0.0.1:5433/clawmedic
# The password is generated once and kept in /etc/postgresql/<ver>/clawmedic/clawmedic.password
# (mode 600); set CLAWMEDIC_PG_PASSWORD to choose it instead.
set -euo pipefail

PORT="${CLAWMEDIC_PG_PORT:-5433}"
CLUSTER=clawmedic
ROLE=clawmedic
DB=clawmedic

log() { echo "start-postgres: $*" >&2; }
die() { log "error: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it installs packages and manages a cluster as the postgres user)"

# 1. Install Debian's PostgreSQL (server + cluster tools) unless present.
have_server() {
  command -v pg_createcluster >/dev/null 2>&1 && command -v pg_ctlcluster >/dev/null 2>&1 &&
    compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}
if ! have_server; then
  command -v apt-get >/dev/null 2>&1 || die "PostgreSQL is not installed and apt-get is missing (Debian/Ubuntu only)"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-cache show postgresql >/dev/null 2>&1; then
    log "package lists lack postgresql; running apt-get update"
    apt-get update -q >&2
  fi
  log "installing postgresql"
  apt-get install -y -q postgresql >&2
  have_server || die "postgresql was installed but its server binaries were not found"
fi

# 2. Our own cluster (reuse it, whatever major version it was created with).
VERSION="$(pg_lsclusters -h | awk -v c="$CLUSTER" '$2 == c { print $1; exit }')"
if [ -z "$VERSION" ]; then
  VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  log "creating cluster $VERSION/$CLUSTER on port $PORT"
  pg_createcluster --port "$PORT" "$VERSION" "$CLUSTER" -- --auth-local=peer --auth-host=scram-sha-256 >&2
fi
CONF_DIR="/etc/postgresql/$VERSION/$CLUSTER"
[ -d "$CONF_DIR" ] || die "cluster $VERSION/$CLUSTER has no configuration in $CONF_DIR"

# Loopback only, our port; conf.d is included by Debian's postgresql.conf.
mkdir -p "$CONF_DIR/conf.d"
WANT_CONF="# Written by clawmedic scripts/start-postgres.sh
listen_addresses = '127.0.0.1'
port = $PORT
password_encryption = 'scram-sha-256'"
CONF_FILE="$CONF_DIR/conf.d/clawmedic.conf"
RESTART=no
if [ ! -f "$CONF_FILE" ] || [ "$(cat "$CONF_FILE")" != "$WANT_CONF" ]; then
  printf '%s\n' "$WANT_CONF" >"$CONF_FILE"
  chown postgres:postgres "$CONF_FILE"
  RESTART=yes
fi
# pg_createcluster wrote the port into postgresql.conf too; keep the two in agreement.
sed -i -E "s/^[#[:space:]]*port[[:space:]]*=.*/port = $PORT/" "$CONF_DIR/postgresql.conf"

# Password logins over TCP from loopback (Debian's default pg_hba has this; make sure).
HBA="$CONF_DIR/pg_hba.conf"
if ! grep -Eq "^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+(scram-sha-256|md5)" "$HBA"; then
  echo "host    all    all    127.0.0.1/32    scram-sha-256" >>"$HBA"
  RESTART=yes
fi

# 3. Start (or restart after a configuration change).
install -d -o postgres -g postgres -m 2775 /var/run/postgresql
if pg_ctlcluster "$VERSION" "$CLUSTER" status >/dev/null 2>&1; then
  if [ "$RESTART" = yes ]; then
    log "restarting $VERSION/$CLUSTER for the new configuration"
    pg_ctlcluster "$VERSION" "$CLUSTER" restart >&2
  else
    log "cluster $VERSION/$CLUSTER already running"
  fi
else
  log "starting $VERSION/$CLUSTER"
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$PORT" || die "PostgreSQL did not accept connections on 127.0.0.1:$PORT"

# 4. Role and database, with a password kept beside the cluster configuration.
PW_FILE="$CONF_DIR/clawmedic.password"
if [ -n "${CLAWMEDIC_PG_PASSWORD:-}" ]; then
  PASSWORD="$CLAWMEDIC_PG_PASSWORD"
elif [ -s "$PW_FILE" ]; then
  PASSWORD="$(cat "$PW_FILE")"
else
  PASSWORD="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
fi
case "$PASSWORD" in
  *[!A-Za-z0-9._~-]*) die "CLAWMEDIC_PG_PASSWORD may only use A-Z a-z 0-9 . _ ~ - (it goes into a URL)" ;;
esac
(umask 077 && printf '%s\n' "$PASSWORD" >"$PW_FILE")

as_pg() { runuser -u postgres -- "$@"; }
# SQL goes through stdin so the password never appears in a process list.
as_pg psql -X -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p "$PORT" -d postgres >&2 <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN;
  END IF;
END
\$\$;
ALTER ROLE $ROLE WITH LOGIN PASSWORD '$PASSWORD';
SQL
if [ "$(as_pg psql -X -tA -h /var/run/postgresql -p "$PORT" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
  log "creating database $DB"
  as_pg createdb -h /var/run/postgresql -p "$PORT" -O "$ROLE" "$DB"
fi

# 5. Prove a password login over TCP works, then print the URL.
URL="postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB"
PGPASSWORD="$PASSWORD" psql -X -tA -h 127.0.0.1 -p "$PORT" -U "$ROLE" -d "$DB" -c 'SELECT 1' >/dev/null ||
  die "cannot log in as $ROLE over TCP on 127.0.0.1:$PORT"
log "ready: PostgreSQL $VERSION cluster $CLUSTER on 127.0.0.1:$PORT, database $DB"
echo "export DATABASE_URL_PG=$URL"
