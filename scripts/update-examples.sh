#!/usr/bin/env bash
# Regenerates every committed example output from the example answer files
# with the current code: the gap reports (Markdown and PDF) in examples/,
# examples/fr/, examples/es/ and examples/pt/, the network report of examples/network/,
# and the picture of the first PDF page shown in the README.
#
# Run it after a change to what a report shows, read the diff, commit it.
# `cargo test` fails while an example is out of date
# (tests/cli/report.rs, `committed_examples_are_up_to_date`, which lists the
# same files). Needs pdftoppm (poppler-utils) for the picture.
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
