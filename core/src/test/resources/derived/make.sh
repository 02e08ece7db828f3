#!/bin/sh
# Regenerates the derived layouts of the seed fixtures (see README.md beside this script):
#   core/src/test/resources/derived/pdftotext/NNN.txt        pdftotext -layout of extract-pdf's fixtures/NNN.pdf
#   core/src/test/resources/derived/pdftotext-plain/NNN.txt  plain pdftotext (no -layout) of the same PDFs
#   core/src/test/resources/derived/pdftotext-raw/NNN.txt, real-014.txt  pdftotext -raw of those and of real/014.pdf
#   core/src/test/resources/derived/pdfminer/NNN.txt, real-014.txt  pdfminer's pdf2txt of the fixture PDFs and 014
#   extract-html/src/test/resources/derived/blank-org.html   000.html with section 三's five organisation columns emptied
#   extract-html/src/test/resources/derived/blank-org.json   its golden file (000's, those 115 cells null)
#   extract-pdf/src/test/resources/derived/chromium/NNN.pdf  headless Chromium print of extract-html's fixtures/NNN.html
#   extract-pdf/src/test/resources/derived/chromium/blank-org.pdf (+ a copy of blank-org.json)
#   core/src/test/resources/derived/pdftotext-chromium/NNN.txt, blank-org.txt   pdftotext -layout of those prints
#   core/src/test/resources/derived/pdftotext-chromium-plain/NNN.txt           plain pdftotext of the five prints
#   core/src/test/resources/derived/one-line/NNN.txt    a fixture page's whole text on one line (make_one_line.py)
#   extract-html/src/test/resources/derived/pandoc-gfm/NNN.md   a fixture page as a Word document, then as GitHub
#                                                               Markdown (pandoc both ways)
#   core/src/test/resources/derived/html2text/NNN.txt   a fixture page as html2text (Python) writes it
# Needs (Debian 12, as root): apt-get install -y poppler-utils chromium fonts-noto-cjk pandoc python3-html2text python3-pdfminer ;
# python3 (standard library; /usr/bin/python3 for html2text).
# Works offline: the pages reference nothing but root-relative images/CSS/JS that do not exist under file://.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../../.." && pwd)
PDF_FIX="$ROOT/extract-pdf/src/test/resources/fixtures"
HTML_FIX="$ROOT/extract-html/src/test/resources/fixtures"
GOLDEN="$ROOT/core/src/test/resources/golden"
OUT_TXT="$HERE/pdftotext"
OUT_HTML="$ROOT/extract-html/src/test/resources/derived"
OUT_PDF="$ROOT/extract-pdf/src/test/resources/derived/chromium"
CHROMIUM=${CHROMIUM:-chromium}
mkdir -p "$OUT_TXT" "$OUT_HTML" "$OUT_PDF"

# a. pdftotext -layout (UTF-8, form feeds between pages kept as pdftotext writes them)
for pdf in "$PDF_FIX"/00[0-9].pdf; do
  id=$(basename "$pdf" .pdf)
  pdftotext -layout -enc UTF-8 "$pdf" "$OUT_TXT/$id.txt"
done

# a2. plain pdftotext (pdftotext's own reading order: one cell a paragraph, some labels moved after the values)
OUT_PLAIN_FIX="$HERE/pdftotext-plain"
mkdir -p "$OUT_PLAIN_FIX"
for pdf in "$PDF_FIX"/00[0-9].pdf; do
  pdftotext -enc UTF-8 "$pdf" "$OUT_PLAIN_FIX/$(basename "$pdf" .pdf).txt"
done

# a3. pdftotext -raw (the text in the order the PDF draws it: a row's cells one after the other) of the same PDFs and
# of the real WPS PDF 014
OUT_RAW="$HERE/pdftotext-raw"
mkdir -p "$OUT_RAW"
for pdf in "$PDF_FIX"/00[0-9].pdf; do
  pdftotext -raw -enc UTF-8 "$pdf" "$OUT_RAW/$(basename "$pdf" .pdf).txt"
done
pdftotext -raw -enc UTF-8 "$ROOT/extract-pdf/src/test/resources/real/014.pdf" "$OUT_RAW/real-014.txt"

# a4. pdfminer's pdf2txt (Debian's python3-pdfminer), as Python pipelines copy a PDF: its text boxes one after the
# other, a table's values often column by column after its labels
OUT_MINER="$HERE/pdfminer"
mkdir -p "$OUT_MINER"
for pdf in "$PDF_FIX"/00[0-9].pdf; do
  /usr/bin/python3 /usr/bin/pdf2txt "$pdf" > "$OUT_MINER/$(basename "$pdf" .pdf).txt"
done
/usr/bin/python3 /usr/bin/pdf2txt "$ROOT/extract-pdf/src/test/resources/real/014.pdf" > "$OUT_MINER/real-014.txt"

