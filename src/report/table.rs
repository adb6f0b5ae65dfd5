//! Text for a terminal: tables (comfy-table) and lists. Every text from a
//! view passes through [`escape::controls`], so nothing typed into a file
//! can act on the terminal.

use std::fmt::Write as _;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};

use super::findings::Findings;
use super::network::NetworkReport;
use super::progress::Progress;
use super::scores::Scores;
use crate::escape::{controls, controls_but_newlines};
use crate::i18n::Tr;

fn table(width: u16, header: Vec<String>) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(header.iter().map(|h| controls(h)).collect::<Vec<_>>());
    t
}

fn right_align(t: &mut Table, columns: impl IntoIterator<Item = usize>) {
    for i in columns {
        if let Some(col) = t.column_mut(i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
}

fn row(cells: &[String]) -> Vec<String> {
    cells.iter().map(|c| controls(c)).collect()
}

/// One file's scores: heading line, table, coverage line.
pub fn scores(s: &Scores, width: u16) -> String {
    let mut t = table(width, s.columns.to_vec());
    for r in &s.rows {
        t.add_row(row(r));
    }
    right_align(&mut t, [1, 3, 4, 5]);
    if let Some(col) = t.column_mut(0) {
        col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(12)));
    }
    let mut o = format!("{}\n{t}\n{}\n", controls(&s.heading), controls(&s.coverage));
    if let Some(p) = &s.provisional {
        let _ = writeln!(o, "{}", controls(p));
    }
    o
}

/// The network view: heading, spread table with a column per country, and
/// the two lists of criteria.
pub fn network(n: &NetworkReport, width: u16) -> String {
    let mut header: Vec<String> = n.labels.spread_columns.to_vec();
    header.extend(n.countries.iter().map(|c| c.label.clone()));
    let columns = header.len();
    let mut t = table(width, header);
    for s in &n.spreads {
        let mut cells = vec![s.title.clone()];
        cells.extend(s.figures.iter().cloned());
        cells.extend(s.countries.iter().cloned());
        t.add_row(row(&cells));
    }
    right_align(&mut t, 1..columns);
    let mut o = format!("{}\n{t}\n", controls(&n.heading));
    let colon = Tr::new(n.lang).t("label-separator");
    for list in [&n.disagreements, &n.below_target] {
        if list.rows.is_empty() {
            continue;
        }
        let _ = writeln!(o, "\n{}{}", controls(&list.title), colon.trim_end());
        for r in &list.rows {
            let _ = writeln!(
                o,
                "  {}  {}  ({})",
                controls(&r.id),
                controls(&r.line),
                controls(&r.by_country)
            );
        }
        if let Some(more) = &list.more {
            let _ = writeln!(o, "  {}", controls(more));
        }
    }
    if !n.findings.is_empty() {
        let _ = writeln!(o, "\n{}:", controls(&n.labels.findings));
        for area in &n.findings {
            let _ = writeln!(o, "  {}", controls(&area.area));
            for (country, lines) in &area.countries {
                let _ = writeln!(o, "    {}", controls(country));
                for (label, text) in lines {
                    let _ = writeln!(
                        o,
                        "      {}{}{}",
                        controls(label),
                        n.labels.separator,
                        controls(text)
                    );
                }
            }
        }
    }
    o
}

/// Progress: heading, the table of areas, and the lists of changed criteria.
pub fn progress(p: &Progress, width: u16) -> String {
    let mut t = table(width, p.columns.to_vec());
    for r in &p.rows {
        t.add_row(row(&[
            r.title.clone(),
            r.old.clone(),
            r.new.clone(),
            r.change.clone(),
            r.old_answered.clone(),
            r.new_answered.clone(),
        ]));
    }
    right_align(&mut t, 1..6);
    let colon = Tr::new(p.lang).t("label-separator");
    let mut o = format!("{}{colon}{}\n{t}\n", controls(&p.title), controls(&p.files));
    for list in &p.lists {
        if list.rows.is_empty() {
            continue;
        }
        let _ = writeln!(
            o,
            "\n{}{}",
            controls(&list.title_with_count),
            colon.trim_end()
        );
        for r in &list.rows {
            let _ = write!(o, "  {}  {} -> {}", controls(&r.id), r.old, r.new);
            if let Some(title) = &r.title {
                let _ = write!(o, "  {}", controls(title));
            }
            o.push('\n');
        }
    }
    o
}

/// Findings as compilers print them (a code repeated in a file as one line
/// with a count), then the valid files, what changed since `--against`, and
/// a summary.
pub fn findings(f: &Findings) -> String {
    let mut o = String::new();
    for s in &f.shown {
        let _ = writeln!(o, "{}{}", s.diagnostic, s.more);
    }
    for line in &f.lines {
        let _ = writeln!(o, "{}", controls_but_newlines(line));
    }
    let _ = writeln!(o, "{}", f.summary);
    if let Some(line) = &f.silenced_line {
        let _ = writeln!(o, "{line}");
    }
    o
}
