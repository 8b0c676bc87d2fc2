#!/usr/bin/env bash
# PowerPoint export against Marp's (issue: one slide layout). Not part of mvn verify: run it on purpose.
#   bash src/benchmark/scripts/benchmark-pptx.sh [RUNS, default 7]
# Whole process, from launch to file written, interleaved: the app image's `briefing-viewer --export-pptx` of the
# summit, and `marp --pptx` of a Marp deck made from the summit's Markdown (a slide per panel). Installs marp-cli
# from npm into target/marp and Debian's chromium, which Marp drives, if they are missing.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs="${1:-7}"
work=target/benchmark-pptx
mkdir -p "$work"
command -v chromium >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
[ -x target/marp/node_modules/.bin/marp ] || npm install --silent --prefix target/marp @marp-team/marp-cli >/dev/null
marp=target/marp/node_modules/.bin/marp
mvn -B -q -DskipTests verify
viewer_command=target/dist/briefing-viewer/bin/briefing-viewer

# The summit as a Marp deck: Marp's front matter, and a slide break before each panel's heading.
awk 'BEGIN { print "---\nmarp: true\npaginate: false\n---" }
     NR == 1 && /^---$/ { front = 1; next }
     front { if (/^---$/) front = 0; next }
     /^# / && seen++ { print "\n---\n" }
     { print }' docs/examples/korea-us-summit.md > "$work/summit-marp.md"

export CHROME_PATH=/usr/bin/chromium
viewer_times=()
marp_times=()
millis() { echo $(( $(date +%s%N) / 1000000 )); }
for run in $(seq "$runs"); do
  start=$(millis)
  "$viewer_command" --export-pptx "$work/viewer.pptx"
  viewer_times+=($(( $(millis) - start )))
  start=$(millis)
  "$marp" --quiet --pptx --allow-local-files --browser-path /usr/bin/chromium "$work/summit-marp.md" \
    -o "$work/marp.pptx"
  marp_times+=($(( $(millis) - start )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
viewer=$(median "${viewer_times[@]}")
marp_median=$(median "${marp_times[@]}")
echo "| tool | median ms | runs (ms) |"
echo "|---|---:|---|"
echo "| briefing-viewer --export-pptx | $viewer | ${viewer_times[*]} |"
echo "| marp --pptx | $marp_median | ${marp_times[*]} |"
awk -v v="$viewer" -v m="$marp_median" 'BEGIN { printf "ratio (viewer / Marp): %.2f\n", v / m }'
