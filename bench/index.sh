#!/usr/bin/env bash
# Benchmark of the index: loads EDITIONS × UNITS results through the import API, then measures p50/p95
# latency and requests/s of the league table and unit profile (JSON and pages) with CLIENTS concurrent
# clients next to a trivial endpoint (/api/v1/me), signed in once with a reused session cookie.
# Uses BASE_URL (default http://localhost:8080) when an application answers there; otherwise builds
# the jar and starts one on a throw-away embedded database, and stops it at the end.
# Usage: bench/index.sh [editions=10] [units=60] [clients=16] [seconds=10]
set -euo pipefail
cd "$(dirname "$0")/.."

EDITIONS=${1:-10}
UNITS=${2:-60}
CLIENTS=${3:-16}
SECONDS_PER_ENDPOINT=${4:-10}
BASE_URL=${BASE_URL:-http://localhost:8080}
APP_PID=""
DATA_DIR=""

cleanup() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if [[ -n "$DATA_DIR" ]]; then
    rm -rf "$DATA_DIR"
  fi
}
trap cleanup EXIT

if ! curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then
  PORT=${BASE_URL##*:}
  PORT=${PORT%%/*}
  echo "No application on $BASE_URL: building and starting one on port $PORT"
  mvn -q -o package -DskipTests
  JAR=$(ls target/ddci-hub-*.jar | grep -v plain | head -1)
  DATA_DIR=$(mktemp -d /tmp/ddci-bench.XXXXXX)
  mkdir -p bench/results
  PORT=$PORT DDCI_DATA_DIR="$DATA_DIR" DDCI_EMBEDDED_DB_PORT=${BENCH_DB_PORT:-$((PORT + 47000 - 8000))} \
    java -Xmx1g -jar "$JAR" >bench/results/index-app.log 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "application failed to start, see bench/results/index-app.log"; exit 1; fi
    sleep 1
  done
fi

mkdir -p bench/results
echo "CPU: $(nproc) cores; $(java -version 2>&1 | head -1)"
java bench/IndexLoad.java "$BASE_URL" "$EDITIONS" "$UNITS" "$CLIENTS" "$SECONDS_PER_ENDPOINT" | tee bench/results/index.txt
echo
echo "Results also in bench/results/index.txt (target: p95 < 50 ms)"
