#!/usr/bin/env bash
# Renders one month's consolidated report of a large organisation (10 units × 30 tasks, every
# task reported: vn.ddcihub.execution.bench.ConsolidatedDocxBenchmark) as Word and as PDF with JMH,
# prints the average time per file (target: Word under 1 s) and the size of the files.
# Usage: bench/consolidated.sh [extra JMH options]   e.g. bench/consolidated.sh -wi 5 -i 10
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q test-compile
mkdir -p target/bench bench/results
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"

java -cp "$CP" org.openjdk.jmh.Main vn.ddcihub.execution.bench.ConsolidatedDocxBenchmark -f 1 -wi 3 -i 5 \
  -rf text -rff bench/results/consolidated.txt "$@"

# The files themselves, for their size and to look at (soffice --headless --convert-to pdf …).
java -cp "$CP" vn.ddcihub.execution.bench.ConsolidatedSample target/bench

echo
echo "Results (also in bench/results/consolidated.txt):"
cat bench/results/consolidated.txt
