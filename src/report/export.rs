//! Machine-readable scores: JSON (one documented shape, versioned by its
//! `schema` field) and CSV (one row per file and area, plus `overall`).

use serde::Serialize;

use crate::answers::AnswerFile;
use crate::model::Guideline;
use crate::scoring::{self, Scorecard};

/// The value of the `schema` field of `score --format json`.
pub const SCORE_SCHEMA: &str = "wen-assess/score/1";

/// The JSON record of one area.
#[derive(Debug, Serialize)]
pub struct AreaRecord<'a> {
    /// Area id.
    pub id: &'a str,
    /// Maturity, one decimal, or null.
    pub maturity: Option<f64>,
    /// Scale label of the maturity, or null.
    pub label: Option<&'a str>,
    /// Target level.
    pub target: u8,
    /// Gap, one decimal, or null.
    pub gap: Option<f64>,
    /// Answer counts.
    pub coverage: scoring::Coverage,
}

/// The JSON record of one answer file.
#[derive(Debug, Serialize)]
pub struct FileRecord<'a> {
    /// The file as given.
    pub file: &'a str,
    /// Guideline id.
    pub guideline: &'a str,
    /// Guideline version scored against.
    pub guideline_version: &'a str,
    /// Network name.
    pub network: &'a str,
    /// Respondent's country.
    pub country: &'a str,
    /// Date of the assessment.
    pub date: &'a str,
    /// Overall maturity, one decimal, or null.
    pub overall: Option<f64>,
    /// Label of the overall maturity.
    pub overall_label: Option<&'a str>,
    /// Percentage of criteria answered, one decimal.
    pub coverage_percent: f64,
    /// Answer counts.
    pub coverage: scoring::Coverage,
    /// Per area.
    pub areas: Vec<AreaRecord<'a>>,
}

/// Builds the JSON record of one file.
pub fn file_record<'a>(
    file: &'a str,
    guideline: &'a Guideline,
    answers: &'a AnswerFile,
    card: &'a Scorecard,
) -> FileRecord<'a> {
    let lang = answers.language.as_str();
    let label = |m: Option<f64>| m.map(|m| guideline.level_label(scoring::label_level(m), lang));
    FileRecord {
        file,
        guideline: &guideline.id,
        guideline_version: &guideline.version,
        network: &answers.network.name,
        country: &answers.respondent.country,
        date: &answers.date,
        overall: card.overall.map(scoring::round1),
        overall_label: label(card.overall),
        coverage_percent: scoring::round1(card.coverage.percent()),
        coverage: card.coverage,
        areas: card
            .areas
            .iter()
            .map(|s| AreaRecord {
                id: &s.id,
                maturity: s.maturity.map(scoring::round1),
                label: label(s.maturity),
                target: s.target,
                gap: s.gap().map(scoring::round1),
                coverage: s.coverage,
            })
            .collect(),
    }
}

/// The CSV header of `score --format csv`.
pub const CSV_HEADER: &str =
    "file,guideline,version,area,maturity,label,target,gap,scored,not_applicable,unanswered,total";

/// One CSV field of text: quoted when needed, and never read as a formula
/// by a spreadsheet (see [`crate::escape::csv_cell`]).
pub fn csv_field(s: &str) -> String {
    crate::escape::csv_cell(s)
}

/// The CSV rows of one file (areas, then `overall`), each ending in a newline.
pub fn csv_rows(record: &FileRecord) -> String {
    let num = |x: Option<f64>| x.map_or(String::new(), |x| format!("{x:.1}"));
    let mut out = String::new();
    let prefix = format!(
        "{},{},{}",
        csv_field(record.file),
        csv_field(record.guideline),
        csv_field(record.guideline_version)
    );
    for a in &record.areas {
        out.push_str(&format!(
            "{prefix},{},{},{},{},{},{},{},{},{}\n",
            a.id,
            num(a.maturity),
            csv_field(a.label.unwrap_or("")),
            a.target,
            num(a.gap),
            a.coverage.scored,
            a.coverage.not_applicable,
            a.coverage.unanswered,
            a.coverage.total
        ));
    }
    let c = record.coverage;
    out.push_str(&format!(
        "{prefix},overall,{},{},,,{},{},{},{}\n",
        num(record.overall),
        csv_field(record.overall_label.unwrap_or("")),
        c.scored,
        c.not_applicable,
        c.unanswered,
        c.total
    ));
    out
}
