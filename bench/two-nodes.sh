#!/usr/bin/env bash
# Two application nodes of the built jar on one PostgreSQL database behind nginx (issue 13 item 5, ADR 0019).
# Usage: bench/two-nodes.sh   (REBUILD=1 packages the jar again; DB, PGHOST, PGPORT, PGUSER, PORT_A, PORT_B, PORT_NGINX)
# Installs Debian's nginx with apt-get when it is absent, and runs it as a process of its own with a configuration in
# a temporary directory on an unprivileged port. Requests go through nginx: round robin, or pinned to one node by
# the header "X-Node: a|b" (a map in the configuration), so that each check knows which node answers. Checks:
#   1. a file uploaded on node A is downloaded from node B (and through the round robin from both);
#   2. a task created on node A reaches a dashboard stream (SSE) open on node B within 2 s;
#   3. a token revoked on node A is refused by node B on the very next request, though B had it cached (10 s).
# Each node has its own files and jobs directories: what B serves comes from the database. Exit status 1 if any fails.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${DB:-nv_two_nodes}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
PORT_A=${PORT_A:-18284}; PORT_B=${PORT_B:-18285}; PORT_NGINX=${PORT_NGINX:-18286}
URL="http://127.0.0.1:$PORT_NGINX"
AUTH="vanphong:demo"

if ! command -v nginx > /dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "nginx absent: installing Debian's package"
  apt-get install -y -q nginx > /dev/null || { apt-get update -q > /dev/null && apt-get install -y -q nginx > /dev/null; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -f target/nhiemvu.jar ] || [ "${REBUILD:-0}" = 1 ]; then ./mvnw -q -B -DskipTests package; fi

