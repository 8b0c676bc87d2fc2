#!/bin/sh
# Builds a self-contained application image with its own trimmed runtime (jlink + jpackage --type app-image),
# records a class-data sharing archive in it, and smoke-tests it. Run by Maven (see pom.xml); arguments:
#   make-app-image.sh JAVA_HOME PROJECT_DIR BUILD_DIR VERSION MONOCLE_JAR
set -eu
java_home=$1
project=$2
build=$3
version=$4
monocle=$5

lib="$build/briefing-viewer/lib"
work="$build/app-image-input"
dest="$build/dist"
image="$dest/briefing-viewer"

rm -rf "$work" "$dest"
mkdir -p "$work/app" "$work/javafx"
for jar in "$lib"/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar|javafx-*-win.jar) cp "$jar" "$work/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$work/app/" ;;
  esac
done

"$java_home/bin/jpackage" --type app-image --name briefing-viewer --app-version "$version" \
  --dest "$dest" --input "$work/app" \
  --main-jar "briefing-viewer-$version.jar" --main-class org.briefingviewer.app.Main \
  --module-path "$work/javafx" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.xml.dom,jdk.unsupported,javafx.controls \
  --jlink-options "--strip-debug --no-man-pages --no-header-files" \
  --java-options -XX:+UseSerialGC --java-options -Xms64m --java-options -XX:MetaspaceSize=64m \
  --java-options -XX:Tier4InvocationThreshold=30000 \
  --java-options -XX:Tier4MinInvocationThreshold=3600 --java-options -XX:Tier4CompileThreshold=90000 \
  --java-options -XX:Tier4BackEdgeThreshold=240000 \
  --icon "$project/assets/icons/briefing-viewer-256.png" \
  --description "Offline viewer for policy briefings"

# JavaFX's native libraries beside the runtime's own, where JavaFX looks first. Without them every start reads each
# library out of the modules and compares it with a copy in ~/.openjfx/cache (written at the first start), and
# loads that copy. The modules keep theirs, which JavaFX falls back to.
for jar in "$work/javafx"/javafx-*-linux.jar; do
  libraries=$("$java_home/bin/jar" tf "$jar" | grep '^[^/]*\.so$' || true)
  [ -z "$libraries" ] || (cd "$image/lib/runtime/lib" && "$java_home/bin/jar" xf "$jar" $libraries)
done
[ ! -f "$work/javafx/javafx-graphics-"*"-linux.jar" ] || test -s "$image/lib/runtime/lib/libglass.so"

# Class-data sharing. Training runs list the classes the application loads: window starts on the embedded briefing
# and on the example archive, drawn off screen by Monocle, so that no display is needed, and an export of the
# example archive. Each list becomes an archive (the runtime's own classes included): the window maps its own at
# every start, and on Linux the launcher maps the command line's for --export-pdf and --validate (other systems'
# launchers map the window's). One archive of both lists would serve both, but every window start would pay about
# 0.1 s for mapping the export's classes too (see docs/performance.md). The lists stay in the image: Java 17 maps an
# archive only while the image is where it was built, so the first window start anywhere else dumps new ones from
# them (see ClassDataArchive).
cfg="$image/lib/app/briefing-viewer.cfg"
cp "$cfg" "$work/launcher.cfg"
with_options() {
  cp "$work/launcher.cfg" "$cfg"
  for option in "$@"; do echo "java-options=$option" >> "$cfg"; done
}
# One entry per class, then lambda entries, each once; Monocle's own classes are not in the image.
class_list() {
  grep -v -e '^#' -e 'glass/ui/monocle' "$1" > "$work/entries"
  grep -v '^@' "$work/entries" | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++'
  grep '^@' "$work/entries" | awk '!seen[$0]++'
}
# Dumps lib/app/NAME.jsa from lib/app/NAME.classlist: NAME
dump_archive() {
  with_options -Xshare:dump "-XX:SharedClassListFile=$image/lib/app/$1.classlist" \
    "-XX:SharedArchiveFile=\$APPDIR/$1.jsa"
  "$image/bin/briefing-viewer" --version >"$work/$1-dump.log" 2>&1
  test -s "$image/lib/app/$1.jsa"
}
training_home="$work/training-home"
mkdir -p "$training_home"
with_options -Xshare:off "-XX:DumpLoadedClassList=$work/export.classlist"
"$image/bin/briefing-viewer" --export-pdf "$work/training.pdf" --layout handout --sources \
  "$project/docs/examples/minimal.briefing"
# A window start lists its classes: LIST [BRIEFING]
window_training() {
  XDG_DATA_HOME="$training_home" "$java_home/bin/java" -Duser.home="$training_home" -Xshare:off \
    -XX:DumpLoadedClassList="$1" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -cp "$(ls "$lib"/*.jar | tr '\n' ':')$monocle" org.briefingviewer.app.Main --benchmark-startup ${2:+"$2"} \
    >>"$work/window-training.log" 2>&1
}
# The window opens the embedded briefing, then a file, which is checked before it is shown.
if window_training "$work/window-embedded.classlist" &&
    window_training "$work/window-file.classlist" "$project/docs/examples/minimal.briefing"; then
  cat "$work/window-embedded.classlist" "$work/window-file.classlist" > "$work/window.classlist"
