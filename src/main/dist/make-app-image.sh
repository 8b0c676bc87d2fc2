#!/bin/sh
# Builds a self-contained application image with its own trimmed runtime (jlink + jpackage --type app-image),
# records a class-data sharing archive in it, and smoke-tests it. Run by Maven (see pom.xml); arguments:
#   make-app-image.sh JAVA_HOME PROJECT_DIR BUILD_DIR VERSION
set -eu
java_home=$1
project=$2
build=$3
version=$4

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
  --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
  --java-options -XX:+UseSerialGC --java-options -XX:Tier4InvocationThreshold=100000 \
  --java-options -XX:Tier4MinInvocationThreshold=60000 --java-options -XX:Tier4CompileThreshold=150000 \
  --java-options -XX:Tier4BackEdgeThreshold=400000 \
  --icon "$project/assets/icons/briefing-viewer-256.png" \
  --description "Offline viewer for policy briefings"

# Class-data sharing: a training export records the classes the application loads (on top of the runtime's own
# archive, made by jlink); the launcher then maps them at every start. It exports the example archive, so the
# classes that check a briefing file are recorded as well.
cfg="$image/lib/app/briefing-viewer.cfg"
cp "$cfg" "$work/launcher.cfg"
printf '%s\n' 'java-options=-XX:ArchiveClassesAtExit=$APPDIR/briefing-viewer.jsa' 'java-options=-Xlog:cds=off' \
  'java-options=-Xlog:cds+dynamic=off' >> "$cfg"
"$image/bin/briefing-viewer" --export-pdf "$work/training.pdf" --layout handout --sources \
  "$project/docs/examples/minimal.briefing"
cp "$work/launcher.cfg" "$cfg"
test -s "$image/lib/app/briefing-viewer.jsa"
printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/briefing-viewer.jsa' \
  'java-options=-Xlog:cds=off' 'java-options=-Xlog:cds+dynamic=off' >> "$cfg"

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

# Smoke test: the image runs on its own runtime, with no display.
"$image/bin/briefing-viewer" --version
"$image/bin/briefing-viewer" --export-pdf "$work/smoke.pdf" --panels trade --layout slides
test -s "$work/smoke.pdf"
echo "App image: $image"
