#!/usr/bin/env bash
# Loopback load test of POST /api/diagnose (docs/load-test.md): one replica, then two replicas
# (two `clawmedic serve` processes on two ports, each hit by its own wrk). Everything stays on
# 127.0.0.1; each wrk run is bounded by DURATION. Needs Debian's `wrk` (apt-get install -y wrk)
# and a release build (cargo build --release). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
BIN="${BIN:-target/release/clawmedic}"
PORTS=(18081 18082)
WORK="$(mktemp -d)"
PIDS=()

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -x "$BIN" ] || { echo "$BIN is missing: cargo build --release" >&2; exit 1; }

stop() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap stop EXIT

for port in "${PORTS[@]}"; do
  # Rate limits off (one client address would hit them at once), warn-level logs only, and a
  # SQLite file per process (the API without a thread id never touches the store).
  HTTP_BIND="127.0.0.1:$port" DATABASE_URL="sqlite:$WORK/cm-$port.sqlite" RATE_LIMIT_PER_IP=0 \
    RUST_LOG=warn "$BIN" serve >"$WORK/serve-$port.log" 2>&1 &
  PIDS+=("$!")
done
for port in "${PORTS[@]}"; do
  for _ in $(seq 1 50); do
    curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    sleep 0.1
  done
done

url() { echo "http://127.0.0.1:$1/api/diagnose"; }
echo "== machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== check: $(curl -fsS -H 'content-type: text/plain' --data-binary @examples/pastes/probe-excluded.txt "$(url "${PORTS[0]}")" | head -c 120)…"
echo "== warm-up"
wrk -t2 -c8 -d3s -s deploy/loadtest/diagnose.lua "$(url "${PORTS[0]}")" >/dev/null
wrk -t2 -c8 -d3s -s deploy/loadtest/diagnose.lua "$(url "${PORTS[1]}")" >/dev/null

echo "== one replica: wrk -t2 -c$CONNECTIONS -d$DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s deploy/loadtest/diagnose.lua "$(url "${PORTS[0]}")"

echo "== two replicas: two wrk -t1 -c$((CONNECTIONS / 2)) -d$DURATION at once, one per replica"
half=$((CONNECTIONS / 2))
wrk -t1 -c"$half" -d"$DURATION" --latency -s deploy/loadtest/diagnose.lua "$(url "${PORTS[0]}")" >"$WORK/a.txt" &
wa=$!
wrk -t1 -c"$half" -d"$DURATION" --latency -s deploy/loadtest/diagnose.lua "$(url "${PORTS[1]}")" >"$WORK/b.txt" &
wb=$!
wait "$wa" "$wb"
echo "-- replica A"; cat "$WORK/a.txt"
echo "-- replica B"; cat "$WORK/b.txt"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