else
  echo "warning: the window's training start failed (see $work/window-training.log);" \
    "the window's archive holds the export's classes instead, and the window starts slower" >&2
  cp "$work/export.classlist" "$work/window.classlist"
fi
class_list "$work/window.classlist" > "$image/lib/app/briefing-viewer.classlist"
class_list "$work/export.classlist" > "$image/lib/app/briefing-viewer-cli.classlist"
dump_archive briefing-viewer
dump_archive briefing-viewer-cli
with_options '-XX:SharedArchiveFile=$APPDIR/briefing-viewer.jsa' -Xlog:cds=off

# A desktop entry for Linux, installed with the image's own helper.
cat > "$image/install-desktop-entry.sh" <<'ENTRY'
#!/bin/sh
# Adds Briefing Viewer to the desktop's application menu for this user.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
applications="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$applications"
cat > "$applications/briefing-viewer.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Briefing Viewer
Comment=Read, present and export policy briefings
Exec="$here/bin/briefing-viewer" %f
Icon=$here/lib/briefing-viewer.png
Terminal=false
Categories=Office;Viewer;
MimeType=application/json;
DESKTOP
echo "Installed $applications/briefing-viewer.desktop"
ENTRY
chmod +x "$image/install-desktop-entry.sh"

# jpackage's Linux launcher asks rpm, then dpkg, which package owns it before it starts Java, and its library asks
# again: 0.3 s of every start where 763 packages are installed, more where there are thousands (see
# docs/performance.md). On Linux the launcher is replaced by a script that starts the image's own Java with the
# settings jpackage wrote to the launcher's configuration, through a copy of the runtime's java named after the
# application, so that process lists show its name.
linux_launcher() {
  if grep -q '["`\\]' "$cfg"; then
    echo "error: $cfg holds a quote or backslash, which the launcher script cannot carry" >&2
    return 1
  fi
  echo '#!/bin/sh'
  echo '# Starts Briefing Viewer on the Java runtime in this folder, with the settings of lib/app/briefing-viewer.cfg.'
  echo 'app=$(dirname "$(dirname "$(readlink -f "$0")")")/lib/app'
  cat <<'CHOICE'
# Work from the command line maps the archive made for it; an export, like the app folder's, runs on the quick
# compiler alone, which suits a run of about a second.
archive=briefing-viewer
compiler=
for argument; do
  case $argument in
    --export-pdf|--export-pdf=*) archive=briefing-viewer-cli compiler=-XX:TieredStopAtLevel=1 ;;
    --validate|--validate=*) archive=briefing-viewer-cli ;;
    --version|--help|-h|-V) compiler=-XX:TieredStopAtLevel=1 ;;
  esac
done
CHOICE
  printf 'exec "$app/../runtime/bin/briefing-viewer"'
  sed -n 's/^java-options=//p' "$cfg" | sed -e 's/\$APPDIR/$app/g' -e 's|/briefing-viewer\.jsa$|/$archive.jsa|' |
    while IFS= read -r option; do
      printf ' \\\n  "%s"' "$option"
    done
  printf ' \\\n  ${compiler:+"$compiler"}'
  printf ' \\\n  -cp "%s"' "$(sed -n 's/^app.classpath=//p' "$cfg" | sed 's/\$APPDIR/$app/g' | paste -sd: -)"
  printf ' \\\n  %s "$@"\n' "$(sed -n 's/^app.mainclass=//p' "$cfg")"
}
if [ "$(uname -s)" = Linux ]; then
  linux_launcher > "$work/launcher.sh"
  cp "$work/launcher.sh" "$image/bin/briefing-viewer"
  cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/briefing-viewer"
  rm "$image/lib/libapplauncher.so"
fi

# Smoke test: the image runs on its own runtime, with no display, and maps the archive made for each kind of start
# (-Xshare:on makes an archive that does not map an error).
JAVA_TOOL_OPTIONS=-Xshare:on "$image/bin/briefing-viewer" --version
JAVA_TOOL_OPTIONS=-Xshare:on "$image/bin/briefing-viewer" --export-pdf "$work/smoke.pdf" --panels trade --layout slides
test -s "$work/smoke.pdf"
# An installer puts the image elsewhere, where Java 17 would not map the build's archives: its post-install step runs
# --prepare-class-data (README), which must leave archives that map there.
if [ "$(uname -s)" = Linux ]; then
  installed="$work/installed image"
  rm -rf "$installed"
  cp -a "$image" "$installed"
  "$installed/bin/briefing-viewer" --prepare-class-data
  JAVA_TOOL_OPTIONS=-Xshare:on "$installed/bin/briefing-viewer" --version >/dev/null
  JAVA_TOOL_OPTIONS=-Xshare:on "$installed/bin/briefing-viewer" --export-pdf "$work/installed.pdf" --panels trade
  test -s "$work/installed.pdf"
  rm -rf "$installed"
fi
echo "App image: $image"
