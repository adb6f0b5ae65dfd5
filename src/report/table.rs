//! Text for a terminal: tables and lists, laid out for the width of the
//! terminal they are printed on. Every text from a view passes through
//! [`escape::controls`], so nothing typed into a file can act on the
//! terminal.
//!
//! No word is ever broken in the middle: a table's columns are at least as
//! wide as the longest word they hold, cells wrap between words, and lines
//! of text wrap between words too (a terminal breaks a long line wherever
//! the edge falls). When a table does not fit even so, it takes a narrower
//! layout (the network view numbers its area columns and adds a legend),
//! and at last a vertical one: a block per row, `Heading value` pairs.

use std::fmt::Write as _;

use console::measure_text_width as width_of;

use super::findings::Findings;
use super::network::{CriteriaList, NetworkReport};
use super::progress::Progress;
use super::scores::Scores;
use crate::escape::{controls, controls_but_newlines};

/// A row of a table: cells, or a rule between groups of rows.
enum Row {
    Cells(Vec<String>),
    Rule,
}

/// A table before layout.
struct Grid {
    header: Vec<String>,
    rows: Vec<Row>,
    /// Right-aligned columns (figures).
    right: Vec<bool>,
}

impl Grid {
    fn new(header: Vec<String>, right: impl Fn(usize) -> bool) -> Self {
        let right = (0..header.len()).map(right).collect();
        Grid {
            header: header.iter().map(|h| controls(h)).collect(),
            rows: Vec::new(),
            right,
        }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.rows
            .push(Row::Cells(cells.iter().map(|c| controls(c)).collect()));
    }

    fn rule(&mut self) {
        self.rows.push(Row::Rule);
    }

    fn cells(&self) -> impl Iterator<Item = &Vec<String>> {
        std::iter::once(&self.header).chain(self.rows.iter().filter_map(|r| match r {
            Row::Cells(c) => Some(c),
            Row::Rule => None,
        }))
    }

    /// The width of each column's content, the first column served first
    /// and at least `first` wide (so names stay on one line), or `None`
    /// when even the longest word of each column does not fit in `width`.
    fn layout(&self, width: usize, first: usize) -> Option<Vec<usize>> {
        let n = self.header.len();
        // A border before each column and after the last; a space each side.
        let overhead = 3 * n + 1;
        let measure = |f: &dyn Fn(&str) -> usize| -> Vec<usize> {
            (0..n)
                .map(|i| {
                    self.cells()
                        .map(|row| row.get(i).map_or(0, |c| f(c)))
                        .max()
                        .unwrap_or(0)
                        .max(1)
                })
                .collect()
        };
        let ideal = measure(&|c| c.lines().map(width_of).max().unwrap_or(0));
        let mut least = measure(&|c| words(c).map(width_of).max().unwrap_or(0));
        if ideal.iter().sum::<usize>() + overhead <= width {
            return Some(ideal);
        }
        if let Some(w) = least.first_mut() {
            *w = (*w).max(first);
        }
        let mut widths = least.clone();
        let used = widths.iter().sum::<usize>() + overhead;
        if used > width {
            return None;
        }
        let mut extra = width - used;
        for (w, want) in widths.iter_mut().zip(&ideal) {
            let more = (want - *w).min(extra);
            *w += more;
            extra -= more;
        }
        Some(widths)
    }

