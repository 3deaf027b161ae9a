#!/usr/bin/env bash
# Runs the JMH benchmark of reading a response file (vn.ddcihub.survey.bench.ResponseImportBenchmark): a
# KoboToolbox-shaped export of 10,000 rows × 100 questions about 60 units, as CSV and as XLSX, read with
# ResponseFileReader (every answer through Answers.read, duplicates and units checked) in 512 MB of heap;
# prints the time per file and the rows read per second.
# Usage: bench/response-import.sh [extra JMH options]   e.g. bench/response-import.sh -wi 1 -i 2
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q test-compile
mkdir -p target/bench bench/results
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"

echo "Load before: $(cat /proc/loadavg)"
java -Xmx512m -cp "$CP" vn.ddcihub.survey.bench.ResponseImportBenchmark | tee bench/results/response-import.txt
java -cp "$CP" org.openjdk.jmh.Main vn.ddcihub.survey.bench.ResponseImportBenchmark \
  -rf csv -rff target/bench/response-import.csv "$@" | tail -5
echo "Load after: $(cat /proc/loadavg)"

echo
# JMH's CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
awk -F, 'NR > 1 { gsub(/"/, "", $1); name = $1; sub(/.*\./, "", name); ms = $5; err = $6;
  printf "%-9s %8.1f ms ± %.1f per file = %8.0f rows/s\n", name, ms, err, 10000 / (ms / 1000) }' \
  target/bench/response-import.csv | tee -a bench/results/response-import.txt
