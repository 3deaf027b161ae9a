#!/usr/bin/env bash
# Dossier import against PostgreSQL's own COPY (vn.ddcihub.operations.bench.DossierImportBench), in one run
# on one embedded PostgreSQL: writes a CSV of ROWS illustrative dossiers (default 1,000,000), loads it with
# plain `COPY … (FORMAT csv)` into a table with ops_dossier's primary key and indexes, then through the
# application's import path twice: a first import into an organisation without dossiers (parse and check while
# COPYing straight into ops_dossier, repeated codes by hash, monthly rollup counted while parsing) and a re-import
# of the same file (COPY into staging, one join picks new and changed rows, upsert), in a 256 MB heap (memory flat
# in the file size); prints the times, the ratios (target ≤ 1.5), the peak heap, the monthly on-time analytics time
# (target < 500 ms) and the load average.
# Usage: bench/dossier-import.sh [rows=1000000]   Environment: SKIP_BUILD=1 reuses the compiled classes.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-1000000}
mkdir -p target/bench bench/results
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -q test-compile
fi
if [[ ! -s target/bench/classpath.txt ]]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
fi
CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores" | tee bench/results/dossier-import.txt
java -Xmx256m -cp "$CP" vn.ddcihub.operations.bench.DossierImportBench "$ROWS" 2>&1 \
  | grep -E "^(file|PostgreSQL|application|ratio|monthly|whole|load)|Loaded [0-9]+ rows" | sed -E "s/^.*(Loaded [0-9]+ rows)/  import phases: \1/" \
  | tee -a bench/results/dossier-import.txt
