#!/usr/bin/env bash
# Creates through the API (issue 13): POST /api/v1/tasks with an Idempotency-Key, with 4, 16 and 32 concurrent clients,
# on a fresh H2 file database or PostgreSQL, audit, notices and dashboard counts written with each task as always.
# Prints per client count: creates/s, p50/p95/p99/max latency (ms), answers that were not 2xx, socket errors, and the
# server's CPU time and bytes written per create.
#
# Usage: bench/create.sh [h2|pg] [clients="4 16 32"]
# Environment: DURATION (s per run, default 10), WARMUP (s, default 10), PAST=1 (deadlines in 2025: every task overdue
#   when created), KEYS=0 (no Idempotency-Key), PORT (8191), PG_URL (jdbc:postgresql://127.0.0.1:5432/nv_create),
#   JAR (default: build this tree; SKIP_BUILD=1 reuses target/nhiemvu.jar), PROFILE=1 (a JFR recording of the
#   measured runs, printed as the top frames of the hottest request threads; JFR_OUT=file keeps the recording).
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"; clients="${2:-4 16 32}"
duration="${DURATION:-10}"; port="${PORT:-8191}"; base="http://127.0.0.1:$port"
pg_url="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/nv_create}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
jar="${JAR:-$PWD/target/nhiemvu.jar}"
[ -n "${JAR:-}" ] || { [ "${SKIP_BUILD:-}" = 1 ] && [ -f target/nhiemvu.jar ]; } || ./mvnw -q -B -DskipTests package
work=$(mktemp -d /tmp/nv-create.XXXX)
args=(${APP_ARGS:-})
if [ "$db" = pg ]; then
  name="${pg_url##*/}"
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $name with (force)" -c "create database $name" test
  args=(--spring.datasource.url="$pg_url" --spring.datasource.username=postgres --spring.datasource.password=)
fi
jfr=()
# A request is ~150 frames deep: the default depth of 64 cuts off the application frames.
[ "${PROFILE:-}" = 1 ] && jfr=(-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename="$work/rec.jfr",settings=profile,delay=$((${WARMUP:-10} + 15))s)
(cd "$work" && exec java -Xmx1g "${jfr[@]}" -jar "$jar" --server.port="$port" "${args[@]}" > app.log 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -s -o /dev/null "$base/login" && break; sleep 0.2; done
token=$(curl -s -u vanphong:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/v1/tokens" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# Bytes the process wrote (H2: its file; PostgreSQL: its socket), which the machine's load does not change.
written() { awk '/^wchar/ {print $2}' "/proc/$pid/io"; }
echo "$(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), db=$db past=${PAST:-0} keys=${KEYS:-1}"
TOKEN="$token" wrk -t2 -c4 -d"${WARMUP:-10}s" --timeout 30s -s bench/create.lua "$base" > /dev/null
for c in $clients; do
  before=$(cpu_ticks); bytes=$(written)
  line=$(TOKEN="$token" wrk -t"$(( c < 4 ? c : 4 ))" -c"$c" -d"${duration}s" --timeout 30s -s bench/create.lua "$base" | grep '^RESULT')
  ticks=$(( $(cpu_ticks) - before )); bytes=$(( $(written) - bytes ))
  echo "clients=$c ${line#RESULT } cpu_ms=$(awk -v t=$ticks -v hz="$(getconf CLK_TCK)" -v r="${line#*requests=}" \
    'BEGIN {split(r, a, " "); if (a[1] > 0) printf "%.3f", t * 1000 / hz / a[1]}') kb_written=$(awk -v b=$bytes \
    -v r="${line#*requests=}" 'BEGIN {split(r, a, " "); if (a[1] > 0) printf "%.1f", b / 1024 / a[1]}')"
done
{ grep -c " ERROR " "$work/app.log" || true; } | sed 's/^/server log errors: /'
if [ "${PROFILE:-}" = 1 ]; then
  jcmd "$pid" JFR.dump filename="$work/rec.jfr" > /dev/null
  [ -z "${JFR_OUT:-}" ] || cp "$work/rec.jfr" "$JFR_OUT"
  jfr print --events jdk.ExecutionSample "$work/rec.jfr" | grep -A1 "stackTrace = \[" | grep -v "stackTrace\|--" \
    | sed 's/line:.*//' | sort | uniq -c | sort -rn | head -25
fi
