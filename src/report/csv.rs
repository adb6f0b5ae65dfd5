//! CSV outputs: one row per file (or country) and area, figures with a
//! decimal point. Every text cell goes through [`escape::csv_cell`], so no
//! cell runs as a formula in a spreadsheet.

use std::fmt::Write as _;

use super::network::NetworkReport;
use super::scores::Scores;
use crate::escape::csv_cell;

/// The header of `score --format csv`.
pub const SCORES_HEADER: &str = "file,guideline,version,area,maturity,label,target,gap,scored,not_applicable,unanswered,total\n";

/// The header of `aggregate --format csv`.
pub const NETWORK_HEADER: &str = "country,file,area,maturity\n";

/// The cells in a row under `header`.
pub fn columns(header: &str) -> usize {
    header.split(',').count()
}

fn num(x: Option<f64>) -> String {
    x.map_or(String::new(), |x| format!("{x:.1}"))
}

/// The rows of one file (areas, then `overall`).
pub fn scores(s: &Scores) -> String {
    let r = &s.record;
    let mut out = String::new();
    let prefix = format!(
        "{},{},{}",
        csv_cell(&r.file),
        csv_cell(&r.guideline),
        csv_cell(&r.guideline_version)
    );
    for a in &r.areas {
        let _ = writeln!(
            out,
            "{prefix},{},{},{},{},{},{},{},{},{}",
            csv_cell(&a.id),
            num(a.maturity),
            csv_cell(a.label.as_deref().unwrap_or("")),
            a.target,
            num(a.gap),
            a.coverage.scored,
            a.coverage.not_applicable,
            a.coverage.unanswered,
            a.coverage.total
        );
    }
    let c = r.coverage;
    let _ = writeln!(
        out,
        "{prefix},overall,{},{},,,{},{},{},{}",
        num(r.overall),
        csv_cell(r.overall_label.as_deref().unwrap_or("")),
        c.scored,
        c.not_applicable,
        c.unanswered,
        c.total
    );
    out
}

/// The network view: one row per country and area (plus `overall`), then
/// the network rows with country `network`.
pub fn network(n: &NetworkReport) -> String {
    let a = &n.data;
    let mut o = String::from(NETWORK_HEADER);
    let ids: Vec<&str> = a.areas.iter().map(|s| s.id.as_str()).collect();
    for c in &a.countries {
        let (country, file) = (csv_cell(&c.country), csv_cell(&c.file));
        for (id, m) in ids.iter().zip(&c.areas) {
            let _ = writeln!(o, "{country},{file},{},{}", csv_cell(id), num(*m));
        }
        let _ = writeln!(o, "{country},{file},overall,{}", num(c.overall));
    }
    for s in a.areas.iter().chain(std::iter::once(&a.overall)) {
        let _ = writeln!(o, "network,,{},{}", csv_cell(&s.id), num(s.mean));
    }
    o
}

/// Reads CSV text back as RFC 4180 readers do (pandas, R, spreadsheets):
/// its rows of cells, quotes undone. `None` when a quote is left open or
/// stray text follows a closing quote.
pub fn read_back(text: &str) -> Option<Vec<Vec<String>>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut after_quote = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => {
                    quoted = false;
                    after_quote = true;
                }
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() && !after_quote => quoted = true,
            ',' => {
                row.push(std::mem::take(&mut cell));
                after_quote = false;
            }
            '\n' => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
                after_quote = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            _ if after_quote => return None,
            c => cell.push(c),
        }
    }
    if quoted {
        return None;
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    Some(rows)
}

/// Checks that CSV rows read back with `columns` cells each, so no text in
/// a cell can shift the columns of a reader.
pub fn check_columns(text: &str, columns: usize) -> Result<(), String> {
    let rows = read_back(text).ok_or_else(|| "a quoted cell is not closed".to_string())?;
    match rows.iter().position(|r| r.len() != columns) {
        Some(i) => Err(format!(
            "row {} has {} cells, not {columns}",
            i + 1,
            rows[i].len()
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::escape::csv_cell;

    #[test]
    fn every_cell_reads_back_as_written() {
        let cells = [
            "plain",
            "a,b",
            "say \"hi\"",
            "two\nlines",
            "cr\r\nlf",
            "=1+1",
            "",
            " spaced ",
            "é\u{7f}\u{92}",
        ];
        let line: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        let text = format!("{}\n", line.join(","));
        let back = read_back(&text).unwrap();
        assert_eq!(back.len(), 1);
        let expected: Vec<String> = cells
            .iter()
            .map(|c| {
                if c.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    format!("'{c}")
                } else {
                    c.to_string()
                }
            })
            .collect();
        assert_eq!(back[0], expected);
        assert!(check_columns(&text, cells.len()).is_ok());
        assert_eq!(
            check_columns("a,b\nc\n", 2),
            Err("row 2 has 1 cells, not 2".to_string())
        );
        assert_eq!(read_back("\"open\n"), None);
    }
}
