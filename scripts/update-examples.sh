#!/usr/bin/env bash
# Regenerates every committed example output from the example answer files
# with the current code: the gap reports (Markdown and PDF) in examples/,
# examples/fr/, examples/es/ and examples/pt/, the network report of examples/network/,
# the member states' answers there as filled workbooks and the network
# report made from those, and the pictures shown in the README and the docs
# (the first PDF page; the Answers sheet of a workbook as LibreOffice prints
# it).
#
# Run it after a change to what a report shows, read the diff, commit it.
# `cargo test` fails while an example is out of date
# (tests/cli/report.rs, `committed_markdown_examples_are_up_to_date` and
# `committed_pdf_examples_are_up_to_date`, which list the same files;
# tests/cli/workbook.rs checks the workbooks). Needs pdftoppm
# (poppler-utils) for the pictures, and LibreOffice (libreoffice-calc-nogui)
# with the Carlito font (fonts-crosextra-carlito, metric-compatible with
# Excel's Calibri) for the picture of the workbook.
set -euo pipefail
cd "$(dirname "$0")/.."

# The examples name their language; keep the environment's out of the way.
unset LC_ALL LC_MESSAGES LANG

cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/wen-assess"

report() {
  "$bin" report "$@"
}

report examples/strengthening-example.yaml -o examples/strengthening-example-report.md
report examples/strengthening-example.yaml --format pdf -o examples/strengthening-example-report.pdf
report examples/establishing-example.yaml -o examples/establishing-example-report.md

report examples/fr/exemple-renforcement.yaml -o examples/fr/exemple-renforcement-report.md
report examples/fr/exemple-renforcement.yaml --format pdf -o examples/fr/exemple-renforcement-report.pdf

report examples/pt/exemplo-estabelecimento.yaml -o examples/pt/exemplo-estabelecimento-report.md
report examples/pt/exemplo-estabelecimento.yaml --format pdf -o examples/pt/exemplo-estabelecimento-report.pdf

report examples/es/ejemplo-establecimiento.yaml -o examples/es/ejemplo-establecimiento-report.md
report examples/es/ejemplo-establecimiento.yaml --format pdf -o examples/es/ejemplo-establecimiento-report.pdf

network=(
  examples/network/atlantis-coast.yaml
  examples/network/borealia.yaml
  examples/network/costa-serena.yaml
  examples/network/dunmore-islands.yaml
)
report --aggregate "${network[@]}" -o examples/network/network-report.md
report --aggregate "${network[@]}" --format pdf -o examples/network/network-report.pdf

# First page of the English PDF, A4 at 70 dpi (579 x 819 pixels).
pdftoppm -png -r 70 -f 1 -l 1 -singlefile \
  examples/strengthening-example-report.pdf examples/strengthening-example-report-page1

# The member states' answers as the workbooks they would send back, and the
# network report made from those workbooks.
for n in "${network[@]}"; do
  "$bin" convert --force "$n" "${n%.yaml}.xlsx" 2>/dev/null
done
report --aggregate "${network[@]/%.yaml/.xlsx}" -o examples/network/network-report-from-workbooks.md

# The Answers sheet as printed by LibreOffice: the top of its first page,
# at 100 dpi (A4 landscape is 1169 pixels wide).
if command -v soffice >/dev/null 2>&1; then
  tmp="$(mktemp -d)"
  soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf \
    --outdir "$tmp" examples/network/atlantis-coast.xlsx >/dev/null
  page=1
  until pdftotext -f "$page" -l "$page" "$tmp/atlantis-coast.pdf" - | grep -q "Reason (for"; do
    page=$((page + 1))
  done
  pdftoppm -png -r 100 -f "$page" -l "$page" -singlefile -x 0 -y 0 -W 1169 -H 600 \
    "$tmp/atlantis-coast.pdf" examples/network/atlantis-coast-answers-sheet
  rm -rf "$tmp"
else
  echo "soffice not found: the picture of the workbook is not updated" >&2
fi
