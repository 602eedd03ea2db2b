#!/bin/sh
# Extraction (issue 6): the speed benchmark and the corpus scores. Usage: bench/extraction.sh [bench|score] [splits]
set -e
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/extraction.cp >/dev/null
CP="target/test-classes:target/classes:$(cat target/extraction.cp)"
case "${1:-score}" in
  bench) java -cp "$CP" vn.nhiemvu.extraction.ExtractionBenchmark ;;
  score) java -cp "$CP" vn.nhiemvu.extraction.ExtractionScorer src/test/resources/extraction/corpus "${2:-dev,holdout}" ;;
esac
