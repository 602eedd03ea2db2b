#!/usr/bin/env bash
# Issue 8 benchmark: build the jar, load P units and N deterministic tasks into a fresh H2 or
# PostgreSQL database, start the jar and measure with wrk (4 concurrent clients) against Redmine
# 5.0.4's figures and our targets. See bench/README.md.
#
# Usage: bench/issue8.sh [h2|pg] [P=50] [N=20000] [seed=8]
# Environment: DURATION (s per run, default 10, at most 30), REPS (default 3), WARMUP (s, default 20), PORT (8186),
#   H2_DIR (/tmp/nv-bench-PORT), PG_URL (jdbc:postgresql://127.0.0.1:5432/nv_bench), JDKS (JDK homes for get-by-id; the first runs
#   everything), SKIP_BUILD=1, WORKLOADS (default "get counts dashboard overdue reports create"),
#   RESULTS=1 to append the table to bench/RESULTS.md, JAR (another build to measure; default: build this tree).
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"; units="${2:-50}"; count="${3:-20000}"; seed="${4:-8}"
duration="${DURATION:-10}"; reps="${REPS:-3}"; port="${PORT:-8186}"
pg_url="${PG_URL:-jdbc:postgresql://127.0.0.1:5432/nv_bench}"
jdks="${JDKS:-/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64}"
workloads="${WORKLOADS:-get counts dashboard overdue reports create}"
base="http://127.0.0.1:$port"
[ "$duration" -le 30 ] || { echo "DURATION must be at most 30 s" >&2; exit 2; }

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
# JAR: measure another build (e.g. of a merge) with this tree's generator and scripts.
jar="${JAR:-$PWD/target/nhiemvu.jar}"
[ -n "${JAR:-}" ] || { [ "${SKIP_BUILD:-}" = 1 ] && [ -f target/nhiemvu.jar ]; } || ./mvnw -q -B -DskipTests package
work=$(mktemp -d /tmp/nv-bench-run.XXXX)
mkdir -p "$work/lib"
(cd "$work/lib" && unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/postgresql-*.jar')

if [ "$db" = h2 ]; then
  h2_dir="${H2_DIR:-/tmp/nv-bench-$port}"   # one per port: engineers sharing the machine do not clash
  rm -rf "$h2_dir"
  url="jdbc:h2:file:$h2_dir/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64;CACHE_SIZE=65536"; user=sa
else
  name="${pg_url##*/}"
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $name with (force)" -c "create database $name"
  url="$pg_url"; user=postgres
fi

pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; pid=; }
trap 'stop; rm -rf "$work"' EXIT
# Starts the jar with the JDK home $1 and waits until it answers.
start() {
  (cd "$work" && exec "$1/bin/java" -Xmx1g -jar "$jar" --server.port="$port" \
    --spring.datasource.url="$url" --spring.datasource.username="$user" --spring.datasource.password= \
    --nhiemvu.files.directory="$work/files" > "$work/app.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do curl -s -o /dev/null "$base/login" && return 0; sleep 0.2; done
  tail -50 "$work/app.log"; exit 1
}

set -- $jdks
main_jdk="$1"
echo "== schema and demo organisation (first start), then $count tasks in $units units (seed $seed)"
start "$main_jdk"; stop
"$main_jdk/bin/java" -cp "target/classes:$(echo "$work"/lib/*.jar | tr ' ' :)" bench/issue8/Generator.java \
  "$url" "$user" "$units" "$count" "$seed" | tee "$work/gen.txt"
read -r _ first_id last_id < <(grep '^ids ' "$work/gen.txt")

declare -A med
# Runs wrk $reps times (after a short warm-up) with the workload's environment; keeps the medians.
measure() {
  local key="$1"; shift
  env "$@" wrk -t2 -c4 -d"${WARMUP:-20}s" --timeout 30s -s bench/issue8/workload.lua "$base" > /dev/null
  : > "$work/$key.txt"
  local before line
  for _ in $(seq 1 "$reps"); do
    before=$(cpu_ticks)
    line=$(env "$@" wrk -t2 -c4 -d"${duration}s" --timeout 30s -s bench/issue8/workload.lua "$base" | grep '^RESULT')
    # The server's own CPU per request: what the figure would be on idle cores, whoever else is busy.
    # No request finished within the run (an export of a million tasks by 4 clients): no figure.
    echo "$line cpu_ms=$(awk -v t=$(( $(cpu_ticks) - before )) -v hz="$(getconf CLK_TCK)" -v r="${line#*requests=}" \
      'BEGIN {split(r, a, " "); if (a[1] > 0) printf "%.3f", t * 1000 / hz / a[1]}')" | tee -a "$work/$key.txt"
    [[ "$line" == *" requests=0 "* ]] && sed -i '$d' "$work/$key.txt"
  done
  for field in rps p50 p95 errors cpu_ms; do
    med[$key.$field]=$(grep -o "$field=[0-9.]*" "$work/$key.txt" | cut -d= -f2 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  done
}
# CPU time (user + system, in clock ticks) the server has used so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# The status of GET $1 (so a workload that is not there yet is reported, not measured).
status() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base$1"; }
# Median seconds of $reps sequential downloads of $1 (one client); sets med[$2.s] and med[$2.lines].
download() {
  local times=()
  curl -s -o /dev/null -H "Authorization: Bearer $token" "$base$1"   # warm-up
  for _ in $(seq 1 "$reps"); do
    times+=("$(curl -s -o "$work/body" -w '%{time_total}' -H "Authorization: Bearer $token" "$base$1")")
  done
  med[$2.s]=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  med[$2.lines]=$(wc -l < "$work/body")
}

# The Office's cold pair, $reps times: a task created first (any audited change drops the 60 s report cache,
# ADR 0010; it is received today, so it is not in a past quarter's report), then the xlsx and the PDF, timed
# and with the server's CPU. Sets the medians med[cold_xlsx.s], med[cold_pdf.s], med[cold_pair.s], med[cold_pair.cpu].
cold_reports() {
  local xs=() ps=() pairs=() cpus=() before x p
  for i in $(seq 1 "$reps"); do
    curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"title\":\"Nhiệm vụ đo báo cáo nguội $i\",\"leadUnit\":{\"code\":\"B0001\"},\"deadline\":\"$(date -d '+30 days' +%F)\"}" \
      "$base/api/v1/tasks"
    before=$(cpu_ticks)
    x=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base/api/v1/reports/periods/$quarter_key/export.xlsx")
    p=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$base/api/v1/reports/periods/$quarter_key/export.pdf")
    xs+=("$x"); ps+=("$p"); pairs+=("$(awk -v a="$x" -v b="$p" 'BEGIN {printf "%.3f", a + b}')")
    cpus+=("$(awk -v t=$(( $(cpu_ticks) - before )) -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t / hz}')")
    echo "   cold pair $i: xlsx $x s, PDF $p s; server CPU ${cpus[-1]} s"
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  med[cold_xlsx.s]=$(median "${xs[@]}"); med[cold_pdf.s]=$(median "${ps[@]}")
  med[cold_pair.s]=$(median "${pairs[@]}"); med[cold_pair.cpu]=$(median "${cpus[@]}")
}

start "$main_jdk"
token=$(curl -s -u vanphong:demo -H 'Content-Type: application/json' -d '{"name":"bench"}' "$base/api/v1/tokens" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
# The dashboard (branch dashboard, ADR 0008) keeps aggregates that the application's own writes
# maintain; rows written by the generator are counted in by its recount, where it exists.
recount=$(curl -s -o "$work/recount.json" -w '%{http_code} %{time_total}' -X POST -u admin:demo "$base/api/v1/admin/dashboard/recount")
[ "${recount% *}" = 404 ] || echo "== dashboard recount: HTTP ${recount% *} in ${recount#* } s"
jdk_name=$("$main_jdk/bin/java" -version 2>&1 | head -1)
quarter_key=${REPORT_KEY:-$(date -d "$(date +%Y-%m-15) -3 months" +%Y)-Q$(( ($(date -d "$(date +%Y-%m-15) -3 months" +%-m) + 2) / 3 ))}
common=(TOKEN="$token" FIRST_ID="$first_id" LAST_ID="$last_id" UNITS="$units")
na="not available"
for w in $workloads; do
  case "$w" in
    get) echo "== get by id ($jdk_name)"; measure get "${common[@]}" MODE=get ;;
    counts) download /api/v1/stats/status-by-unit counts
      echo "== per-unit counts, one client: GET /api/v1/stats/status-by-unit ${med[counts.s]} s" ;;
    dashboard)
      if [ "$(status /api/v1/dashboard/units)" = 200 ]; then
        echo "== dashboard: GET /api/v1/dashboard/units"
        measure dashboard "${common[@]}" MODE=path URL_PATH=/api/v1/dashboard/units
      else echo "== dashboard: GET /api/v1/dashboard/units $na"; fi ;;
    overdue) echo "== all overdue tasks streamed: GET /api/v1/tasks/export.ndjson|csv?status=OVERDUE"
      if [ "$(status '/api/v1/tasks/export.csv?status=OVERDUE')" = 200 ]; then
        download '/api/v1/tasks/export.ndjson?status=OVERDUE' ndjson
        download '/api/v1/tasks/export.csv?status=OVERDUE' csv
        echo "one client: ndjson ${med[ndjson.s]} s (${med[ndjson.lines]} lines), csv ${med[csv.s]} s (${med[csv.lines]} lines incl. header)"
        measure overdue "${common[@]}" MODE=path URL_PATH='/api/v1/tasks/export.ndjson?status=OVERDUE'
      else echo "   $na"; fi ;;
    reports)
      for f in xlsx pdf; do
        p="/api/v1/reports/periods/$quarter_key/export.$f"
        if [ "$(status "$p")" = 200 ]; then download "$p" "report_$f"; echo "== $p (warm): ${med[report_$f.s]} s"
        else echo "== $p $na"; fi
      done
      [ -n "${med[report_xlsx.s]:-}" ] && [ -n "${med[report_pdf.s]:-}" ] && cold_reports ;;
    create) echo "== create via API"; measure create "${common[@]}" MODE=create ;;
  esac
