#!/usr/bin/env bash
# Issue 16's sizes in one JVM, without the database or HTTP: a round to 100 agencies × 50 rows (5,000 proposals)
# read from their stored JSON and aggregated (all, then filtered), its similar pairs (ADR 0050), the .xlsx export,
# and a 500-row answer checked cell by cell. Runs the on-demand timing test RoundAggregationTimingTests and prints
# its figures line; the shared machine's load swings the times, so note `uptime` with them in RESULTS.md.
# Not measured here: the same through HTTP on the running jar (database reads, page rendering).
# Usage: bench/round.sh
set -euo pipefail
cd "$(dirname "$0")/.."
uptime
./mvnw -B -o verify -Dtest=RoundAggregationTimingTests -Dnhiemvu.bench=true -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true 2>&1 | grep -E "rounds timing|Tests run:|FAIL" | head -5
uptime
