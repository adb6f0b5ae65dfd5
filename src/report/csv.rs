//! CSV outputs: one row per file (or country) and area, figures with a
//! decimal point. Every text cell goes through [`escape::csv_cell`], so no
//! cell runs as a formula in a spreadsheet.

use std::fmt::Write as _;

use super::network::NetworkReport;
use super::scores::Scores;
use crate::escape::csv_cell;

/// The header of `score --format csv`.
pub const SCORES_HEADER: &str = "file,guideline,version,area,maturity,label,target,gap,scored,not_applicable,unanswered,total\n";

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
    let mut o = String::from("country,file,area,maturity\n");
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