    /// The table drawn with these column widths, lines as comfy-table's
    /// `UTF8_FULL_CONDENSED` draws them.
    fn draw(&self, widths: &[usize]) -> String {
        let line = |left: &str, fill: &str, mid: &str, right: &str| {
            let parts: Vec<String> = widths.iter().map(|w| fill.repeat(w + 2)).collect();
            format!("{left}{}{right}\n", parts.join(mid))
        };
        let cells = |o: &mut String, row: &[String]| {
            let wrapped: Vec<Vec<String>> = widths
                .iter()
                .enumerate()
                .map(|(i, w)| wrap(row.get(i).map_or("", String::as_str), *w))
                .collect();
            let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            for k in 0..height {
                let parts: Vec<String> = wrapped
                    .iter()
                    .enumerate()
                    .map(|(i, lines)| {
                        let text = lines.get(k).map_or("", String::as_str);
                        let pad = " ".repeat(widths[i].saturating_sub(width_of(text)));
                        if self.right[i] {
                            format!(" {pad}{text} ")
                        } else {
                            format!(" {text}{pad} ")
                        }
                    })
                    .collect();
                let _ = writeln!(o, "│{}│", parts.join("┆"));
            }
        };
        let mut o = line("┌", "─", "┬", "┐");
        cells(&mut o, &self.header);
        o.push_str(&line("╞", "═", "╪", "╡"));
        for row in &self.rows {
            match row {
                Row::Cells(c) => cells(&mut o, c),
                Row::Rule => o.push_str(&line("├", "╌", "┼", "┤")),
            }
        }
        o.push_str(&line("└", "─", "┴", "┘"));
        o
    }

    /// The table in `width` columns, or `None` when it does not fit.
    fn fitted(&self, width: usize) -> Option<String> {
        self.layout(width, 0).map(|w| self.draw(&w))
    }

    /// The table in `width` columns with the first cell of every row
    /// before the first rule (the names) on one line, or `None`.
    fn fitted_with_names(&self, width: usize) -> Option<String> {
        let names = self
            .rows
            .iter()
            .map_while(|r| match r {
                Row::Cells(c) => Some(c.first().map_or(0, |n| width_of(n))),
                Row::Rule => None,
            })
            .max()
            .unwrap_or(0);
        self.layout(width, names).map(|w| self.draw(&w))
    }

    /// A block per row: its first cell, then `Heading value` pairs wrapped
    /// under it. The layout of last resort, for any width.
    fn vertical(&self, width: usize, separator: &str) -> String {
        let mut o = String::new();
        for row in &self.rows {
            let Row::Cells(cells) = row else { continue };
            // "Atlantis Coast:", or "Atlantis Coast :" in French.
            let first = format!(
                "{}{}",
                cells.first().map_or("", String::as_str),
                separator.trim_end()
            );
            o.push_str(&wrap_line(&first, width, 0, 2));
            // No-break spaces keep each heading with its value, and the dot
            // at the end of a line.
            let pairs: Vec<String> = self
                .header
                .iter()
                .zip(cells)
                .skip(1)
                .filter(|(_, c)| !c.is_empty())
                .map(|(h, c)| format!("{h}\u{a0}{c}").replace(' ', "\u{a0}"))
                .collect();
            o.push_str(&wrap_line(&pairs.join("\u{a0}· "), width, 2, 4));
        }
        o
    }
}

/// The words of a text: what white space separates, except a no-break
/// space (U+00A0), which keeps "Costa Serena 2" together.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() && c != '\u{a0}')
        .filter(|w| !w.is_empty())
}

/// Greedy word wrap to `width` columns; a word longer than the width stands
/// alone on its line, whole.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in crate::i18n::break_units(words(paragraph)) {
            let word = word.as_str();
            if !line.is_empty() && width_of(&line) + 1 + width_of(word) > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// A line of text wrapped between words to `width`, the first line
