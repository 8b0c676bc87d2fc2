#!/usr/bin/env bash
# Exports generated valid-but-odd briefings in every layout and checks each PDF with veraPDF (PDF/A-2u, PDF/UA-1).
# mvn verify runs two; this runs as many as asked, from a first seed, and fails on any rule:
#   bash src/test/scripts/odd-briefings.sh [COUNT] [FIRST_SEED]
# A failing briefing and its PDFs are kept in target/odd-briefings/. One briefing takes about 10 s here.
set -euo pipefail
cd "$(dirname "$0")/../../.."
count="${1:-500}"
first="${2:-1000}"
mvn -B test -Dtest=OddBriefingsTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dodd.count="$count" -Dodd.firstSeed="$first" -DtrimStackTrace=true
