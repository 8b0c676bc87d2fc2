#!/usr/bin/env bash
# Search latency per keystroke (issue: reading offline). Not part of mvn verify: run it on purpose.
#   bash src/benchmark/scripts/benchmark-search.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -Pbenchmarks test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" org.briefingviewer.benchmark.SearchBenchmark
