#!/usr/bin/env bash
# Benchmark of the leadership dashboard and the province view: starts the application on a throw-away embedded
# database (its own data folder and ports), generates ORGS organisations x UNITS units x TASKS tasks x PERIODS
# monthly periods of unit reports with SQL (generate_series), then measures p50/p95/p99 latency and requests/s of
# GET /api/v1/dashboard, /dashboard, GET /api/v1/province and /province with CLIENTS concurrent clients, next to a
# trivial endpoint. Target: p95 under 100 ms at 16 clients. Prints the load average before and after, since other
# work on the machine moves the figures.
# Usage: [ORGS=40] [UNITS=10] [TASKS=30] [PERIODS=12] [CLIENTS=16] [DURATION=15] [BENCH_PORT=18105] bench/dashboards.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ORGS=${ORGS:-40}
UNITS=${UNITS:-10}
TASKS=${TASKS:-30}
PERIODS=${PERIODS:-12}
CLIENTS=${CLIENTS:-16}
SECONDS_PER_ENDPOINT=${DURATION:-15}  # not SECONDS: bash counts seconds in it
PORT=${BENCH_PORT:-18105}
BASE_URL=http://localhost:$PORT
DB_PORT=${BENCH_DB_PORT:-$((PORT + 47000 - 8000))}
APP_PID=""
DATA_DIR=$(mktemp -d /tmp/ddci-bench-dashboards.XXXXXX)
WORK=$(mktemp -d /tmp/ddci-bench-dashboards-classes.XXXXXX)

cleanup() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA_DIR" "$WORK"
}
trap cleanup EXIT

if curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then
  echo "Port $PORT is taken by another application; set BENCH_PORT"; exit 1
fi
mkdir -p bench/results
[[ "${SKIP_BUILD:-}" == 1 ]] || mvn -B -q package -DskipTests
JAR=$(ls target/ddci-hub-*.jar | grep -v plain | head -1)
PORT=$PORT DDCI_DATA_DIR="$DATA_DIR" DDCI_EMBEDDED_DB_PORT=$DB_PORT \
  java -Xmx1g -jar "$JAR" >bench/results/dashboards-app.log 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  if curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "application failed to start, see bench/results/dashboards-app.log"; exit 1; fi
  sleep 1
done
# The demo data is loaded right after the server answers; the demo plan marks its end.
until grep -q "Demo plan" bench/results/dashboards-app.log; do sleep 1; done
# The embedded PostgreSQL's superuser password, generated at its first start (libpq password file format).
export DB_PASSWORD=$(awk -F: '$4 == "postgres" { print $5 }' "$DATA_DIR/postgres.pgpass")
# The PostgreSQL driver from the application jar, to generate the data directly.
DRIVER=$(jar tf "$JAR" | grep 'BOOT-INF/lib/postgresql-' | head -1)
(cd "$WORK" && jar xf "$OLDPWD/$JAR" "$DRIVER")

javac -d "$WORK/classes" bench/IndexLoad.java bench/DashboardLoad.java
{
  echo "CPU: $(nproc) cores; $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$WORK/classes:$WORK/BOOT-INF/lib/*" DashboardLoad "$BASE_URL" "jdbc:postgresql://127.0.0.1:$DB_PORT/ddci" \
    "$ORGS" "$UNITS" "$TASKS" "$PERIODS" "$CLIENTS" "$SECONDS_PER_ENDPOINT"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee bench/results/dashboards.txt
echo
echo "Results also in bench/results/dashboards.txt"
