#!/usr/bin/env bash
# Throughput of GET /api/v1/tasks (one page of 50, status computed) with a personal API token
# and with HTTP Basic (bcrypt on every request), using wrk on loopback for a bounded time.
# Usage: bench/api-load.sh [seconds=15] [java-home]
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-15}"
JAVA="${2:+$2/bin/}java"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/nhiemvu.jar ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
port=18091
(cd "$work" && exec "$JAVA" -Xmx512m -jar "$OLDPWD/target/nhiemvu.jar" --server.port=$port > app.log 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.2; done
token=$(curl -s -u vanphong:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "http://127.0.0.1:$port/api/v1/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
url="http://127.0.0.1:$port/api/v1/tasks?limit=50&asOf=2020-10-01"
wrk -t2 -c8 -d5s -H "Authorization: Bearer $token" "$url" > /dev/null   # warm-up
"$JAVA" -version 2>&1 | head -1
echo "== token"; wrk -t2 -c8 -d"${secs}s" -H "Authorization: Bearer $token" "$url" | grep -E "Requests/sec|Latency|requests in"
echo "== basic"; wrk -t2 -c8 -d"${secs}s" -H "Authorization: Basic dmFucGhvbmc6ZGVtbw==" "$url" | grep -E "Requests/sec|Latency|requests in"