# c. the blank-organisation page and its golden file
python3 "$HERE/make_blank_org.py" "$HTML_FIX/000.html" "$GOLDEN/000_5657be0d32f901c0.json" \
  "$OUT_HTML/blank-org.html" "$OUT_HTML/blank-org.json"
cp "$OUT_HTML/blank-org.json" "$OUT_PDF/blank-org.json"

# b. Chromium prints (A4/Letter is Chromium's default for the locale; no header/footer)
print_pdf() {  # $1 = html file, $2 = output pdf
  profile=$(mktemp -d)
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --print-to-pdf="$2" --no-pdf-header-footer "file://$1" >/dev/null 2>&1
  rm -rf "$profile"
  test -s "$2" || { echo "chromium wrote no $2" >&2; exit 1; }
}
for html in "$HTML_FIX"/00[0-9].html; do
  id=$(basename "$html" .html)
  print_pdf "$html" "$OUT_PDF/$id.pdf"
done
print_pdf "$OUT_HTML/blank-org.html" "$OUT_PDF/blank-org.pdf"

# d. pdftotext -layout of the Chromium prints (a web page printed to PDF, then copied as text)
OUT_CHROMIUM_TXT="$HERE/pdftotext-chromium"
mkdir -p "$OUT_CHROMIUM_TXT"
for pdf in "$OUT_PDF"/*.pdf; do
  pdftotext -layout -enc UTF-8 "$pdf" "$OUT_CHROMIUM_TXT/$(basename "$pdf" .pdf).txt"
done
cp "$OUT_HTML/blank-org.json" "$OUT_CHROMIUM_TXT/blank-org.json"
# e. plain pdftotext (no -layout: each text column of the page in turn) of the five prints
OUT_PLAIN_TXT="$HERE/pdftotext-chromium-plain"
mkdir -p "$OUT_PLAIN_TXT"
for pdf in "$OUT_PDF"/00[0-9].pdf; do
  pdftotext -enc UTF-8 "$pdf" "$OUT_PLAIN_TXT/$(basename "$pdf" .pdf).txt"
done

# f. each fixture page as a crawler copies it: its whole text, chrome included, on one line
OUT_ONE_LINE="$HERE/one-line"
mkdir -p "$OUT_ONE_LINE"
for html in "$HTML_FIX"/00[0-9].html; do
  python3 "$HERE/make_one_line.py" "$html" "$OUT_ONE_LINE/$(basename "$html" .html).txt"
done

# g. each fixture page as a Word document, then that document as GitHub Markdown (pandoc 2.17 both ways): its simple
#    tables as pipe tables with merged cells as empty ones, its tables with row spans as HTML, its headings in bold
OUT_PANDOC="$OUT_HTML/pandoc-gfm"
mkdir -p "$OUT_PANDOC"
for html in "$HTML_FIX"/00[0-9].html; do
  id=$(basename "$html" .html)
  tmp=$(mktemp -d)
  # UTF-8 for pandoc (002 is GBK), its images left out (pandoc stops at an image it cannot open)
  python3 -c 'import re, sys
b = open(sys.argv[1], "rb").read()
try:
    t = b.decode("utf-8")
except UnicodeDecodeError:
    t = b.decode("gb18030")
open(sys.argv[2], "w", encoding="utf-8").write(re.sub(r"(?i)<img[^>]*>", "", t))' "$html" "$tmp/page.html"
  pandoc -f html -t docx -o "$tmp/page.docx" "$tmp/page.html"
  pandoc -f docx -t gfm -o "$OUT_PANDOC/$id.md" "$tmp/page.docx"
  rm -rf "$tmp"
done

# h. each fixture page as html2text (Python, Debian's 2020.1.16, its defaults) writes it, as crawlers store pages:
#    a Word page's cells hold paragraphs, so each cell's text stands on lines of its own, a bare | between two cells
OUT_HTML2TEXT="$HERE/html2text"
mkdir -p "$OUT_HTML2TEXT"
for html in "$HTML_FIX"/00[0-9].html; do
  /usr/bin/python3 -c 'import html2text, sys
b = open(sys.argv[1], "rb").read()
try:
    t = b.decode("utf-8")
except UnicodeDecodeError:
    t = b.decode("gb18030")
sys.stdout.write(html2text.HTML2Text().handle(t))' "$html" > "$OUT_HTML2TEXT/$(basename "$html" .html).txt"
done

echo "derived layouts written:"
ls -l "$OUT_TXT" "$OUT_PLAIN_FIX" "$OUT_CHROMIUM_TXT" "$OUT_PLAIN_TXT" "$OUT_ONE_LINE" "$OUT_HTML" "$OUT_PDF" "$OUT_PANDOC" "$OUT_HTML2TEXT"
