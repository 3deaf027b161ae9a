#!/usr/bin/env bash
# Benchmark of plans: creates PLANS plans of 8 component targets x TASKS tasks for the demo department
# through the API, adds HISTORY audit records to the first plan's tasks (straight into the database,
# only when this script started the application itself), then measures p50/p95/p99 latency and
# requests/s of the plan list, my work, a plan's page and its history (first page and page 200) with
# CLIENTS concurrent clients, next to a trivial endpoint.
# Uses BASE_URL (default http://localhost:8080) when an application answers there; otherwise builds
# the jar and starts one on a throw-away embedded database, and stops it at the end.
# Usage: bench/plans.sh [plans=20] [tasks per target=6] [history=20000] [clients=16] [seconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."

PLANS=${1:-20}
TASKS=${2:-6}
HISTORY=${3:-20000}
CLIENTS=${4:-16}
SECONDS_PER_ENDPOINT=${5:-10}
BASE_URL=${BASE_URL:-http://localhost:8080}
APP_PID=""
DATA_DIR=""
JDBC_URL=""
WORK=$(mktemp -d /tmp/ddci-bench-plans.XXXXXX)

cleanup() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [[ -n "$DATA_DIR" ]]; then
    rm -rf "$DATA_DIR"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p bench/results
if ! curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then
  PORT=${BASE_URL##*:}
  PORT=${PORT%%/*}
  DB_PORT=${BENCH_DB_PORT:-$((PORT + 47000 - 8000))}
  echo "No application on $BASE_URL: building and starting one on port $PORT"
  [[ "${SKIP_BUILD:-}" == 1 ]] || mvn -B -q package -DskipTests
  JAR=$(ls target/ddci-hub-*.jar | grep -v plain | head -1)
  DATA_DIR=$(mktemp -d /tmp/ddci-bench.XXXXXX)
  PORT=$PORT DDCI_DATA_DIR="$DATA_DIR" DDCI_EMBEDDED_DB_PORT=$DB_PORT \
    java -Xmx1g -jar "$JAR" >bench/results/plans-app.log 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    if curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "application failed to start, see bench/results/plans-app.log"; exit 1; fi
    sleep 1
  done
  # The demo data is loaded right after the server answers; the demo plan marks its end.
  until grep -q "Demo plan" bench/results/plans-app.log; do sleep 1; done
  JDBC_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/ddci"
  # The embedded PostgreSQL's superuser password, generated at its first start (libpq password file format).
  export DB_PASSWORD=$(awk -F: '$4 == "postgres" { print $5 }' "$DATA_DIR/postgres.pgpass")
  # The PostgreSQL driver from the application jar, to add the audit history directly.
  DRIVER=$(jar tf "$JAR" | grep 'BOOT-INF/lib/postgresql-' | head -1)
  (cd "$WORK" && jar xf "$OLDPWD/$JAR" "$DRIVER")
fi

javac -d "$WORK/classes" bench/IndexLoad.java bench/PlanLoad.java
echo "CPU: $(nproc) cores; $(java -version 2>&1 | head -1)"
java -cp "$WORK/classes:$WORK/BOOT-INF/lib/*" PlanLoad "$BASE_URL" "$PLANS" "$TASKS" "$HISTORY" "$CLIENTS" \
  "$SECONDS_PER_ENDPOINT" $JDBC_URL | tee bench/results/plans.txt
echo
echo "Results also in bench/results/plans.txt"
