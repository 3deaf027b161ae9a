#!/usr/bin/env bash
# Runs the JMH benchmark of the scoring math (vn.ddcihub.scoring.bench) and prints the results.
# Usage: bench/scoring.sh [extra JMH options]   e.g. bench/scoring.sh -wi 5 -i 10
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q test-compile
mkdir -p target/bench bench/results
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt

java -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
  org.openjdk.jmh.Main vn.ddcihub.scoring.bench -f 1 -wi 2 -i 3 \
  -rf text -rff bench/results/scoring.txt "$@"

echo
echo "Results (also in bench/results/scoring.txt):"
cat bench/results/scoring.txt
