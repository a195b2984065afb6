#!/usr/bin/env bash
# Makes the sample PDFs data/corpus/pdf/<id>.pdf from the agreement XML files in
# data/corpus/agreements/ (or from the files given as arguments), with Debian tools only:
#   xmllint (validate) -> xsltproc scripts/agreement_to_ms.xsl (groff ms source)
#   -> groff -Kutf8 -t -ms -Tpdf (A4, justified, hyphenated, running header, page numbers).
# Deterministic: the same XML gives the same PDF bytes. gropdf stamps /CreationDate and
# /ModDate from SOURCE_DATE_EPOCH, which is set to the agreement's signing date (00:00 UTC).
# Needs: libxml2-utils, xsltproc, groff, ghostscript (see scripts/install-deps.sh).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
xsl="$root/scripts/agreement_to_ms.xsl"
xsd="$root/schemas/agreement.xsd"
out="$root/data/corpus/pdf"

for tool in xmllint xsltproc groff; do
  command -v "$tool" >/dev/null || { echo "make_sample_pdfs: $tool not found (run scripts/install-deps.sh)" >&2; exit 1; }
done

if [ $# -gt 0 ]; then
  files=("$@")
else
  files=("$root"/data/corpus/agreements/*.xml)
fi

mkdir -p "$out"
export LC_ALL=C.UTF-8 TZ=UTC
for xml in "${files[@]}"; do
  xmllint --noout --schema "$xsd" "$xml" 2>/dev/null || { echo "make_sample_pdfs: $xml is not valid against $xsd" >&2; exit 1; }
  id="$(xmllint --xpath 'string(/agreement/@id)' "$xml")"
  signed="$(xmllint --xpath 'string(/agreement/signed/@date)' "$xml")"
  epoch="$(date -u -d "$signed" +%s)"
  tmp="$out/.$id.pdf.tmp"
  xsltproc "$xsl" "$xml" \
    | SOURCE_DATE_EPOCH="$epoch" groff -Kutf8 -t -ms -Tpdf -dpaper=a4 -P-pa4 -ww >"$tmp"
  mv "$tmp" "$out/$id.pdf"
  pages="$(LC_ALL=C pdfinfo "$out/$id.pdf" 2>/dev/null | sed -n 's/^Pages: *//p' || true)"
  echo "make_sample_pdfs: $out/$id.pdf (${pages:-?} pages, $(stat -c %s "$out/$id.pdf") bytes)"
done
