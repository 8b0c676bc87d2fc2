#!/usr/bin/env bash
# Startup and scale benchmark (issue: install and start fast). Not part of mvn verify: run it on purpose.
#   bash src/benchmark/scripts/benchmark-startup.sh [RUNS]
# Needs a display; without one it starts Xvfb (Debian: apt-get install xvfb). Prints markdown tables:
# 1. time to first frame: a bare JavaFX window (with default JVM options, with the launcher's, and on the app
#    image's own runtime), a window using only the app's libraries, the app folder (no class-data archive of its
#    own), the app image with its archive, and, when BEFORE_IMAGE names another app image folder, that one too, all
#    interleaved; counted from the JVM's start, and from the launch (which adds what a launcher does first);
# 2. load and first frame, and peak RSS (/usr/bin/time), for the summit and synthetic
#    100/1000/5000-panel briefings; then loading those bundles in-process, cold and warm, with JMH;
# 3. panel switching in the window (select, and the pulse's CSS and layout), median and p95, jumping at random
#    and stepping on, and the busiest of the four frames after each switch (the JavaFX thread's processor time);
# 4. a presenter's "next" (step, and the pulse's CSS and layout in the reader's window, the room's view and, in
#    the second row, the presenter's console).
# It also draws docs/performance-scale.svg: first frame and peak RSS against briefing size.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "No display and no Xvfb: apt-get install xvfb libgtk-3-0" >&2; exit 1; }
  Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:97
  sleep 1
fi
mvn -q -B -Pbenchmarks -Pdist package -DskipTests
mvn -q -B -Pbenchmarks test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/benchmark-classpath.txt)"
javafx=$(ls target/briefing-viewer/lib/javafx-*.jar | tr '\n' ':')
data=$(mktemp -d)
# The app reopens the briefing it showed last and keeps its settings and recent files in the user's data folder:
# each start gets an empty one, so that neither the machine's user nor an earlier run changes what is measured.
export XDG_DATA_HOME="$data/user-data"
fresh() { rm -rf "$XDG_DATA_HOME"; "$@"; }
for panels in 100 1000 5000; do
  java -cp "$classpath" org.briefingviewer.benchmark.SyntheticBundleWriter "$panels" "$data/synthetic-$panels.json"
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
field() { echo "$1" | awk -v name="$2" '$1 == name {print $2}'; }
# Runs one start; prints its output plus "from-launch-ms": the first frame counted from the moment the process was
# launched, so that it includes what a launcher does before the JVM starts.
launch() {
  local launched out
  launched=$(date +%s%3N)
  out=$("$@")
  echo "$out"
  echo "from-launch-ms $(( $(field "$out" jvm-start-epoch-ms) + $(field "$out" first-frame-ms) - launched ))"
}

# The JVM options the app image's launcher passes, less its archive: the bare window is also measured with them.
tuning=$(grep -v -e '^#' -e '^$' src/main/dist/jvm.options)
# The image's runtime holds JavaFX's modules itself: its bare window needs only the probe's classes.
image_java=target/dist/briefing-viewer/lib/runtime/bin/java
echo "## Time to first frame (median of $runs interleaved runs, ms since JVM start, and ms since launch)"
cases=(bare bare_tuned bare_image_runtime libraries app image)
[ -z "${BEFORE_IMAGE:-}" ] || cases+=(before)
declare -A first_frames launch_times
for _ in $(seq "$runs"); do
  for case in "${cases[@]}"; do
    rm -rf "$XDG_DATA_HOME"
    case $case in
      bare) out=$(launch java --module-path "$javafx" --add-modules javafx.controls -cp "$classpath" \
        org.briefingviewer.benchmark.BareWindow) ;;
      bare_tuned) out=$(launch java $tuning --module-path "$javafx" --add-modules javafx.controls -cp "$classpath" \
        org.briefingviewer.benchmark.BareWindow) ;;
      bare_image_runtime) out=$(launch "$image_java" $tuning --enable-native-access=javafx.graphics \
        -cp target/test-classes:target/classes org.briefingviewer.benchmark.BareWindow) ;;
      libraries) out=$(launch java --module-path "$javafx" --add-modules javafx.controls -cp "$classpath" \
        org.briefingviewer.benchmark.LibrariesWindow) ;;
      app) out=$(launch target/briefing-viewer/bin/briefing-viewer --benchmark-startup) ;;
      image) out=$(launch target/dist/briefing-viewer/bin/briefing-viewer --benchmark-startup) ;;
      before) out=$(launch "$BEFORE_IMAGE/bin/briefing-viewer" --benchmark-startup) ;;
    esac
    first_frames[$case]+="$(field "$out" first-frame-ms) "
    launch_times[$case]+="$(field "$out" from-launch-ms) "
  done
