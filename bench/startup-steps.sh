#!/usr/bin/env bash
# Where the application's start-up time goes, step by step (Spring's BufferingApplicationStartup): the jar is
# extracted, bench/startup/StartupSteps.java compiled against it and run on a fresh H2 database (demo data loaded),
# then it prints the steps by their own time and bean creation summed by package.
# Usage: bench/startup-steps.sh [port=18091]   (JAR=… to use another jar; default: target/nhiemvu.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${JAR:-$PWD/target/nhiemvu.jar}"
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
cp="$work/app/$(basename "$jar"):$(ls "$work"/app/lib/*.jar | tr '\n' ':')"
javac -cp "$cp" -d "$work/classes" bench/startup/StartupSteps.java
echo "$(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$work" && java -Xmx1g -cp "$work/classes:$cp" StartupSteps --server.port="${1:-18091}" 2>&1) \
  | sed -n '/^run() /,$p'
