#!/usr/bin/env bash
# Start-up time and memory of the jar on a fresh H2 database (first start loads the demo data),
# then a second start on the same database. Usage: [PORT=18090] [JAR=target/nhiemvu.jar] bench/startup.sh [java-home]
# Prints: first start s, second start s, RSS MiB after start and after 200 API requests.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${1:+$1/bin/}java"
jar=$(realpath "${JAR:-target/nhiemvu.jar}")
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
port=${PORT:-18090}
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

# Starts the jar in the background (sets $pid) and waits until it answers (sets $took, seconds).
start() {
  local t0 t1
  t0=$(date +%s.%N)
  (cd "$work" && exec "$JAVA" -jar "$jar" --server.port=$port > app.log 2>&1) &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.1; done
  t1=$(date +%s.%N)
  took=$(echo "$t1 - $t0" | bc)
}

rss() { echo $(( $(ps -o rss= -p "$pid") / 1024 )); }


start; first=$took; first_rss=$(rss)
for _ in $(seq 1 200); do curl -s -o /dev/null -H "Authorization: Basic dmFucGhvbmc6ZGVtbw==" "http://127.0.0.1:$port/api/v1/tasks?limit=50"; done
loaded_rss=$(rss)
kill "$pid"; wait "$pid" 2>/dev/null || true
start; second=$took; second_rss=$(rss)
kill "$pid"; wait "$pid" 2>/dev/null || true
"$JAVA" -version 2>&1 | head -1
printf 'first start (empty H2, demo load): %.1f s, RSS %s MiB; after 200 API requests: %s MiB\n' "$first" "$first_rss" "$loaded_rss"
printf 'second start (data present):       %.1f s, RSS %s MiB\n' "$second" "$second_rss"
