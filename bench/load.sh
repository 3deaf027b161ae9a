#!/usr/bin/env bash
# Mixed load through the API: CLIENTS concurrent scripts (default 50), eight reads and two writes out of
# every ten calls, for DURATION seconds (default 600) signed in with a personal API token, then as long
# with HTTP Basic (user name and password on every call), against one application on a throw-away embedded
# database. Prints calls, errors and p50/p95/p99 per mode. Targets: 0 errors, p95 < 250 ms with tokens,
# Basic within 2x of tokens.
# On a shared machine ROUNDS=n lets the modes take turns in n slices, so both meet the same background load.
# Usage: [CLIENTS=50] [DURATION=600] [WARMUP=10] [ROUNDS=1] bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-50}
DURATION=${DURATION:-600}
WARMUP=${WARMUP:-10}
ROUNDS=${ROUNDS:-1}
PORT=${BENCH_PORT:-18094}
BASE_URL=http://localhost:$PORT
DB_PORT=${BENCH_DB_PORT:-$((PORT + 47000 - 8000))}
APP_PID=""
DATA_DIR=$(mktemp -d /tmp/ddci-bench-load.XXXXXX)
CLASSES=$(mktemp -d /tmp/ddci-bench-classes.XXXXXX)

stop_app() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}

cleanup() {
  stop_app
  rm -rf "$DATA_DIR" "$CLASSES"
}
trap cleanup EXIT

start_app() {
  PORT=$PORT DDCI_DATA_DIR="$DATA_DIR" DDCI_EMBEDDED_DB_PORT=$DB_PORT \
    java -Xmx1g -jar "$JAR" >"bench/results/load-app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    if curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then return; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "application failed to start, see bench/results/load-app.log"; exit 1; fi
    sleep 1
  done
  echo "application did not become healthy in 180 s"; exit 1
}

if curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then
  echo "Port $PORT is taken by another application; set BENCH_PORT"; exit 1
fi
mkdir -p bench/results
mvn -q -o package -DskipTests
JAR=$(ls target/ddci-hub-*.jar | grep -v plain | head -1)
javac -d "$CLASSES" bench/MixedLoad.java

{
  echo "CPU: $(nproc) cores; $(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  start_app
  java -cp "$CLASSES" MixedLoad "$BASE_URL" "$CLIENTS" "$DURATION" "$WARMUP" "$ROUNDS"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  stop_app
} | tee bench/results/load.txt
echo
echo "Results also in bench/results/load.txt"