work=$(mktemp -d /tmp/two-nodes.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

psql -q -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -c "drop database if exists $DB" -c "create database $DB" postgres

# Starts node $1 on port $2 (extra arguments follow) and waits until it answers.
start_node() {
  local name=$1 port=$2; shift 2
  mkdir -p "$work/$name"
  (cd "$work/$name" && SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="" exec java -Xmx512m -jar "$OLDPWD/target/nhiemvu.jar" --server.port="$port" \
    --nhiemvu.files.directory="$work/$name/files" --nhiemvu.jobs.directory="$work/$name/jobs" \
    --nhiemvu.jobs.node="node-$name" "$@" > "$work/$name/app.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && return 0
    sleep 0.2
  done
  echo "node $name did not start; see $work/$name/app.log"; tail -20 "$work/$name/app.log"; exit 1
}
start_node a "$PORT_A"                                   # loads the demo data into the empty database
start_node b "$PORT_B" --nhiemvu.demo-data.enabled=false

mkdir -p "$work/nginx/tmp" && chmod 1777 "$work/nginx/tmp"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 512; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  client_max_body_size 25m;
  upstream both   { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; }
  upstream node_a { server 127.0.0.1:$PORT_A; }
  upstream node_b { server 127.0.0.1:$PORT_B; }
  map \$http_x_node \$backend { a node_a; b node_b; default both; }
  server {
    listen 127.0.0.1:$PORT_NGINX;
    location / {
      proxy_pass http://\$backend;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_buffering off;        # server-sent events pass at once
      proxy_read_timeout 1h;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
"$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
until curl -s -o /dev/null "$URL/login"; do sleep 0.1; done
"$NGINX" -v 2>&1

failed=0
check() { if [ "$1" = ok ]; then echo "PASS  $2"; else echo "FAIL  $2"; failed=1; fi; }
api() { local node=$1; shift; curl -s -u "$AUTH" -H "X-Node: $node" -H 'Accept: application/json' "$@"; }
ms() { date +%s%3N; }

echo "round robin: $(for _ in 1 2 3 4; do curl -s -o /dev/null -D - -u "$AUTH" "$URL/api/v1/units" | tr -d '\r' \
  | sed -n 's/^X-Upstream: //p'; done | sort | uniq -c | tr -s ' ' | paste -sd, -)"

unit=$(api a "$URL/api/v1/units" | jq '.items[] | select(.code == "CDSQG") | .id')
leader=$(api a "$URL/api/v1/leaders" | jq --argjson u "$unit" '[.items[] | select(.supervisedUnitIds | index($u))][0].id')
new_task() {
  api a -H 'Content-Type: application/json' -X POST "$URL/api/v1/tasks" -d "{\"title\": \"$1\", \
\"leadUnit\": {\"code\": \"CDSQG\"}, \"supervisingLeader\": {\"id\": $leader}, \"deadline\": \"2031-06-30\"}" | jq .id
}

# 1. A file uploaded on A, downloaded from B and through the round robin.
task=$(new_task "Hồ sơ dùng chung giữa hai nút")
python3 -c "import sys; [print('Dự thảo văn bản, dòng %d: nội dung dùng chung giữa hai nút.' % i) for i in range(48000)]" \
  > "$work/du-thao.txt"
want=$(sha256sum < "$work/du-thao.txt" | cut -d' ' -f1)
file=$(api a -F "file=@$work/du-thao.txt;type=text/plain" -F role=DRAFT_DOCUMENT \
  "$URL/api/v1/tasks/$task/dossier/files" | jq .id)
got_b=$(api b "$URL/api/v1/tasks/$task/dossier/files/$file/content" | sha256sum | cut -d' ' -f1)
got_rr=$(for _ in 1 2; do curl -s -u "$AUTH" "$URL/api/v1/tasks/$task/dossier/files/$file/content" | sha256sum \
  | cut -d' ' -f1; done | sort -u)
echo "      file of $(stat -c %s "$work/du-thao.txt") bytes uploaded on A (id $file); node B's files directory:" \
  "$(find "$work/b/files" -type f 2>/dev/null | wc -l) file(s)"
[ "$got_b" = "$want" ] && [ "$got_rr" = "$want" ] && r=ok || r=no
check $r "a file uploaded on node A is downloaded from node B (same SHA-256, also twice via round robin)"

# 2. A change on A reaches a dashboard stream open on B.
curl -sN -u "$AUTH" -H 'X-Node: b' -H 'Accept: text/event-stream' "$URL/api/v1/dashboard/stream" > "$work/sse.txt" &
sse=$!; pids+=($sse)
for _ in $(seq 1 100); do grep -q '^event:ready' "$work/sse.txt" && break; sleep 0.05; done
t0=$(ms); new_task "Việc mới trên nút A" > /dev/null; t1=$(ms)
heard=""
while [ $(( $(ms) - t1 )) -lt 2000 ]; do
  if grep -q '^event:task-changed' "$work/sse.txt"; then heard=$(ms); break; fi
  sleep 0.01
done
kill $sse 2>/dev/null || true
if [ -n "$heard" ]; then
  echo "      create on A answered in $((t1 - t0)) ms; B's stream had task-changed $((heard - t1)) ms after the answer"
  check ok "a change on node A reaches a dashboard SSE stream open on node B within 2 s"
else
  check no "a change on node A reaches a dashboard SSE stream open on node B within 2 s (nothing in 2 s)"
fi

# 3. A token revoked on A, refused by B at once.
issued=$(api a -H 'Content-Type: application/json' -X POST "$URL/api/v1/tokens" -d '{"name": "Hai nút"}')
token=$(echo "$issued" | jq -r .token); id=$(echo "$issued" | jq .id)
bearer() { curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H 'X-Node: b' "$URL/api/v1/units"; }
before="$(bearer) $(bearer)"
revoked=$(curl -s -o /dev/null -w '%{http_code}' -u "$AUTH" -H 'X-Node: a' -X DELETE "$URL/api/v1/tokens/$id")
after=$(bearer); later="$(sleep 0.5; bearer)"
echo "      on B before: $before; revoke on A: $revoked; on B next request: $after; 0.5 s later: $later"
[ "$before" = "200 200" ] && [ "$revoked" = 204 ] && [ "$after" = 401 ] && [ "$later" = 401 ] && r=ok || r=no
check $r "a token revoked on node A is refused at once by node B"

exit $failed
