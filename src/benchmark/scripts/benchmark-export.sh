#!/usr/bin/env bash
# PDF export benchmark (issue: export). Not part of mvn verify: run it on purpose.
#   bash src/benchmark/scripts/benchmark-export.sh
# 1. In-process, warm: the summit briefing per layout (median of 20) and synthetic 100/500-panel briefings.
# 2. The command line end to end (JVM start to file written), median of 7 runs per layout.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -Pbenchmarks package -DskipTests
mvn -q -B -Pbenchmarks dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"

echo "## In-process, warm"
java -Xmx2g -cp "$classpath" org.briefingviewer.benchmark.ExportBenchmark

echo
echo "## Command line, end to end (median of 7)"
echo "| layout | median ms | min ms | max ms |"
echo "|---|---:|---:|---:|"
out=$(mktemp -d)
for layout in document slides notes handout; do
  times=()
  for run in 1 2 3 4 5 6 7; do
    start=$(date +%s%N)
    target/briefing-viewer/bin/briefing-viewer --export-pdf "$out/$layout.pdf" --layout "$layout"
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "| $layout | ${sorted[3]} | ${sorted[0]} | ${sorted[6]} |"
done
rm -rf "$out"

echo
echo "## Heap needed: the smallest -Xmx (of those tried) that exports N synthetic panels"
echo "| panels | smallest -Xmx that completes |"
echo "|---:|---:|"
for panels in 100 250 500; do
  fit="none of 64m..1024m"
  for heap in 64m 96m 128m 192m 256m 384m 512m 768m 1024m; do
    if java -Xmx$heap -cp "$classpath" org.briefingviewer.benchmark.LargeExport "$panels" >/dev/null 2>&1; then
      fit=$heap
      break
    fi
  done
  echo "| $panels | $fit |"
done
