#!/usr/bin/env bash
# Issue 16's sizes. Two modes:
# - bench/round.sh: in one JVM, without the database or HTTP: a round to 100 agencies × 50 rows (5,000 proposals)
#   read from their stored JSON and aggregated (all, then filtered), its similar pairs (ADR 0050), the .xlsx export,
#   and a 500-row answer checked cell by cell. Runs the on-demand timing test RoundAggregationTimingTests and prints
#   its figures line.
# - bench/round.sh http [agencies=90] [rows=5]: the same through HTTP on the jar (target/nhiemvu.jar, or JAR=…) on a
#   fresh H2 file with the demo data, on PORT (default 18090): the round opened, each agency's focal person account
#   made and its rows submitted through the API, then the aggregation (API and page, whole and filtered), the .xlsx
#   export, the similar pairs and a 500-row filled template uploaded (bench/round-http.py; Python 3, no packages).
# The shared machine's load swings the times, so note `uptime` with them in RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
uptime
if [ "${1:-}" != "http" ]; then
  ./mvnw -B -o verify -Dtest=RoundAggregationTimingTests -Dnhiemvu.bench=true -Dsurefire.failIfNoSpecifiedTests=false \
    -Djacoco.skip=true 2>&1 | grep -E "rounds timing|Tests run:|FAIL" | head -5
  uptime
  exit
fi
agencies="${2:-90}"; rows="${3:-5}"; port="${PORT:-18090}"
jar=$(realpath "${JAR:-target/nhiemvu.jar}")
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
(cd "$work" && exec java -jar "$jar" --server.port="$port" > app.log 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do sleep 1; done
python3 bench/round-http.py "http://127.0.0.1:$port" "$agencies" "$rows"
uptime
