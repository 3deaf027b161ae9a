#!/usr/bin/env bash
# Times whole scoring runs (vn.ddcihub.survey.bench.ScoringRunBench): the application on a throw-away embedded
# database, RESPONDENTS synthetic responses to the illustrative 40-question questionnaire over the department block's
# 23 units, then REPEATS runs with B bootstrap replicates and B sensitivity runs, each a db-scheduler job like one
# started from the page. Prints each run's job time (reading responses to storing the result) and the time from the
# start call to DONE (which adds the wait for a node to poll the job, at most 2 s).
# Usage: bench/scoring-run.sh [respondents=3000] [B=1000] [repeats=3]
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q test-compile
mkdir -p target/bench bench/results
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench/classpath.txt)"

java -Xmx1g -cp "$CP" vn.ddcihub.survey.bench.ScoringRunBench "${1:-3000}" "${2:-1000}" "${3:-3}" \
  | grep -v '^\s*$' | tee bench/results/scoring-run.txt
