#!/usr/bin/env bash
# Throughput of the working-day calendar (isWorkingDay, addWorkingDays, workingDaysBetween) and
# the cost of building and rebuilding its tables. Plain Java main, outside the Maven test run:
# compiles bench/calendar/ against target/classes and runs it on the official rows of the migration.
# Usage: bench/calendar.sh [java-home]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_BIN="${1:+$1/bin/}"
./mvnw -q -B -DskipTests compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes && mkdir -p target/bench-classes
"${JAVA_BIN}javac" -d target/bench-classes -cp "$cp" $(find bench/calendar -name "*.java")
"${JAVA_BIN}java" -version 2>&1 | head -1
"${JAVA_BIN}java" -Xmx256m -Dlogback.configurationFile=bench/calendar/logback-bench.xml -cp "target/bench-classes:$cp" vn.nhiemvu.calendar.internal.CalendarBench \
  src/main/resources/db/migration/calendar/V2_1__calendar.sql
