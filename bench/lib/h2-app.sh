# Sourced by the benchmarks that fill an H2 file with generated rows before timing the application on it.
# Needs PORT and NAME set; sets DIR (a fresh folder), H2 (the engine's jar, for org.h2.tools.Shell), URL, and
# start(), which runs target/nhiemvu.jar (or $JAR, e.g. the jar of the commit before a change, for a before/after)
# with $JAVA_OPTS (e.g. a flight recording) on that file in the background (PID) and waits until it is healthy.
DIR=$(mktemp -d "/tmp/nv-$NAME-bench.XXXX")
H2=$(ls ~/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | tail -1)
URL="jdbc:h2:file:$DIR/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
start() {
  java ${JAVA_OPTS:-} -jar "${JAR:-target/nhiemvu.jar}" --server.port=$PORT --spring.datasource.url="$URL" \
    --nhiemvu.files.directory=$DIR/files --nhiemvu.jobs.directory=$DIR/jobs > $DIR/app.log 2>&1 &
  PID=$!
  until curl -sf http://localhost:$PORT/actuator/health > /dev/null; do sleep 2; done
}
