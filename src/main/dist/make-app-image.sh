#!/bin/sh
# Builds a self-contained application image with its own trimmed runtime (jlink + jpackage --type app-image),
# records a class-data sharing archive in it, and smoke-tests it. Run by Maven (see pom.xml); arguments:
#   make-app-image.sh JDK PROJECT_DIR BUILD_DIR VERSION MONOCLE_JAR
set -eu
given_jdk=$1
project=$2
build=$3
version=$4
monocle=$5

lib="$build/briefing-viewer/lib"
work="$build/app-image-input"
dest="$build/dist"
image="$dest/briefing-viewer"

# The feature version of the JDK in folder $1, or 0.
jdk_version() {
  feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true)
  echo "${feature:-0}"
}
# The image's runtime comes from a JDK 25 or newer, whose class-data archives map wherever the image is put (Java 17
# maps one only where it was made): the given JDK if it is one, else the newest such JDK installed beside it.
# Failing both, the given JDK's runtime, with no archive of the application's classes.
jdk=$given_jdk
if [ "$(jdk_version "$jdk")" -lt 25 ]; then
  for candidate in "$(dirname "$given_jdk")"/*; do
    if [ -x "$candidate/bin/jpackage" ] && [ "$(jdk_version "$candidate")" -gt "$(jdk_version "$jdk")" ]; then
      jdk=$candidate
    fi
  done
fi
archived=$([ "$(jdk_version "$jdk")" -ge 25 ] && echo yes || echo no)
echo "App image runtime: $jdk (Java $(jdk_version "$jdk")); class-data archive: $archived"
# Since Java 24, JavaFX 21's native libraries and off-heap memory each print a warning at start unless allowed.
newer_runtime_options=
if [ "$(jdk_version "$jdk")" -ge 24 ]; then
  newer_runtime_options="--java-options --enable-native-access=javafx.graphics"
  newer_runtime_options="$newer_runtime_options --java-options --sun-misc-unsafe-memory-access=allow"
fi

rm -rf "$work" "$dest"
mkdir -p "$work/app" "$work/javafx"
for jar in "$lib"/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar|javafx-*-win.jar) cp "$jar" "$work/javafx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$work/app/" ;;
  esac
done

# jlink before jpackage: a JDK without jmods (Temurin's, since 25) links from its own runtime, which jlink does and
# jpackage does not.
"$jdk/bin/jlink" --module-path "$work/javafx" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.xml.dom,jdk.unsupported,javafx.controls \
  --strip-debug --no-man-pages --no-header-files --output "$work/runtime"
"$jdk/bin/jpackage" --type app-image --name briefing-viewer --app-version "$version" \
  --dest "$dest" --input "$work/app" \
  --main-jar "briefing-viewer-$version.jar" --main-class org.briefingviewer.app.Main \
  --runtime-image "$work/runtime" \
  $(grep -v -e '^#' -e '^$' "$project/src/main/dist/jvm.options" | sed 's/^/--java-options /') $newer_runtime_options \
  --icon "$project/assets/icons/briefing-viewer-256.png" \
  --description "Offline viewer for policy briefings"

# JavaFX's native libraries beside the runtime's own, where JavaFX looks first. Without them every start reads each
# library out of the modules and compares it with a copy in ~/.openjfx/cache (written at the first start), and
# loads that copy. The modules keep theirs, which JavaFX falls back to.
for jar in "$work/javafx"/javafx-*-linux.jar; do
  libraries=$("$jdk/bin/jar" tf "$jar" | grep '^[^/]*\.so$' || true)
  [ -z "$libraries" ] || (cd "$image/lib/runtime/lib" && "$jdk/bin/jar" xf "$jar" $libraries)
done
[ ! -f "$work/javafx/javafx-graphics-"*"-linux.jar" ] || test -s "$image/lib/runtime/lib/libglass.so"

# Class-data sharing. Training runs list the classes the application loads: window starts on the embedded briefing
# and on the example archive, drawn off screen by Monocle, so that no display is needed, and a PDF and a PowerPoint
# export of the example archive. Together they become one archive (the runtime's own classes included), which every start maps.
cfg="$image/lib/app/briefing-viewer.cfg"
cp "$cfg" "$work/launcher.cfg"
with_options() {
  cp "$work/launcher.cfg" "$cfg"
  for option in "$@"; do echo "java-options=$option" >> "$cfg"; done
}
# One entry per class, then lambda entries, each once; Monocle's own classes are not in the image.
class_list() {
  cat "$@" | grep -v -e '^#' -e 'glass/ui/monocle' > "$work/entries"
  grep -v '^@' "$work/entries" | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++'
  grep '^@' "$work/entries" | awk '!seen[$0]++'
}
training_home="$work/training-home"
# A window start lists its classes: LIST [BRIEFING]
window_training() {
  XDG_DATA_HOME="$training_home" "$jdk/bin/java" -Duser.home="$training_home" -Xshare:off \
    -XX:DumpLoadedClassList="$1" -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
    -cp "$(ls "$lib"/*.jar | tr '\n' ':')$monocle" org.briefingviewer.app.Main --benchmark-startup ${2:+"$2"} \
    >>"$work/window-training.log" 2>&1
}
if [ "$archived" = yes ]; then
  mkdir -p "$training_home"
  with_options -Xshare:off "-XX:DumpLoadedClassList=$work/export.classlist"
  "$image/bin/briefing-viewer" --export-pdf "$work/training.pdf" --layout handout --sources \
    "$project/docs/examples/minimal.briefing"
  with_options -Xshare:off "-XX:DumpLoadedClassList=$work/powerpoint.classlist"
  "$image/bin/briefing-viewer" --export-pptx "$work/training.pptx" "$project/docs/examples/minimal.briefing"
  # The window opens the embedded briefing, then a file, which is checked before it is shown.
  if window_training "$work/window-embedded.classlist" &&
      window_training "$work/window-file.classlist" "$project/docs/examples/minimal.briefing"; then
    class_list "$work/window-embedded.classlist" "$work/window-file.classlist" "$work/export.classlist" \
      "$work/powerpoint.classlist" > "$image/lib/app/briefing-viewer.classlist"
  else
    echo "warning: the window's training start failed (see $work/window-training.log);" \
      "the archive holds the export's classes alone, and the window starts slower" >&2
    class_list "$work/export.classlist" "$work/powerpoint.classlist" > "$image/lib/app/briefing-viewer.classlist"
  fi
  with_options -Xshare:dump "-XX:SharedClassListFile=$image/lib/app/briefing-viewer.classlist" \
    '-XX:SharedArchiveFile=$APPDIR/briefing-viewer.jsa'
  "$image/bin/briefing-viewer" --version >"$work/dump.log" 2>&1
  rm "$image/lib/app/briefing-viewer.classlist"
  test -s "$image/lib/app/briefing-viewer.jsa"
  with_options '-XX:SharedArchiveFile=$APPDIR/briefing-viewer.jsa' -Xlog:cds=off
else
  echo "note: no JDK 25 or newer beside $given_jdk, so the image maps only its runtime's own class-data archive" >&2
fi

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
MimeType=application/vnd.briefing-viewer.archive;application/vnd.briefing-viewer+json;application/vnd.briefing-viewer+markdown;
DESKTOP
# Types of their own for briefings: .briefing archives, and bundles named briefing.json or briefing.md, so the
# viewer is offered for those and not for every JSON or Markdown file.
mime="${XDG_DATA_HOME:-$HOME/.local/share}/mime"
mkdir -p "$mime/packages"
cat > "$mime/packages/briefing-viewer.xml" <<TYPES
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/vnd.briefing-viewer.archive">
    <sub-class-of type="application/zip"/>
    <comment>Briefing archive</comment>
    <glob pattern="*.briefing"/>
  </mime-type>
  <mime-type type="application/vnd.briefing-viewer+json">
    <sub-class-of type="application/json"/>
    <comment>Briefing (JSON)</comment>
    <glob pattern="briefing.json" weight="60"/>
  </mime-type>
  <mime-type type="application/vnd.briefing-viewer+markdown">
    <sub-class-of type="text/markdown"/>
    <comment>Briefing (Markdown)</comment>
    <glob pattern="briefing.md" weight="60"/>
  </mime-type>
</mime-info>
TYPES
if command -v update-mime-database >/dev/null; then update-mime-database "$mime"; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database "$applications"; fi
echo "Installed $applications/briefing-viewer.desktop and the briefing file types"
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
  printf 'exec "$app/../runtime/bin/briefing-viewer"'
  sed -n 's/^java-options=//p' "$cfg" | sed 's/\$APPDIR/$app/g' |
    while IFS= read -r option; do
      printf ' \\\n  "%s"' "$option"
    done
  printf ' \\\n  -cp "%s"' "$(sed -n 's/^app.classpath=//p' "$cfg" | sed 's/\$APPDIR/$app/g' | paste -sd: -)"
  printf ' \\\n  %s "$@"\n' "$(sed -n 's/^app.mainclass=//p' "$cfg")"
}
if [ "$(uname -s)" = Linux ]; then
  linux_launcher > "$work/launcher.sh"
  cp "$work/launcher.sh" "$image/bin/briefing-viewer"
  cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/briefing-viewer"
  rm "$image/lib/libapplauncher.so"
fi

# Smoke test: the image runs on its own runtime, with no display, and maps its archive, also once moved elsewhere as
# an installer would (-Xshare:on makes an archive that does not map an error).
share=$([ "$archived" = yes ] && echo -Xshare:on || echo -Xshare:auto)
moved="$work/moved image"
rm -rf "$moved"
cp -a "$image" "$moved"
for copy in "$image" "$moved"; do
  JAVA_TOOL_OPTIONS=$share "$copy/bin/briefing-viewer" --version
  JAVA_TOOL_OPTIONS=$share "$copy/bin/briefing-viewer" --export-pdf "$work/smoke.pdf" --panels trade --layout slides
  test -s "$work/smoke.pdf"
  rm "$work/smoke.pdf"
done
rm -rf "$moved"
echo "App image: $image"
