#!/bin/sh
# Extraction (issue 6): the speed benchmark and the corpus scores. Usage: bench/extraction.sh [bench|score] [splits]
set -e
cd "$(dirname "$0")/.."
# Online, so that a machine without the dependency plugin yet fetches it (quiet: only errors are printed).
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/extraction.cp
CP="target/test-classes:target/classes:$(cat target/extraction.cp)"
case "${1:-score}" in
  bench) java -cp "$CP" vn.nhiemvu.extraction.ExtractionBenchmark ;;
  score) java -cp "$CP" vn.nhiemvu.extraction.ExtractionScorer src/test/resources/extraction/corpus "${2:-dev,holdout}" ;;
esac
