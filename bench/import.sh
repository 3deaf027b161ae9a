#!/usr/bin/env bash
# Benchmark of the results import: generates a valid CSV of ROWS units (8 component scores, total, rank), imports
# it through the API (POST /api/v1/editions/{year}/results, createUnits=true) as a new edition, then imports it
# again over the same edition (every result replaced), and prints rows/s for both. All or nothing, one audit record
# per import; the target is at least 20,000 rows/s. Before each import it waits until the application's background
# work is done (the cache refresh an import triggers: executor_active_threads of applicationTaskExecutor in
# /actuator/prometheus), so one import's refresh does not compete with the next import's figure.
# Uses BASE_URL (default http://localhost:8080) when an application answers there; otherwise builds the jar and
# starts one on a throw-away embedded database, and stops it at the end. Prints the CPU time the import cost the
# application and its PostgreSQL too (steadier than elapsed time on a shared machine) when it started the
# application itself or BENCH_APP_PID names its process.
# Usage: bench/import.sh [rows=100000] [year=2099]
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-100000}
YEAR=${2:-2099}
BASE_URL=${BASE_URL:-http://localhost:8080}
USER_PASSWORD=${BENCH_USER:-admin:demo123}
APP_PID=""
DATA_DIR=""
WORK=$(mktemp -d /tmp/ddci-import-bench.XXXXXX)

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

if ! curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then
  PORT=${BASE_URL##*:}
  PORT=${PORT%%/*}
  echo "No application on $BASE_URL: building and starting one on port $PORT"
  mvn -q -o package -DskipTests
  JAR=$(ls target/ddci-hub-*.jar | grep -v plain | head -1)
  DATA_DIR=$(mktemp -d /tmp/ddci-bench.XXXXXX)
  mkdir -p bench/results
  PORT=$PORT DDCI_DATA_DIR="$DATA_DIR" DDCI_EMBEDDED_DB_PORT=${BENCH_DB_PORT:-$((PORT + 47000 - 8000))} \
    java -Xmx1g -jar "$JAR" >bench/results/import-app.log 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fsS "$BASE_URL/actuator/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "application failed to start, see bench/results/import-app.log"; exit 1; fi
    sleep 1
  done
fi

FILE="$WORK/ket-qua-$ROWS.csv"
awk -v rows="$ROWS" 'BEGIN {
  srand(42);
  print "unit_code;unit_name;C1;C2;C3;C4;C5;C6;C7;C8;total;rank";
  for (i = 1; i <= rows; i++) {
    line = sprintf("B%07d;Đơn vị thử %d", i, i);
    for (c = 1; c <= 8; c++) line = line sprintf(";%.2f", rand() * 10);
    print line sprintf(";%.2f;%d", rand() * 100, i);
  }
}' >"$FILE"

# Waits (at most 120 s) until no background task of the application has run for two readings in a row.
wait_idle() {
  local metrics idle=0
  for _ in $(seq 1 240); do
    metrics=$(curl -fsS -u "$USER_PASSWORD" "$BASE_URL/actuator/prometheus" 2>/dev/null || true)
    if ! grep -q '^executor_active_threads{name="applicationTaskExecutor"}' <<<"$metrics"; then return; fi
    if grep -q '^executor_active_threads{name="applicationTaskExecutor"} 0.0$' <<<"$metrics"; then
      idle=$((idle + 1))
      if ((idle >= 2)); then return; fi
    else
      idle=0
    fi
    sleep 0.5
  done
}

# CPU seconds used so far by the application started here and its processes (its PostgreSQL): a figure a busy
# machine disturbs far less than the elapsed time. For an application started elsewhere, give its process id in
# BENCH_APP_PID; without either, empty.
cpu_seconds() {
  local root=${BENCH_APP_PID:-$APP_PID}
  [[ -n "$root" ]] || return 0
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v root="$root" -v hz="$(getconf CLK_TCK)" '
    { pid = $1; line = $0; sub(/.*\) /, "", line); split(line, f, " ")
      parent[pid] = f[2]; ticks[pid] = f[12] + f[13] + f[14] + f[15] }
    END { total = 0
          for (p in ticks) { q = p; while (q != root && (q in parent) && q > 1) q = parent[q]
                             if (q == root) total += ticks[p] }
          printf "%.2f", total / hz }'
}

import() {
  local label=$1 out="$WORK/answer.json" start end status cpu_start cpu_end
  wait_idle
  cpu_start=$(cpu_seconds)
  start=$(date +%s.%N)
  status=$(curl -sS -o "$out" -w '%{http_code}' -u "$USER_PASSWORD" \
    -F "file=@$FILE;type=text/csv" "$BASE_URL/api/v1/editions/$YEAR/results?block=DISTRICT&createUnits=true")
  end=$(date +%s.%N)
  cpu_end=$(cpu_seconds)
  if [[ "$status" != "200" ]]; then
    echo "$label: HTTP $status"; head -c 2000 "$out"; echo; exit 1
  fi
  awk -v rows="$ROWS" -v s="$start" -v e="$end" -v label="$label" -v c0="$cpu_start" -v c1="$cpu_end" \
    'BEGIN { t = e - s; printf "%-34s %8d rows in %6.2f s = %8.0f rows/s", label, rows, t, rows / t
             if (c0 != "") printf "; CPU of application and database %6.2f s", c1 - c0
             printf "\n" }'
}

mkdir -p bench/results
{
  echo "CPU: $(nproc) cores; $(java -version 2>&1 | head -1)"
  echo "File: $ROWS rows, $(du -h "$FILE" | cut -f1) (8 components, total, rank), edition $YEAR DISTRICT"
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  import "new edition, new units"
  import "same edition, results replaced"
} | tee bench/results/import.txt
echo
echo "Results also in bench/results/import.txt (target: at least 20,000 rows/s)"
