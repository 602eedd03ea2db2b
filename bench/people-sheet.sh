#!/usr/bin/env bash
# A person's monthly sheet (Nghị định 335; issue 17 asks < 50 ms) with N work items (default 5,000): N generated tasks
# led by the unit of tccb.an, all with tccb.an as performer, deadlines over 2026-11, 60 % completed (some late), in an
# H2 file next to the demo data; then GET /api/v1/people/tccb.an/sheets?period=2026-11 timed with curl R times (default
# 20; the first ones warm the JVM up), read by the unit head (tccb), each read audited as the application does; once
# signed in with HTTP Basic on every request (a bcrypt hash each time), then with a personal API token, then (the
# items being sent a page at a time since ADR 0054) with size=1000.
# OTHERS=M adds M tasks of another unit (Vụ Pháp chế) that are not the person's, and READER=vanphong reads as the
# Office, whose scope is then the whole agency: a person's sheet among many tasks.
# Usage: bench/people-sheet.sh [N] [R]   (needs target/nhiemvu.jar: ./mvnw -q package -DskipTests; JAR=… for another)
set -euo pipefail
N=${1:-5000}; R=${2:-20}; PORT=${PORT:-18303}; OTHERS=${OTHERS:-0}; READER=${READER:-tccb}
NAME=sheet; . "$(dirname "$0")/lib/h2-app.sh"
start; kill $PID; wait $PID || true
java -cp "$H2" org.h2.tools.Shell -url "$URL" -user sa -sql "insert into task (agency_id, title, lead_unit_id,
  deadline, completed_at, search_text, version, created_at, created_by, updated_at)
  select u.agency_id, 'Sản phẩm thử tải ' || x, u.unit_id, dateadd('DAY', mod(x, 30), date '2026-11-01'),
  case when mod(x, 10) < 6 then dateadd('DAY', mod(x, 30) + mod(x, 3) - 1, date '2026-11-01') else null end,
  'san pham thu tai', 0, timestamp with time zone '2026-10-01 08:00:00+07', 'bench',
  timestamp with time zone '2026-10-01 08:00:00+07'
  from system_range(1, $N) r(x), (select agency_id, unit_id from app_user where username = 'tccb.an') u;
  insert into task_performer (agency_id, task_id, user_id, from_on, assigned_by, assigned_at)
  select t.agency_id, t.id, u.id, date '2026-10-01', 'bench', timestamp '2026-10-01 08:00:00'
  from task t, app_user u where t.created_by = 'bench' and u.username = 'tccb.an';
  insert into task (agency_id, title, lead_unit_id, deadline, search_text, version, created_at, created_by, updated_at)
  select u.agency_id, 'Việc khác ' || x, u.unit_id, dateadd('DAY', mod(x, 30), date '2026-11-01'), 'viec khac', 0,
  timestamp with time zone '2026-10-01 08:00:00+07', 'bench-others', timestamp with time zone '2026-10-01 08:00:00+07'
  from system_range(1, $OTHERS) r(x), (select agency_id, unit_id from app_user where username = 'pc') u" > /dev/null
start
echo "tccb.an 2026-11 with $N generated work items, $OTHERS other tasks (+ demo data), read by $READER; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
SHEET="http://localhost:$PORT/api/v1/people/tccb.an/sheets?period=2026-11&asOf=2026-12-05"
TOKEN=$(curl -s -u $READER:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "http://localhost:$PORT/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# CPU time of the application per request (user + system, from /proc), which an overloaded machine distorts far
# less than latency; the first half of the rounds warms up, the second half is counted.
ticks() { awk '{ print $14 + $15 }' "/proc/$PID/stat"; }
rounds() { # label, then curl's arguments
  local label=$1; shift; local before=0
  for i in $(seq 1 "$R"); do
    [ "$i" -eq $((R / 2 + 1)) ] && before=$(ticks)
    curl -s -o /dev/null -w "$label round $i %{http_code} %{size_download} B %{time_total} s\n" "$@"
  done
  echo "$label cpu_ms_per_request $(echo "scale=1; ($(ticks) - $before) * 1000 / $(getconf CLK_TCK) / ($R - $R / 2)" | bc)"
}
rounds basic -u $READER:demo "$SHEET"
rounds token -H "Authorization: Bearer $TOKEN" "$SHEET"
rounds token-size1000 -H "Authorization: Bearer $TOKEN" "$SHEET&size=1000"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
kill $PID; wait $PID || true; rm -rf "$DIR"
