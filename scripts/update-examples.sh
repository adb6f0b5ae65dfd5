#!/usr/bin/env bash
# Regenerates every committed example output from the example answer files
# with the current code: the gap reports (Markdown and PDF) in examples/,
# examples/fr/, examples/es/ and examples/pt/, the network example of
# examples/network/ (the member states' answers as filled workbooks, the
# network report made from the files and from the workbooks, the progress
# from 2025 to 2026, the long CSV and the workbook of the network view), and
# the pictures shown in the README and the docs (the first PDF page, the
# heat map of the network report, the Answers sheet of a workbook as
# LibreOffice prints it).
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

# The fictional network: member states' files and the network's own file
# for 2025 and 2026 (one folder per year), the 2026 member states' answers
# as the workbooks they would send back, the network report of 2026 (from
# the YAML files, and from the workbooks with the network's file), the
# progress from 2025 to 2026, and the exports for analysts.
for n in examples/network/2026/*.yaml; do
  name="$(basename "$n" .yaml)"
  [ "$name" = network ] && continue
  "$bin" convert --force "$n" "examples/network/workbooks/$name.xlsx" >/dev/null
done
report --aggregate examples/network/2026 -o examples/network/network-report.md
report --aggregate examples/network/2026 --format pdf -o examples/network/network-report.pdf
report --aggregate examples/network/workbooks examples/network/2026/network.yaml \
  -o examples/network/network-report-from-workbooks.md
# (The 2025 files answered against 1.1.0 are warned about; the report says so too.)
"$bin" compare examples/network/2025 examples/network/2026 --format md \
  -o examples/network/progress-report.md 2>/dev/null
"$bin" compare examples/network/2025 examples/network/2026 --format pdf \
  -o examples/network/progress-report.pdf 2>/dev/null
"$bin" aggregate examples/network/2026 --format csv --by criterion \
  -o examples/network/network-by-criterion.csv
"$bin" aggregate examples/network/2026 --format xlsx -o examples/network/network.xlsx

# The page of the network report with the heat map (member states by area),
# A4 at 70 dpi, for the README.
page=1
until pdftotext -f "$page" -l "$page" examples/network/network-report.pdf - | grep -q "Member states by area"; do
  page=$((page + 1))
done
pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile examples/network/network-report.pdf \
  examples/network/network-report-heat-map

# The Answers sheet as printed by LibreOffice: the top of its first page,
# at 100 dpi (A4 landscape is 1169 pixels wide).
if command -v soffice >/dev/null 2>&1; then
  tmp="$(mktemp -d)"
  soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf \
    --outdir "$tmp" examples/network/workbooks/atlantis-coast.xlsx >/dev/null
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
