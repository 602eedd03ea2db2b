#!/usr/bin/env bash
# CPU time the application process spends per request (user + system, from /proc), which a shared,
# overloaded machine does not distort the way it distorts latency. Usage: bench/cpu-per-request.sh PID URL TOKEN [seconds=10]
set -euo pipefail
pid="$1"; url="$2"; token="$3"; secs="${4:-10}"
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
out=$(wrk -t1 -c1 -d"${secs}s" -s "$(dirname "$0")/wrk-p95.lua" -H "Authorization: Bearer $token" "$url" | tail -1)
after=$(ticks)
requests=$(echo "$out" | sed -E 's/.*requests=([0-9]+).*/\1/')
echo "$out cpu_ms_per_request=$(echo "scale=2; ($after - $before) * 1000 / $hz / $requests" | bc)"
