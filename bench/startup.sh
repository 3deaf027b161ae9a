#!/usr/bin/env bash
# Start-up benchmark: from launching the JVM to /actuator/health answering UP.
# Builds the jar once, then starts it RUNS times on one embedded database kept in a throw-away directory;
# the first start creates the database and loads the demo data and is not counted. Prints for each start
# the time to healthy and the CPU time the JVM had used by then (less sensitive to other work on the
# machine than the wall time; the load average is printed too).
# Measured three ways: the plain `java -jar target/ddci-hub-*.jar` (which uses the bean definitions Spring AOT
# worked out at build time), the same with -Dspring.aot.enabled=false (Spring's ordinary processing, as before
# the jar carried AOT code), and the jar extracted (java -Djarmode=tools ... extract) with a class data sharing
# archive from a training run (AppCDS).
# Usage: bench/startup.sh [runs=5]
# Environment: SKIP_BUILD=1 reuses target/ddci-hub-*.jar; JAR=path measures another build (e.g. an older one);
# PORT (18090), BENCH_DB_PORT (54390), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
PORT=${PORT:-18090}
DB_PORT=${BENCH_DB_PORT:-54390}
DATA_DIR=$(mktemp -d /tmp/ddci-startup.XXXXXX)
RESULTS=bench/results/startup.txt
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -q package -DskipTests
fi
JAR=${JAR:-$(ls target/ddci-hub-*.jar | grep -v plain | head -1)}
mkdir -p bench/results
: >"$RESULTS"

say() { echo "$*" | tee -a "$RESULTS"; }

# Starts the application with the given java arguments, waits for health UP, prints the figures, stops it.
start_once() {
  local label=$1
  shift
  local started=$(date +%s%N)
  PORT=$PORT DDCI_DATA_DIR="$DATA_DIR" DDCI_EMBEDDED_DB_PORT=$DB_PORT \
    java ${JAVA_OPTS:-} "$@" >"bench/results/startup-app.log" 2>&1 &
  APP_PID=$!
  until curl -fsS "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the application stopped, see bench/results/startup-app.log"
      exit 1
    fi
    sleep 0.05
  done
  local healthy=$(date +%s%N)
  local ticks=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  local hz=$(getconf CLK_TCK)
  say "$(awk -v label="$label" -v ns=$((healthy - started)) -v ticks="$ticks" -v hz="$hz" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "%-8s healthy after %6.2f s   JVM CPU %6.2f s   load %s", label, ns / 1e9, ticks / hz, load }')"
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

run_series() {
  local label=$1
  shift
  for i in $(seq 1 "$RUNS"); do
    start_once "$label" "$@"
  done
}

say "CPU: $(nproc) cores; $(java -version 2>&1 | head -1); $(date -u +%FT%TZ)"
echo "First start (creates the database, loads the demo data; not counted)"
start_once first -jar "$JAR" >/dev/null
say "java -jar $JAR"
run_series plain -jar "$JAR"
grep -q "Starting AOT-processed" bench/results/startup-app.log || say "(this jar has no AOT bean definitions)"
say "java -Dspring.aot.enabled=false -jar $JAR"
run_series noaot -Dspring.aot.enabled=false -jar "$JAR"

EXTRACTED=target/extracted
rm -rf "$EXTRACTED"
java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
APP_JAR="$EXTRACTED/$(basename "$JAR")"
echo "Training run for the class data sharing archive"
PORT=$PORT DDCI_DATA_DIR="$DATA_DIR" DDCI_EMBEDDED_DB_PORT=$DB_PORT java -XX:ArchiveClassesAtExit="$EXTRACTED/application.jsa" \
  -Dspring.context.exit=onRefresh -jar "$APP_JAR" >bench/results/startup-training.log 2>&1
say "java -XX:SharedArchiveFile=$EXTRACTED/application.jsa -jar $APP_JAR"
run_series cds -XX:SharedArchiveFile="$EXTRACTED/application.jsa" -jar "$APP_JAR"

echo
# Median of each series.
awk '$2 == "healthy" && $1 != "first" { n[$1]++; wall[$1, n[$1]] = $4; cpu[$1, n[$1]] = $8 }
  function median(a, label, count,   i, j, t, v) {
    for (i = 1; i <= count; i++) v[i] = a[label, i]
    for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
  }
  END { for (label in n) printf "%-8s median %.2f s to healthy, JVM CPU median %.2f s, over %d starts\n", label,
    median(wall, label, n[label]), median(cpu, label, n[label]), n[label] }' "$RESULTS" | sort | tee -a "$RESULTS"
echo "Results also in $RESULTS"
