#!/usr/bin/env bash
# Quarterly report at scale: N generated tasks (default 100,000) in an H2 file next to the demo data, then the
# figures and each export of 2020-Q3 timed with curl, R rounds (default 4; the first warms the JVM up).
# Tasks: 26 units, 5 leaders, start dates over 2020, deadline 7–90 days after start, 30 % completed.
# Usage: bench/report.sh [N] [R]   (needs target/nhiemvu.jar: ./mvnw -q package -DskipTests)
set -euo pipefail
N=${1:-100000}; R=${2:-4}; PORT=${PORT:-8185}
NAME=report; . "$(dirname "$0")/lib/h2-app.sh"
start; kill $PID; wait $PID || true
java -cp "$H2" org.h2.tools.Shell -url "$URL" -user sa -sql "insert into task (agency_id, title, lead_unit_id,
  supervising_leader_id, deadline, completed_at, search_text, version, created_at, created_by, updated_at)
  select (select id from agency where home), 'Nhiệm vụ thử tải ' || x, (select min(id) from org_unit) + mod(x, 26),
  (select min(id) from leader) + mod(x, 5), dateadd('DAY', 7 + mod(x * 7, 84), d),
  case when mod(x, 10) < 3 then dateadd('DAY', mod(x * 13, 100), d) else null end, 'nhiem vu thu tai', 0,
  cast(d as timestamp with time zone), 'bench', cast(d as timestamp with time zone)
  from (select \"X\" as x, dateadd('DAY', mod(\"X\" * 37, 365), date '2020-01-01') d from system_range(1, $N)) t" > /dev/null
start
echo "2020-Q3 with $N generated tasks (+ demo data); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$R"); do
  for f in "" /export.xlsx /export.pdf /export.json /export.xml; do
    curl -s -o /dev/null -w "round $i ${f:-figures} %{http_code} %{size_download} B %{time_total} s\n" \
      -u vanphong:demo "http://localhost:$PORT/api/v1/reports/periods/2020-Q3$f"
  done
done
kill $PID; wait $PID || true; rm -rf "$DIR"
