#!/usr/bin/env bash
# Sweep of all open tasks on PostgreSQL: N open tasks (default 100,000) spread over the demo units with deadlines
# around today, then POST /api/v1/monitoring/sweeps twice: the first run records and sends the notices, the second
# finds nothing new (steady state: every later run of the same day). Needs the jar (./mvnw -DskipTests package).
# Usage: bench/sweep.sh [n] [database] [port]
# GROW_TO=m (m > n): then grows the database to m open tasks of the same shape and sweeps once more, the steady state
# at m. The first sweep of the m - n new tasks is not run through the application (at ~8 ms per notice it would take
# hours): their notices are copied by SQL from those the first sweep recorded for a task with the same deadline and
# lead unit (the task rules depend on nothing else here); their recipients and channels are not, a sweep reads only the
# notices' keys. JAR=path runs another jar than target/nhiemvu.jar. REUSE=1 keeps the database of an earlier run (no
# drop, no new tasks): its "first" sweep is then a steady-state one.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
DB="${2:-nv_sweep_bench}"
PORT="${3:-8188}"
PSQL="psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1"
[ -n "${REUSE:-}" ] || $PSQL -c "drop database if exists $DB" -c "create database $DB"
java -jar "${JAR:-target/nhiemvu.jar}" --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --nhiemvu.monitoring.sweep-cron=- --logging.level.root=WARN \
  ${REUSE:+--nhiemvu.demo-data.enabled=false}  > target/sweep-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
# Open tasks led by the demo units, deadlines from 60 days ago to 60 days ahead (overdue, due soon, in progress).
tasks() {
$PSQL -d "$DB" <<SQL
insert into task (agency_id, title, lead_unit_id, deadline, search_text, version, created_at, created_by, updated_at, kind)
select a.id, 'Nhiệm vụ đo ' || g, u.ids[1 + g % array_length(u.ids, 1)], current_date + (g % 121) - 60,
       'nhiem vu do ' || g, 0, now(), 'bench', now(), 'OTHER'
from generate_series($1, $2) g,
     (select id from agency where home) a,
     (select array_agg(id order by id) ids from org_unit) u;
analyze task;
SQL
}
[ -n "${REUSE:-}" ] || tasks 1 "$N"
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
if [ -n "${GROW_TO:-}" ]; then
  last=$($PSQL -d "$DB" -Atc "select max(id) from task")
  start=$(date +%s.%N)
  tasks $((N + 1)) "$GROW_TO"
  $PSQL -d "$DB" <<SQL
insert into notice (agency_id, rule, subject_type, subject_id, occasion, task_id, unit_id, title, body, link, issued_on,
                    created_at)
select n.agency_id, n.rule, n.subject_type, t.id, n.occasion, t.id, n.unit_id, n.title, n.body, '/tasks/' || t.id,
       n.issued_on, n.created_at
from task t
join (select distinct on (deadline, lead_unit_id) id, deadline, lead_unit_id from task
      where id <= $last and created_by = 'bench' order by deadline, lead_unit_id, id) first
  on first.deadline = t.deadline and first.lead_unit_id = t.lead_unit_id
join notice n on n.task_id = first.id and n.subject_type = 'TASK'
where t.id > $last;
vacuum analyze notice;
vacuum analyze task;
SQL
  printf 'grown to %s open tasks, %s notices, in %.0f s\n' "$($PSQL -d "$DB" -Atc "select count(*) from task where completed_at is null")" \
    "$($PSQL -d "$DB" -Atc "select count(*) from notice")" "$(echo "$(date +%s.%N) - $start" | bc)"
  for run in steady-1 steady-2 steady-3; do
    uptime
    start=$(date +%s.%N); cpu=$(ticks)
    out=$(curl -sf -u vanphong:demo -X POST "http://127.0.0.1:$PORT/api/v1/monitoring/sweeps")
    end=$(date +%s.%N)
    printf '%s sweep of %s tasks: %.1f s, application CPU %.1f s  %s\n' "$run" "$GROW_TO" "$(echo "$end - $start" | bc)" \
      "$(echo "($(ticks) - $cpu) / $hz" | bc -l)" "$out"
  done
  uptime
fi
