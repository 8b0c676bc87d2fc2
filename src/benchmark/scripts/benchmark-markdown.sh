#!/usr/bin/env bash
# Markdown against JSON: --validate of the summit as a whole process, and a 300-panel briefing loaded in-process,
# warm. Not part of mvn verify: run it on purpose.
#   bash src/benchmark/scripts/benchmark-markdown.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -B -Pbenchmarks package -DskipTests -Dapp-image.phase=none
mvn -q -B -Pbenchmarks dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
viewer=target/briefing-viewer/bin/briefing-viewer
work=$(mktemp -d)
"$viewer" --convert docs/examples/korea-us-summit.md "$work/summit.json"
for run in 1 2 3 4 5 6 7 8 9; do
  for file in "$work/summit.json" docs/examples/korea-us-summit.md; do
    start=$(date +%s%N); "$viewer" --validate "$file" > /dev/null; end=$(date +%s%N)
    echo "$(basename "$file") $(( (end - start) / 1000000 ))"
  done
done | sort | awk '{ times[$1] = times[$1] " " $2 } END { for (f in times) print f ":" times[f] " ms" }'
java -cp "target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)" \
    org.briefingviewer.benchmark.MarkdownLoadBenchmark
rm -rf "$work"
