#!/usr/bin/env bash
# Benchmark of HTTP sessions in PostgreSQL (Spring Session JDBC) against sessions in the node's memory:
# starts the application on a throw-away embedded database once per mode, signs in CLIENTS visitors
# (one session each) and measures p50/p95/p99 and requests/s of a trivial JSON call and three pages, with
# the pooled database connections one request borrows. Modes:
#   memory         the same jar with Spring Session's JDBC auto-configuration excluded (the servlet
#                  container's own sessions, one node only)
#   jdbc-always    sessions in PostgreSQL, last access written on every request (Spring Session's default)
#   jdbc           sessions in PostgreSQL as configured: last access written at most once a minute
# Usage: bench/sessions.sh [clients=4] [seconds=10] [rounds=1]
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${1:-4}
SECONDS_PER_PAGE=${2:-10}
ROUNDS=${3:-1}
PORT=${BENCH_PORT:-18090}
BASE_URL=http://localhost:$PORT
DB_PORT=${BENCH_DB_PORT:-$((PORT + 47000 - 8000))}
APP_PID=""
DATA_DIR=$(mktemp -d /tmp/ddci-bench-sessions.XXXXXX)
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

# start_app MODE: memory | jdbc-always | jdbc
start_app() {
  local options=()
  case "$1" in
    memory) options+=(--spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration) ;;
    jdbc-always) options+=(--ddci.session.last-access-precision=0s) ;;
  esac
  PORT=$PORT DDCI_DATA_DIR="$DATA_DIR" DDCI_EMBEDDED_DB_PORT=$DB_PORT \
    java -Xmx1g -jar "$JAR" "${options[@]}" >"bench/results/sessions-app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    # Updates of the session table so far, from PostgreSQL's statistics (empty without psql).
session_row_updates() {
  if command -v psql >/dev/null; then
    PGPASSFILE="$DATA_DIR/postgres.pgpass" psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d ddci -Atc \
      "select coalesce(sum(n_tup_upd), 0) from pg_stat_user_tables where relname = 'spring_session'"
  fi
}

if curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then return; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "application failed to start, see bench/results/sessions-app-$1.log"; exit 1; fi
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
javac -d "$CLASSES" bench/IndexLoad.java bench/SessionLoad.java

{
  echo "CPU: $(nproc) cores; $(java -version 2>&1 | head -1)"
  for round in $(seq 1 "$ROUNDS"); do
    for mode in memory jdbc-always jdbc; do
      start_app "$mode"
      updates_before=$(session_row_updates)
      java -cp "$CLASSES" SessionLoad "$BASE_URL" "$mode, round $round" "$CLIENTS" "$SECONDS_PER_PAGE"
      if [[ "$mode" != memory && -n "$updates_before" ]]; then
        sleep 1 # table statistics reach pg_stat_user_tables within a second
        echo "spring_session rows rewritten meanwhile (sign-ins included): $(($(session_row_updates) - updates_before))"
      fi
      stop_app
    done
  done
} | tee bench/results/sessions.txt
echo
echo "Results also in bench/results/sessions.txt"