/// indented by `first`, the others by `rest`; ends with a line break.
fn wrap_line(text: &str, width: usize, first: usize, rest: usize) -> String {
    let mut o = String::new();
    let mut indent = first;
    let mut line = String::new();
    for word in crate::i18n::break_units(words(text)) {
        let word = word.as_str();
        if !line.is_empty() && indent + width_of(&line) + 1 + width_of(word) > width {
            let _ = writeln!(o, "{}{line}", " ".repeat(indent));
            line.clear();
            indent = rest;
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    let _ = writeln!(o, "{}{line}", " ".repeat(indent));
    o
}

/// One file's scores: heading line, table, coverage line.
pub(crate) fn scores(s: &Scores, width: u16) -> String {
    let width = usize::from(width);
    let mut grid = Grid::new(s.columns.to_vec(), |i| matches!(i, 1 | 3 | 4 | 5));
    for r in &s.rows {
        grid.row(r.to_vec());
    }
    let mut o = wrap_line(&controls(&s.heading), width, 0, 2);
    o.push_str(
        &grid
            .fitted(width)
            .unwrap_or_else(|| grid.vertical(width, &s.separator)),
    );
    o.push_str(&wrap_line(&controls(&s.coverage), width, 0, 2));
    if let Some(p) = &s.provisional {
        o.push_str(&wrap_line(&controls(p), width, 0, 2));
    }
    o
}

/// A list of criteria, one per line with the member states' levels, the
/// first [`super::network::LIST_LIMIT`] of them.
fn criteria_list(o: &mut String, list: &CriteriaList, colon: &str, width: usize) {
    if list.rows.is_empty() {
        return;
    }
    o.push('\n');
    o.push_str(&wrap_line(
        &format!("{}{}", controls(&list.title), colon.trim_end()),
        width,
        0,
        2,
    ));
    for r in list.rows.iter().take(list.shown) {
        let mut line = format!("{}{colon}{}", controls(&r.id), controls(&r.line));
        if !r.by_country.is_empty() {
            let _ = write!(line, " ({})", controls(&r.by_country));
        }
        o.push_str(&wrap_line(&line, width, 2, 6));
    }
    if let Some(more) = &list.more_elsewhere {
        o.push_str(&wrap_line(&controls(more), width, 2, 4));
    }
}

/// The network view: heading and facts, the member states by area (with
/// the spread and the network's estimate under them), the network's
/// maturity by area, and the lists of criteria.
pub(crate) fn network(n: &NetworkReport, width: u16) -> String {
    let width = usize::from(width);
    let l = &n.labels;
    let colon = &l.separator;
    let mut o = wrap_line(&controls(&n.heading), width, 0, 2);
    for (label, value) in n.facts.iter().skip(2) {
        o.push_str(&wrap_line(
            &format!("{}{colon}{}", controls(label), controls(value)),
            width,
            0,
            2,
        ));
    }
    for line in n
        .provisional
        .iter()
        .chain(&n.carried)
        .chain(&n.left_out)
        .chain(std::iter::once(&n.method_note))
    {
        o.push_str(&wrap_line(&controls(line), width, 0, 2));
    }

    // Member states as rows, areas as columns: as many states as there are.
    let areas = n.area_titles.len();
    // The answers given, only when a member state left some out: the
    // coverage line above says the rest, and the columns go to the areas.
    let incomplete = n
        .data
        .member_states
        .iter()
        .any(|s| s.coverage.unanswered > 0);
    let heat = |titles: &[String]| {
        let mut header = vec![l.member_state.clone()];
        header.extend(titles.iter().cloned());
        header.push(l.overall.clone());
        if incomplete {
            header.push(l.answered.clone());
        }
        let mut grid = Grid::new(header, |i| i > 0);
        for r in &n.heat {
            let mut cells = vec![r.label.clone()];
            cells.extend(r.areas.iter().map(|f| f.text.clone()));
            cells.push(r.overall.text.clone());
            if incomplete {
                cells.push(r.answered.clone());
            }
            grid.row(cells);
        }
        grid.rule();
        for s in &n.summary {
            let mut cells = vec![s.label.clone()];
            cells.extend(s.areas.iter().map(|f| f.text.clone()));
            cells.push(s.overall.text.clone());
            if incomplete {
                cells.push(String::new());
            }
            grid.row(cells);
        }
        grid
    };
    o.push('\n');
    o.push_str(&wrap_line(
        &format!("{}{}", controls(&l.heat_title), colon.trim_end()),
        width,
        0,
        2,
    ));
    // Names on one line with the areas' titles, else with the areas
    // numbered and a legend, else names wrapped between words (with the
    // areas numbered first, which leaves the names the most room); at
    // last a block per member state.
    let full = heat(&n.area_titles);
    let numbered = heat(&n.area_numbers);
    let legend = wrap_line(&controls(&n.area_legend), width, 0, 2);
    if let Some(table) = full.fitted_with_names(width) {
        o.push_str(&table);
    } else if let Some(table) = numbered.fitted_with_names(width) {
        o.push_str(&table);
        o.push_str(&legend);
    } else if let Some(table) = numbered.fitted(width) {
        o.push_str(&table);
        o.push_str(&legend);
    } else if let Some(table) = full.fitted(width) {
        o.push_str(&table);
    } else {
        o.push_str(&full.vertical(width, colon));
    }
    debug_assert_eq!(n.heat.first().map_or(areas, |r| r.areas.len()), areas);

    o.push('\n');
    o.push_str(&wrap_line(
        &format!("{}{}", controls(&l.maturity_title), colon.trim_end()),
        width,
        0,
        2,
    ));
    let mut grid = Grid::new(l.maturity_columns.to_vec(), |i| i == 1 || i >= 3);
    for r in &n.maturity {
        if r.overall {
            grid.rule();
        }
        grid.row(vec![
            r.title.clone(),
            r.maturity.text.clone(),
            if r.maturity.value.is_some() {
                r.label.clone()
            } else {
                "-".to_string()
            },
            r.target.clone(),
            if r.overall {
                String::new()
            } else {
                r.gap.text.clone()
            },
        ]);
    }
    o.push_str(
        &grid
            .fitted(width)
            .unwrap_or_else(|| grid.vertical(width, colon)),
    );

    for list in [&n.differences, &n.disagreements, &n.below_target, &n.body] {
        criteria_list(&mut o, list, colon, width);
    }
    if n.body.rows.is_empty() {
        o.push('\n');
        o.push_str(&wrap_line(
            &format!("{}{}", controls(&n.body.title), colon.trim_end()),
            width,
            0,
            2,
        ));
        let said = if n.data.network_file.is_some() {
            &n.body.empty
        } else {
            &n.body.intro
        };
        o.push_str(&wrap_line(&controls(said), width, 2, 2));
    }
    if !n.findings.is_empty() {
        o.push('\n');
        o.push_str(&wrap_line(
            &format!("{}{}", controls(&l.findings), colon.trim_end()),
            width,
            0,
            2,
        ));
        for area in &n.findings {
            o.push_str(&wrap_line(&controls(&area.area), width, 2, 4));
            for (country, lines) in &area.countries {
                o.push_str(&wrap_line(&controls(country), width, 4, 6));
                for (label, text) in lines {
                    o.push_str(&wrap_line(
                        &format!("{}{colon}{}", controls(label), controls(text)),
                        width,
                        6,
                        8,
                    ));
                }
            }
        }
    }
    o
}

/// Progress: heading, the points, the table of areas over the points, and
/// the lists of criteria.
pub(crate) fn progress(p: &Progress, width: u16) -> String {
    let width = usize::from(width);
    let colon = &p.labels.separator;
    let mut o = wrap_line(&controls(&p.title), width, 0, 2);
    o.push_str(&wrap_line(&controls(&p.subtitle), width, 0, 2));
    for point in &p.points {
        o.push_str(&wrap_line(&controls(&point.line), width, 2, 4));
    }
    for note in &p.notes {
        o.push_str(&wrap_line(&controls(note), width, 0, 2));
    }
    let columns = p.columns.len();
    let mut grid = Grid::new(p.columns.clone(), |i| i > 0);
    for r in &p.rows {
        if r.overall {
            grid.rule();
        }
        let mut cells = vec![r.title.clone()];
        cells.extend(r.values.iter().cloned());
        cells.push(r.change.clone());
        debug_assert_eq!(cells.len(), columns);
        grid.row(cells);
    }
    o.push_str(
        &grid
            .fitted(width)
            .unwrap_or_else(|| grid.vertical(width, colon)),
    );
    for list in &p.lists {
        if list.rows.is_empty() {
            continue;
        }
        o.push('\n');
        o.push_str(&wrap_line(
            &format!("{}{}", controls(&list.title_with_count), colon.trim_end()),
            width,
            0,
            2,
        ));
        for r in &list.rows {
            let mut line = format!("{}{colon}{}", controls(&r.id), controls(&r.series));
            if let Some(title) = &r.title {
                let _ = write!(line, " ({})", controls(title));
            }
            o.push_str(&wrap_line(&line, width, 2, 6));
        }
    }
    o
}

/// Findings as compilers print them (a code repeated in a file as one line
/// with a count), then the valid files, what changed since `--against`, and
/// a summary.
pub(crate) fn findings(f: &Findings) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Grid {
        let mut g = Grid::new(
            vec!["Member state".into(), "Governance".into(), "Finance".into()],
            |i| i > 0,
        );
        g.row(vec!["Atlantis Coast".into(), "2.4".into(), "1.5".into()]);
        g.rule();
        g.row(vec!["Median".into(), "2.3".into(), "1.3".into()]);
        g
    }

    #[test]
    fn a_table_that_fits_is_drawn_whole() {
        assert_eq!(
            grid().fitted(80).unwrap(),
            "┌────────────────┬────────────┬─────────┐\n\
             │ Member state   ┆ Governance ┆ Finance │\n\
             ╞════════════════╪════════════╪═════════╡\n\
             │ Atlantis Coast ┆        2.4 ┆     1.5 │\n\
             ├╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌┤\n\
             │ Median         ┆        2.3 ┆     1.3 │\n\
             └────────────────┴────────────┴─────────┘\n"
        );
    }

    #[test]
    fn a_narrow_table_wraps_between_words_never_inside_one() {
        // 37 columns: the names wrap at their space.
        assert_eq!(
            grid().fitted(37).unwrap(),
            "┌────────────┬────────────┬─────────┐\n\
             │ Member     ┆ Governance ┆ Finance │\n\
             │ state      ┆            ┆         │\n\
             ╞════════════╪════════════╪═════════╡\n\
             │ Atlantis   ┆        2.4 ┆     1.5 │\n\
             │ Coast      ┆            ┆         │\n\
             ├╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌┤\n\
             │ Median     ┆        2.3 ┆     1.3 │\n\
             └────────────┴────────────┴─────────┘\n"
        );
        // Narrower would break "Governance" or "Atlantis": no table.
        assert!(grid().fitted(35).is_some());
        assert_eq!(grid().fitted(34), None);
        // Names kept on one line need more room.
        assert_eq!(grid().fitted_with_names(40), None);
        assert!(grid().fitted_with_names(41).is_some());
    }

    #[test]
    fn the_vertical_layout_fits_any_width() {
        let text = grid().vertical(20, ": ");
        assert_eq!(
            text,
            "Atlantis Coast:\n  Governance\u{a0}2.4\u{a0}·\n    Finance\u{a0}1.5\nMedian:\n  Governance\u{a0}2.3\u{a0}·\n    Finance\u{a0}1.3\n"
        );
        let french = grid().vertical(80, " : ");
        assert!(french.starts_with("Atlantis Coast :\n"), "{french}");
    }

    #[test]
    fn lines_wrap_between_words() {
        assert_eq!(
            wrap_line("one two three four", 9, 0, 2),
            "one two\n  three\n  four\n"
        );
        assert_eq!(wrap_line("unbreakable-word", 4, 0, 0), "unbreakable-word\n");
        assert_eq!(wrap("a b", 1), vec!["a", "b"]);
    }
}
