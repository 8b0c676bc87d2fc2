#!/usr/bin/env bash
# Opens the summit's PowerPoint export in LibreOffice Impress (headless) and checks what it made of it: the slides
# and the notes pages as PDFs, one page a slide, with the key figures, the chart's labels and the speaker notes as
# text. soffice exits 0 even when it fails, so its output is checked instead. Installs Debian's libreoffice-impress
# and poppler-utils if missing (as root); the shipped fonts installed (fc-cache) make it draw in Noto Sans.
#   bash src/test/scripts/pptx-in-libreoffice.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../../.."
out="$(realpath -m "${1:-target/pptx-in-libreoffice}")"
if ! command -v soffice >/dev/null || ! command -v pdftotext >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-impress poppler-utils >/dev/null
fi
rm -rf "$out" && mkdir -p "$out/notes"
mvn -B -q -DskipTests package
target/briefing-viewer/bin/briefing-viewer --export-pptx "$out/summit.pptx"
soffice --headless --convert-to pdf --outdir "$out" "$out/summit.pptx" >/dev/null 2>&1 || true
soffice --headless --convert-to \
  'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"},"ExportOnlyNotesPages":{"type":"boolean","value":"true"}}' \
  --outdir "$out/notes" "$out/summit.pptx" >/dev/null 2>&1 || true
fail() { echo "pptx-in-libreoffice: $*" >&2; exit 1; }
[ -s "$out/summit.pdf" ] || fail "LibreOffice made no PDF of the slides"
[ -s "$out/notes/summit.pdf" ] || fail "LibreOffice made no PDF of the notes pages"
slides=$(unzip -l "$out/summit.pptx" | grep -c 'ppt/slides/slide[0-9]*\.xml$')
pages=$(pdfinfo "$out/summit.pdf" | awk '/^Pages:/ {print $2}')
[ "$pages" = "$slides" ] || fail "$slides slides in the file, $pages pages drawn"
text=$(pdftotext "$out/summit.pdf" - | tr -s ' \n' ' ')
for expected in '$350 billion' '25% → 15%' 'Investing in the American economy' 'UNCLASSIFIED · OPEN SOURCE'; do
  grep -qF "$expected" <<<"$text" || fail "the slides lack '$expected'"
done
pdftotext "$out/notes/summit.pdf" - | tr -s ' \n' ' ' | grep -qF 'Lee’s office has confirmed the summit' \
  || fail "the notes pages lack the speaker notes"
echo "pptx-in-libreoffice: $slides slides drawn, figures, chart labels and notes found as text; PDFs in $out"
