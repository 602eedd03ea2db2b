#!/usr/bin/env bash
# Sweep of all open tasks on PostgreSQL: N open tasks (default 100,000) spread over the demo units with deadlines
# around today, then POST /api/v1/monitoring/sweeps twice: the first run records and sends the notices, the second
# finds nothing new (steady state: every later run of the same day). Needs the jar (./mvnw -DskipTests package).
# Usage: bench/sweep.sh [n] [database] [port]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
DB="${2:-nv_sweep_bench}"
PORT="${3:-8188}"
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"
$PSQL -c "drop database if exists $DB" -c "create database $DB"
java -jar target/nhiemvu.jar --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --nhiemvu.monitoring.sweep-cron=- --logging.level.root=WARN > target/sweep-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
# Open tasks led by the demo units, deadlines from 60 days ago to 60 days ahead (overdue, due soon, in progress).
$PSQL -d "$DB" <<SQL
insert into task (agency_id, title, lead_unit_id, deadline, search_text, version, created_at, created_by, updated_at, kind)
select a.id, 'Nhiệm vụ đo ' || g, u.ids[1 + g % array_length(u.ids, 1)], current_date + (g % 121) - 60,
       'nhiem vu do ' || g, 0, now(), 'bench', now(), 'OTHER'
from generate_series(1, $N) g,
     (select id from agency where home) a,
     (select array_agg(id order by id) ids from org_unit) u;
analyze task;
SQL
echo "open tasks: $($PSQL -d "$DB" -Atc "select count(*) from task where completed_at is null")"
ticks() { awk '{ print $14 + $15 }' "/proc/$APP/stat"; }
hz=$(getconf CLK_TCK)
for run in first second; do
  uptime
  start=$(date +%s.%N); cpu=$(ticks)
  out=$(curl -sf -u vanphong:demo -X POST "http://127.0.0.1:$PORT/api/v1/monitoring/sweeps")
  end=$(date +%s.%N)
  printf '%s sweep: %.1f s, application CPU %.1f s, %s notices recorded in all  %s\n' "$run" "$(echo "$end - $start" | bc)" \
    "$(echo "($(ticks) - $cpu) / $hz" | bc -l)" "$($PSQL -d "$DB" -Atc "select count(*) from notice")" "$out"
done
uptime
