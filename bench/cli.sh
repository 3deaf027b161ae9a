#!/usr/bin/env bash
# The analysts' command line (`java -jar target/ddci-hub-*.jar score …`) on the illustrative 2020 survey
# (the XLSForm and ~2,900 responses CommandLineScoringTest leaves in target/demo-cli/), with no database:
# prints the wall and CPU time of `score --bootstrap 0` (start-up, reading and scoring; target: under 2 s)
# and of `score` with 1,000 bootstrap replicates, RUNS times each, and the load average.
# Usage: bench/cli.sh [runs=3]   Environment: SKIP_BUILD=1 reuses target/ddci-hub-*.jar and target/demo-cli/.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -q package -Dtest=CommandLineScoringTest -Dsurefire.failIfNoSpecifiedTests=false
fi
JAR=$(ls target/ddci-hub-*.jar | grep -v plain | head -1)
OUT=$(mktemp -d /tmp/ddci-cli.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
mkdir -p bench/results
RESULTS=bench/results/cli.txt
: >"$RESULTS"
say() { echo "$*" | tee -a "$RESULTS"; }

say "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for bootstrap in 0 1000; do
  for run in $(seq 1 "$RUNS"); do
    /usr/bin/time -f "%e s wall, %U s user + %S s system CPU" -o "$OUT/time" \
      java -jar "$JAR" score --form target/demo-cli/bang-hoi-2020.xlsx --responses target/demo-cli/phieu-2020.csv \
      --out "$OUT/ket-qua.xlsx" --bootstrap "$bootstrap" >"$OUT/log" 2>&1
    say "score --bootstrap $bootstrap, run $run: $(cat "$OUT/time") — $(tail -1 "$OUT/log")"
  done
done
