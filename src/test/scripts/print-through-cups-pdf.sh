#!/usr/bin/env bash
# Prints the summit through a real CUPS queue whose printer writes PDF files (CUPS-PDF), and checks that what
# came out of the printer matches the exported PDF of the same layout: the same number of pages, in the same
# order, each the same picture turned the same way. Run on purpose, as root (it installs Debian's cups,
# cups-bsd, printer-driver-cups-pdf, poppler-utils and imagemagick, and starts cupsd); mvn verify does not.
#   bash src/test/scripts/print-through-cups-pdf.sh [LAYOUT ...]     (default: slides handout)
set -euo pipefail
cd "$(dirname "$0")/../../.."
layouts=("${@:-slides handout}")
read -r -a layouts <<<"${layouts[*]}"
queue=BriefingPDF
work="$(realpath -m target/print-through-cups-pdf)"
fail() { echo "print-through-cups-pdf: $*" >&2; exit 1; }

if ! command -v lpr >/dev/null || [ ! -e /usr/lib/cups/backend/cups-pdf ] || ! command -v compare >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cups cups-bsd printer-driver-cups-pdf poppler-utils \
    imagemagick >/dev/null
fi
pgrep -x cupsd >/dev/null || cupsd
for _ in $(seq 20); do lpstat -r >/dev/null 2>&1 && break; sleep 0.5; done
lpstat -p "$queue" >/dev/null 2>&1 \
  || lpadmin -p "$queue" -E -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
out_dir="$HOME/PDF"
mvn -B -q -DskipTests package
viewer=target/briefing-viewer/bin/briefing-viewer

# Renders a PDF's pages at 24 dpi, each turned to landscape if the expected page is landscape.
pages_of() { rm -rf "$2" && mkdir -p "$2" && pdftoppm -r 24 -png "$1" "$2/p"; }

for layout in "${layouts[@]}"; do
  rm -rf "$work/$layout" "$out_dir" && mkdir -p "$work/$layout"
  "$viewer" --export-pdf "$work/$layout/expected.pdf" --layout "$layout"
  "$viewer" --print --printer "$queue" --layout "$layout"
  printed=""
  for _ in $(seq 120); do
    printed=$(find "$out_dir" -name '*.pdf' -size +1k 2>/dev/null | head -1)
    [ -n "$printed" ] && ! lpstat -o "$queue" | grep -q . && break
    sleep 0.5
  done
  [ -n "$printed" ] || fail "$layout: CUPS-PDF wrote nothing to $out_dir within a minute"
  sleep 1
  cp "$printed" "$work/$layout/printed.pdf"
  expected_pages=$(pdfinfo "$work/$layout/expected.pdf" | awk '/^Pages:/ {print $2}')
  printed_pages=$(pdfinfo "$work/$layout/printed.pdf" | awk '/^Pages:/ {print $2}')
  [ "$expected_pages" = "$printed_pages" ] || fail "$layout: $expected_pages pages exported, $printed_pages printed"
  pages_of "$work/$layout/expected.pdf" "$work/$layout/expected"
  pages_of "$work/$layout/printed.pdf" "$work/$layout/printed"
  for expected in "$work/$layout"/expected/p-*.png; do
    page=$(basename "$expected")
    printed_page="$work/$layout/printed/$page"
    read -r ew eh <<<"$(identify -format '%w %h' "$expected")"
    read -r pw ph <<<"$(identify -format '%w %h' "$printed_page")"
    # A landscape page prints turned on portrait paper; turn it back before comparing.
    if [ $((ew > eh)) != $((pw > ph)) ]; then convert "$printed_page" -rotate 90 "$printed_page"; fi
    convert "$printed_page" -resize "${ew}x${eh}!" "$printed_page"
    # compare exits 1 when the pictures differ at all; the figure is what counts.
    difference=$({ compare -metric RMSE "$expected" "$printed_page" null: 2>&1 || true; } | sed -E 's/.*\((.*)\)/\1/')
    awk -v d="$difference" 'BEGIN { exit !(d < 0.12) }' \
      || fail "$layout: printed $page differs from the PDF's (RMSE $difference)"
  done
  echo "print-through-cups-pdf: $layout: $printed_pages pages printed, in order and turned as the PDF's"
done
