#!/usr/bin/env bash
# Runs the JMH benchmarks of the scoring math (vn.ddcihub.scoring.bench) with 512 MB of heap per fork,
# then the peak-heap check of the survey scoring workloads, and prints the results.
# Usage: bench/scoring.sh [extra JMH options]   e.g. bench/scoring.sh -wi 5 -i 10  or  bench/scoring.sh SurveyScoring
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q test-compile
mkdir -p target/bench bench/results
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"

echo "Load before: $(cat /proc/loadavg)"
java -cp "$CP" org.openjdk.jmh.Main vn.ddcihub.scoring.bench -f 1 -wi 3 -i 5 -jvmArgsAppend -Xmx512m \
  -rf text -rff bench/results/scoring.txt "$@"
java -Xmx512m -cp "$CP" vn.ddcihub.scoring.bench.ScoringPeakHeap | tee bench/results/scoring-heap.txt
echo "Load after: $(cat /proc/loadavg)"

echo
echo "Results (also in bench/results/scoring.txt and scoring-heap.txt):"
cat bench/results/scoring.txt
