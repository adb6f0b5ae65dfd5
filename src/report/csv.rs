//! CSV outputs: one row per file (or member state) and area, or per member
//! state and criterion, figures with a decimal point. Every text cell goes
//! through [`escape::csv_cell`], so no cell runs as a formula in a
//! spreadsheet.

use std::fmt::Write as _;

use super::network::NetworkReport;
use super::scores::Scores;
use crate::escape::csv_cell;

/// The header of `score --format csv`.
pub(crate) const SCORES_HEADER: &str = "file,network,country,guideline,version,area,maturity,label,target,gap,scored,not_applicable,unanswered,total\n";

/// The header of `aggregate --format csv`: one row per member state and
/// area (`kind` `member`), then the members' median, the network's estimate
/// and the network's maturity per area.
pub(crate) const NETWORK_HEADER: &str =
    "kind,network,country,file,date,area,maturity,scored,not_applicable,unanswered,total\n";

/// The header of `aggregate --format csv --by criterion`: one row per
/// member state and member-scope criterion, then one per criterion of the
/// network's own file (`respondent` `network`, no country). `version` is
/// the guideline version the criterion ids belong to, `answered_version`
/// the one the file was answered against.
pub(crate) const LONG_HEADER: &str = "network,respondent,country,date,guideline,version,answered_version,area,criterion,level,na_reason\n";

/// The cells in a row under `header`.
pub(crate) fn columns(header: &str) -> usize {
    header.split(',').count()
}

fn num(x: Option<f64>) -> String {
    x.map_or(String::new(), |x| format!("{x:.1}"))
}

/// The rows of one file (areas, then `overall`).
pub(crate) fn scores(s: &Scores) -> String {
    let r = &s.record;
    let mut out = String::new();
    let prefix = format!(
        "{},{},{},{},{}",
        csv_cell(&r.file),
        csv_cell(&r.network),
        csv_cell(&r.country),
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

/// The network view by area: each member state's maturity per area and
/// overall, then per area the members' median, the network's estimate
/// (with a network file) and the network's maturity.
pub(crate) fn network(n: &NetworkReport) -> String {
    let a = &n.data;
    let mut o = String::from(NETWORK_HEADER);
    let net = csv_cell(&a.network);
    let ids: Vec<&str> = a
        .areas
        .iter()
        .map(|s| s.id.as_str())
        .chain(["overall"])
        .collect();
    for s in &a.member_states {
        let (country, file, date) = (csv_cell(&s.country), csv_cell(&s.file), csv_cell(&s.date));
        let coverages = s.area_coverage.iter().chain([&s.coverage]);
        for ((id, m), c) in ids
            .iter()
            .zip(s.areas.iter().chain([&s.overall]))
            .zip(coverages)
        {
            // Each area's row counts that area's answers; `overall`, all.
            let _ = writeln!(
                o,
                "member,{net},{country},{file},{date},{},{},{},{},{},{}",
                csv_cell(id),
                num(*m),
                c.scored,
                c.not_applicable,
                c.unanswered,
                c.total
            );
        }
    }
    let views: Vec<&crate::aggregate::AreaView> =
        a.areas.iter().chain(std::iter::once(&a.overall)).collect();
    for v in &views {
        let _ = writeln!(
            o,
            "median,{net},,,,{},{},,,,",
            csv_cell(&v.id),
            num(v.members.median)
        );
    }
    if let Some(f) = &a.network_file {
        let (file, date) = (csv_cell(&f.file), csv_cell(&f.date));
        let coverages = f.estimates_by_area.iter().chain([&f.estimates]);
        for (v, c) in views.iter().zip(coverages) {
            let _ = writeln!(
                o,
                "estimate,{net},,{file},{date},{},{},{},{},{},{}",
                csv_cell(&v.id),
                num(v.estimate),
                c.scored,
                c.not_applicable,
                c.unanswered,
                c.total
            );
        }
    }
    let coverages = a.coverage_by_area.iter().chain([&a.coverage]);
    for (v, c) in views.iter().zip(coverages) {
        let _ = writeln!(
            o,
            "network,{net},,,{},{},{},{},{},{},{}",
            csv_cell(&a.last_date),
            csv_cell(&v.id),
            num(v.maturity),
            c.scored,
            c.not_applicable,
            c.unanswered,
            c.total
        );
    }
    o
}

/// The network view by criterion, the long format analysts load into
/// pandas, R or Power BI: one row per member state and member-scope
/// criterion, then the network's own file, one row per criterion.
pub(crate) fn network_by_criterion(n: &NetworkReport) -> String {
    let a = &n.data;
    let mut o = String::from(LONG_HEADER);
    let net = csv_cell(&a.network);
    let (guideline, version) = (csv_cell(&a.guideline), csv_cell(&a.guideline_version));
    let level = |x: &Option<String>| x.as_deref().map_or(String::new(), csv_cell);
    let reason = |x: &Option<String>| x.as_deref().map_or(String::new(), csv_cell);
    for (i, s) in a.member_states.iter().enumerate() {
        let front = format!(
            "{net},member,{},{},{guideline},{version},{}",
            csv_cell(&s.country),
            csv_cell(&s.date),
            csv_cell(&s.answered_version)
        );
        for c in a.criteria.iter().filter(|c| c.scope == "member") {
            let _ = writeln!(
                o,
                "{front},{},{},{},{}",
                csv_cell(&c.area),
                csv_cell(&c.id),
                c.answers.get(i).map_or(String::new(), level),
                c.reasons.get(i).map_or(String::new(), reason)
            );
        }
    }
    if let Some(f) = &a.network_file {
        let front = format!(
            "{net},network,,{},{guideline},{version},{}",
            csv_cell(&f.date),
            csv_cell(&f.answered_version)
        );
        for c in &a.criteria {
            let _ = writeln!(
                o,
                "{front},{},{},{},{}",
                csv_cell(&c.area),
                csv_cell(&c.id),
                level(&c.network),
                reason(&c.network_reason)
            );
        }
    }
    o
}

/// Reads CSV text back as RFC 4180 readers do (pandas, R, spreadsheets):
/// its rows of cells, quotes undone. `None` when a quote is left open or
/// stray text follows a closing quote.
pub(crate) fn read_back(text: &str) -> Option<Vec<Vec<String>>> {
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
pub(crate) fn check_columns(text: &str, columns: usize) -> Result<(), String> {
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
