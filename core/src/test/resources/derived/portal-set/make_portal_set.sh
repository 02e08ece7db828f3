#!/bin/sh
# Makes the portal-page set (README.md beside this script) in OUT (default /tmp/portal-set): 75 pages as HTML with
# their truth (PortalPageSet, core's test classes), each printed to PDF by headless chromium as make.sh prints, then
# copied with pdftotext -layout, plain pdftotext and pdftotext -raw, and converted to Markdown (pipe_tables.py,
# html2text). About two minutes on 2 cores.
# Needs (Debian 12, as root): apt-get install -y poppler-utils chromium fonts-noto-cjk
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../../../.." && pwd)
OUT=${1:-/tmp/portal-set}
CHROMIUM=${CHROMIUM:-chromium}
export FONTCONFIG_FILE=${FONTCONFIG_FILE:-$HERE/fonts.conf}
BUILD=target-portal-set
mkdir -p "$OUT"
(cd "$ROOT" && mvn -B -q -Dxxgk.build=$BUILD -DskipTests -Dcheckstyle.skip test-compile -pl core \
  && mvn -B -q -Dxxgk.build=$BUILD dependency:build-classpath -pl core -Dmdep.includeScope=test \
       -Dmdep.outputFile="$OUT/classpath.txt")
java -cp "$ROOT/core/$BUILD/test-classes:$ROOT/core/$BUILD/classes:$(cat "$OUT/classpath.txt")" \
  org.xxgk.property.PortalPageSet "$OUT"
print() {  # $1 = seed
  profile=$(mktemp -d)
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --print-to-pdf="$OUT/$1.pdf" --no-pdf-header-footer "file://$OUT/$1.html" \
    >/dev/null 2>&1
  rm -rf "$profile"
  test -s "$OUT/$1.pdf" || { echo "chromium wrote no $OUT/$1.pdf" >&2; exit 1; }
  pdftotext -layout -enc UTF-8 "$OUT/$1.pdf" "$OUT/$1.layout.txt"
  pdftotext -enc UTF-8 "$OUT/$1.pdf" "$OUT/$1.plain.txt"
  pdftotext -raw -enc UTF-8 "$OUT/$1.pdf" "$OUT/$1.raw.txt"
  # pdfminer's pdf2txt where Debian's python3-pdfminer is installed
  if [ -x /usr/bin/pdf2txt ]; then /usr/bin/python3 /usr/bin/pdf2txt "$OUT/$1.pdf" > "$OUT/$1.miner.txt"; fi
}
for html in "$OUT"/*.html; do print "$(basename "$html" .html)"; done
# the pages as converters write them: pipe tables whose merged cells repeat their text or are empty, and html2text's
# Markdown where Debian's python3-html2text is installed
for html in "$OUT"/*.html; do
  seed=$(basename "$html" .html)
  python3 "$HERE/pipe_tables.py" "$html" dup > "$OUT/$seed.dup.md"
  python3 "$HERE/pipe_tables.py" "$html" blank > "$OUT/$seed.blank.md"
  if /usr/bin/python3 -c 'import html2text' 2>/dev/null; then
    /usr/bin/python3 -c 'import html2text, sys
sys.stdout.write(html2text.HTML2Text().handle(open(sys.argv[1], encoding="utf-8").read()))' "$html" \
      > "$OUT/$seed.h2t.txt"
  fi
done
