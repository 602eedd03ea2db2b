#!/usr/bin/env bash
# The dashboard at scale on PostgreSQL (issue 7): P units and N tasks generated in bulk SQL in the shape of
# issue 8 (start dates uniform over 365 days ending 65 days after today, deadline 7–90 days after the start,
# ~30 % completed, 5 leaders and tasks without one), the aggregates rebuilt by the admin recount, then wrk
# against GET /api/v1/dashboard and GET /api/v1/dashboard/units: p95 and throughput, 3 runs each.
# Usage: bench/dashboard.sh [tasks=1000000] [units=5000] [seconds=20] [connections=4] [database=nv_dashboard_bench]
# REUSE=1 measures again on the database a previous run generated (no drop, no generation, no recount; RECOUNT=1: with
# a recount first).
# JAR=path runs another jar (e.g. an earlier build, to compare on the same data; APP_ARGS adds its arguments);
# PATHS overrides the endpoints measured (default: both, in full and in the compact form).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"; P="${2:-5000}"; secs="${3:-20}"; conns="${4:-4}"; db="${5:-nv_dashboard_bench}"
port="${PORT:-8184}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
psql() { command psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
[ -n "${REUSE:-}" ] || psql -d postgres -c "drop database if exists $db" -c "create database $db"
jar="${JAR:-$PWD/target/nhiemvu.jar}"
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
(cd "$work" && exec "$JAVA" -Xmx1g -jar "$jar" --server.port="$port" ${APP_ARGS:-} \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db?reWriteBatchedInserts=true" \
  --spring.datasource.username=postgres ${REUSE:+--nhiemvu.demo-data.enabled=false} > app.log 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/login"; do sleep 0.5; done

if [ -n "${REUSE:-}" ] && [ -n "${RECOUNT:-}" ]; then
  # A reused database after a migration of the aggregates: the recount fills what the migration left to it.
  curl -s -o /dev/null -w "recount: %{time_total} s, HTTP %{http_code}\n" -u admin:demo -X POST \
    "http://127.0.0.1:$port/api/v1/admin/dashboard/recount"
  psql -d "$db" -c "vacuum analyze dashboard_unit"
fi
if [ -z "${REUSE:-}" ]; then
t0=$(date +%s.%N)
psql -d "$db" <<SQL
select setseed(0.7);
insert into org_unit (agency_id, code, name, kind, sort_order)
select a.id, 'B' || g, 'Đơn vị thử ' || g, 'DEPARTMENT', 1000 + g
from agency a, generate_series(1, greatest($P - (select count(*) from org_unit), 0)) g where a.home;
create temporary table bench_ref as
select (select array_agg(id order by id) from org_unit) units,
       (select array_agg(id order by id) from leader) leaders,
       (select id from agency where home) agency;
insert into task (agency_id, title, lead_unit_id, supervising_leader_id, deadline, completed_at, search_text,
                  created_at, created_by, updated_at, kind)
select r.agency, 'Nhiệm vụ thử ' || x.g, r.units[1 + x.g % cardinality(r.units)],
       case when x.g % 6 = 0 then null else r.leaders[1 + x.g % cardinality(r.leaders)] end,
       x.s + x.d,
       case when x.c < 0.3 and x.s < current_date then least(current_date - 1, x.s + floor(x.c * 400)::int % (x.d + 30)) end,
       'nhiem vu thu ' || x.g, x.s::timestamp at time zone 'Asia/Ho_Chi_Minh', 'bench', now(), 'OTHER'
from bench_ref r, (select g, current_date + 65 - floor(random() * 365)::int s, 7 + floor(random() * 84)::int d,
                          random() c from generate_series(1, $N) g) x;
analyze;
SQL
t1=$(date +%s.%N)
echo "generated $N tasks for $(psql -d "$db" -c 'select count(*) from org_unit') units in $(echo "$t1 - $t0" | bc) s"
curl -s -o "$work/recount.json" -w "recount (rebuilds the aggregates): %{time_total} s, HTTP %{http_code}\n" \
  -u admin:demo -X POST "http://127.0.0.1:$port/api/v1/admin/dashboard/recount"
head -c 300 "$work/recount.json"; echo
# What autovacuum does soon after a bulk rebuild; until then PostgreSQL reads the heap for each day row.
psql -d "$db" -c "vacuum analyze dashboard_unit" -c "vacuum analyze dashboard_open_day"
fi
psql -d "$db" -c "select 'aggregate rows: unit ' || (select count(*) from dashboard_unit) || ', day ' || (select count(*) from dashboard_open_day) || ', month ' || (select count(*) from dashboard_month)"
token=$(curl -s -u vanphong:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "http://127.0.0.1:$port/api/v1/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
"$JAVA" -version 2>&1 | head -1
uptime
for path in ${PATHS:-/api/v1/dashboard/units /api/v1/dashboard/units?format=compact /api/v1/dashboard /api/v1/dashboard?format=compact}; do
  url="http://127.0.0.1:$port$path"
  curl -s -o "$work/answer.json" -w "$path: %{size_download} bytes\n" -H "Authorization: Bearer $token" "$url"
  wrk -t2 -c"$conns" -d5s -H "Authorization: Bearer $token" "$url" > /dev/null   # warm-up
  for run in 1 2 3; do
    echo -n "$path c=$conns run $run: "
    wrk -t2 -c"$conns" -d"${secs}s" -s bench/wrk-p95.lua -H "Authorization: Bearer $token" "$url" | tail -1
  done
  echo -n "$path c=1: "; bench/cpu-per-request.sh "$pid" "$url" "$token" "$secs"
done
# A five-row endpoint under the same load: what the machine's load alone costs a request.
echo -n "/api/v1/leaders (baseline) c=1: "; bench/cpu-per-request.sh "$pid" "http://127.0.0.1:$port/api/v1/leaders" "$token" "$secs"
uptime