done
first_frame() { printf '%s\n' ${first_frames[$1]} | median; }
from_launch() { printf '%s\n' ${launch_times[$1]} | median; }
ratio() { awk "BEGIN {printf \"%.2f\", $1/$2}"; }
row() { # label case
  echo "| $1 | $(first_frame "$2") | $(ratio "$(first_frame "$2")" "$(first_frame bare)") |" \
    "$(ratio "$(first_frame "$2")" "$(first_frame bare_tuned)") | $(from_launch "$2") |"
}
echo "| what | first frame ms | ratio to bare | ratio to bare with the same JVM options | from launch ms |"
echo "|---|---:|---:|---:|---:|"
echo "| bare JavaFX window, no CDS, default JVM options | $(first_frame bare) | 1.00 | | $(from_launch bare) |"
row "bare JavaFX window, no CDS, the launcher's JVM options" bare_tuned
row "bare JavaFX window on the app image's runtime, no CDS, the launcher's JVM options" bare_image_runtime
echo "| a window asking of the app's libraries only what its first frame does, no CDS, default JVM options |" \
  "$(first_frame libraries) | $(ratio "$(first_frame libraries)" "$(first_frame bare)") | | $(from_launch libraries) |"
row "app folder, summit briefing, the JDK's own CDS archive only" app
row "app image with its CDS archive" image
[ -z "${BEFORE_IMAGE:-}" ] || row "BEFORE_IMAGE ($BEFORE_IMAGE)" before
echo
echo "## Load and first frame, peak RSS (median of $runs; app image)"
points=()
echo "| briefing | first frame ms | peak RSS MB |"
echo "|---|---:|---:|"
for case in summit 100 1000 5000; do
  file=""
  [ "$case" = summit ] || file="$data/synthetic-$case.json"
  frames=()
  rss=()
  for _ in $(seq "$runs"); do
    out=$(fresh /usr/bin/time -f "rss-kb %M" target/dist/briefing-viewer/bin/briefing-viewer --benchmark-startup $file 2>&1)
    frames+=("$(field "$out" first-frame-ms)")
    rss+=("$(echo "$out" | awk '/rss-kb/ {print int($2/1024)}')")
  done
  frame=$(printf '%s\n' "${frames[@]}" | median)
  memory=$(printf '%s\n' "${rss[@]}" | median)
  echo "| $case | $frame | $memory |"
  panels=$case
  [ "$case" = summit ] && panels=5
  points+=("$panels:$frame:$memory")
done
java -cp "$classpath" org.briefingviewer.benchmark.ScaleChart docs/performance-scale.svg "${points[@]}"
echo "(chart: docs/performance-scale.svg)"

echo
echo "## Loading a bundle in-process (JMH, BundleLoadBenchmark; the launcher's JVM options)"
echo "Cold: the first load in a fresh JVM, median of 7 forks. Warm: median of 5 two-second iterations after 3."
java -cp "$classpath" org.openjdk.jmh.Main BundleLoadBenchmark -p folder="$data" -jvmArgsAppend "$(echo $tuning)" \
  -prof gc -rf json -rff "$data/jmh.json" >/dev/null
java -cp "$classpath" org.briefingviewer.benchmark.JmhTable "$data/jmh.json"

echo
echo "## Switching panels (300 switches after 50 warm-up, the launcher's JVM options; ms)"
echo "| panels | switches | median | p95 | max | busiest frame after, p95 |"
echo "|---:|---|---:|---:|---:|---:|"
for panels in 100 1000 5000; do
  for order in random next; do
    java $tuning -cp "$classpath" org.briefingviewer.benchmark.PanelSwitchBenchmark "$panels" "$order" 2>/dev/null \
      | grep '^|'
  done
done

echo
echo "## A presenter's next (300 steps after 50 warm-up, the launcher's JVM options; ms)"
echo "| panels | windows | median | p95 | max | busiest frame after, p95 |"
echo "|---:|---|---:|---:|---:|---:|"
for panels in 100 1000; do
  for windows in room console; do
    java $tuning -cp "$classpath" org.briefingviewer.benchmark.PresenterStepBenchmark "$panels" "$windows" 2>/dev/null \
      | grep '^|'
  done
done
rm -rf "$data"