done
stop

shift || true
for jdk in "$@"; do
  case " $workloads " in *" get "*) ;; *) continue ;; esac
  start "$jdk"
  other=$("$jdk/bin/java" -version 2>&1 | head -1)
  echo "== get by id ($other)"
  measure get_other "${common[@]}" MODE=get
  stop
done

v() { echo "${med[$1]:-$na}"; }
secs() { [ -n "${med[$1]:-}" ] && echo "${med[$1]} s" || echo "$na"; }
table=$(cat <<EOF

### $(date -u +%F) — issue 8 benchmark, $db, P=$units, N=$count, seed $seed

Machine: $(hostname), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before: $(cut -d' ' -f1-3 /proc/loadavg).
JDK: $jdk_name. wrk -t2 -c4 (4 clients) on the same cores, ${reps} × ${duration} s, medians.
Command: \`bench/issue8.sh $db $units $count $seed\` (DURATION=$duration REPS=$reps).

| workload | Redmine 5.0.4 | target | ours (median) |
|---|---|---|---|
| create via API | 30.4/s | ≥ 1,500/s | $(v create.rps)/s (p50 $(v create.p50) ms; $(v create.errors) errors); server CPU $(v create.cpu_ms) ms per request |
| get one by id | 22.6–45.7 req/s | ≥ 3,000 req/s | $(v get.rps) req/s (p50 $(v get.p50) ms); server CPU $(v get.cpu_ms) ms per request$([ -n "${med[get_other.rps]:-}" ] && echo "; ${other:-}: ${med[get_other.rps]} req/s, CPU ${med[get_other.cpu_ms]} ms") |
| per-unit overdue counts, existing \`/api/v1/stats/status-by-unit\` (every task evaluated), one client | 3.0 s (one request per unit) | p95 < 20 ms | $(secs counts.s) |
| dashboard \`/api/v1/dashboard/units\` | 3.0 s | p95 < 20 ms | p95 $(v dashboard.p95) ms, $(v dashboard.rps) req/s |
| all overdue tasks streamed, one client | 56.3 s (9,620, 97 pages) | < 0.5 s | NDJSON $(secs ndjson.s) (${med[ndjson.lines]:-?} tasks), CSV $(secs csv.s) |
| all overdue tasks streamed, 4 clients | | | p50 $(v overdue.p50) ms, p95 $(v overdue.p95) ms |
| quarterly report $quarter_key xlsx + PDF, warm (figures from the 60 s cache) | | < 2 s at 100k | xlsx $(secs report_xlsx.s), PDF $(secs report_pdf.s) |
| quarterly report $quarter_key xlsx + PDF, cold (after a change) | | < 2 s at 100k | pair $(secs cold_pair.s) (xlsx $(secs cold_xlsx.s), PDF $(secs cold_pdf.s)); server CPU $(secs cold_pair.cpu) per pair |
EOF
)
echo "$table"
[ "${RESULTS:-}" = 1 ] && echo "$table" >> bench/RESULTS.md
exit 0
