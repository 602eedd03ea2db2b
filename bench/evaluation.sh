#!/usr/bin/env bash
# Evaluating N tasks (default 1,000,000) in memory as of a date under both policies, with the real
# working-day calendar. Plain Java main, outside the Maven test run. Usage: bench/evaluation.sh [n] [java-home]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_BIN="${2:+$2/bin/}"
./mvnw -q -B -DskipTests compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes && mkdir -p target/bench-classes
"${JAVA_BIN}javac" -d target/bench-classes -cp "$cp" $(find bench/calendar -name "*.java")
"${JAVA_BIN}java" -version 2>&1 | head -1
"${JAVA_BIN}java" -Xmx2g -Dlogback.configurationFile=bench/calendar/logback-bench.xml -cp "target/bench-classes:$cp" \
  vn.nhiemvu.calendar.internal.EvaluationBench src/main/resources/db/migration/calendar/V2_1__calendar.sql "${1:-1000000}"
