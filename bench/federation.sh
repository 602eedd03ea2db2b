#!/usr/bin/env bash
# Connected agencies (issue 18, ADR 0042/0047): two installations of the built jar on this machine, the upper (VPCP,
# port 18104) and the lower (BTTTT, port 18105), each on its own H2 file database, each the other's peer. The upper
# creates N tasks (default 10,000) and assigns each to the lower: N task.assigned messages through the outbox, signed,
# posted, verified, recorded by id and applied in sequence on the other side. Prints the time from the first
# assignment to the last one applied below, messages/s, and the lag of each message (applied below − assigned above):
# p50, p95, max.
# Usage: bench/federation.sh [N=10000]   (SKIP_BUILD=1 reuses target/nhiemvu.jar, JAR=another one; CLIENTS=4 concurrent API clients;
#   UPPER_PORT, LOWER_PORT; SEND_WORKERS=4 posts at once per installation; SEND_BATCH=100 messages per request;
#   DRAIN=1: the lower unreachable from above while the tasks are assigned, then the outbox's drain is timed;
#   PROFILE=dir: a JFR recording of each installation, dir/upper.jfr and dir/lower.jfr, dumped after the last message)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
upper_port="${UPPER_PORT:-18104}"; lower_port="${LOWER_PORT:-18105}"
jar="${JAR:-$PWD/target/nhiemvu.jar}"
retry=()  # draining, the messages that failed during the outage are retried each second rather than after a back-off
[ "${DRAIN:-0}" != 1 ] || retry=(--nhiemvu.federation.first-retry=1s --nhiemvu.federation.longest-retry=1s)
{ [ "${SKIP_BUILD:-}" = 1 ] && [ -f "$jar" ]; } || ./mvnw -q -B -o -DskipTests package
work=$(mktemp -d /tmp/nv-federation.XXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
start() { # name code port
  mkdir -p "$work/$1"
  jfr=()
  [ -z "${PROFILE:-}" ] || jfr=(-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename="$PROFILE/$1.jfr",settings=profile)
  (cd "$work/$1" && exec java -Xmx768m "${jfr[@]}" -jar "$jar" --server.port="$3" --nhiemvu.federation.agency-code="$2" \
    --spring.datasource.url="jdbc:h2:file:$work/$1/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    --nhiemvu.federation.send-every=100ms --nhiemvu.federation.send-workers="${SEND_WORKERS:-4}" \
    --nhiemvu.federation.batch-size="${SEND_BATCH:-100}" "${retry[@]}" > app.log 2>&1) &
  pids+=($!)
}
start upper VPCP "$upper_port"
start lower BTTTT "$lower_port"
for port in "$upper_port" "$lower_port"; do
  for _ in $(seq 1 900); do curl -s -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done
done
echo "$(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), N=$n"
python3 bench/federation/drive.py "$n" "$upper_port" "$lower_port" "${CLIENTS:-4}" "${DRAIN:-0}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${PROFILE:-}" ]; then
  for p in "${pids[@]}"; do jcmd "$p" JFR.dump filename="$PROFILE/$([ "$p" = "${pids[0]}" ] && echo upper || echo lower).jfr" > /dev/null; done
fi
