//! The scores of one answer file (`score`, and the summary of `assess`), as
//! a view: a record of figures for JSON and CSV, and the table's texts in
//! the output's language.

use std::sync::OnceLock;

use serde::Serialize;

use crate::answers::AnswerFile;
use crate::i18n::{Arg, Tr, languages};
use crate::model::Guideline;
use crate::scoring::{self, Coverage, Scorecard};

/// The JSON record of one area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct AreaRecord {
    /// Area id.
    pub id: String,
    /// Maturity, one decimal, or null.
    pub maturity: Option<f64>,
    /// Scale label of the maturity, or null.
    pub label: Option<String>,
    /// Target level.
    pub target: u8,
    /// Gap, one decimal, or null.
    pub gap: Option<f64>,
    /// Answer counts.
    pub coverage: Coverage,
}

/// The JSON record of one answer file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct FileRecord {
    /// The file as given.
    pub file: String,
    /// Guideline id.
    pub guideline: String,
    /// Guideline version scored against.
    pub guideline_version: String,
    /// Network name.
    pub network: String,
    /// Respondent's country.
    pub country: String,
    /// Date of the assessment.
    pub date: String,
    /// Overall maturity, one decimal, or null.
    pub overall: Option<f64>,
    /// Label of the overall maturity.
    pub overall_label: Option<String>,
    /// Percentage of criteria answered, one decimal.
    pub coverage_percent: f64,
    /// Answer counts.
    pub coverage: Coverage,
    /// True while criteria are left unanswered: the scores will move.
    pub provisional: bool,
    /// Whom the answers speak for: `network` or `member`.
    pub scope: &'static str,
    /// Per area (for a member state's file, the areas it answers).
    pub areas: Vec<AreaRecord>,
}

/// The scores of one file.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scores {
    /// The figures, for JSON and CSV.
    pub record: FileRecord,
    /// "file: strengthening 1.1.0 · Example Regional WEN · Atlantis".
    pub heading: String,
    /// Area, maturity, level, target, gap, answered.
    pub columns: [String; 6],
    /// One row per area, then the overall row.
    pub rows: Vec<[String; 6]>,
    /// "coverage 94% (32 scored, 2 N/A, 2 not answered)".
    pub coverage: String,
    /// Said below the table while criteria are left unanswered.
    pub provisional: Option<String>,
    /// "Label: " as the language writes it, for a narrow terminal's layout.
    pub separator: String,
}

/// Column headings, the name of the overall row and the label separator.
type Headings = ([String; 6], String, String);

/// The headings of each language, read once: a batch of 10,000 files asks
/// for them 10,000 times.
fn headings(t: &Tr) -> &'static Headings {
    static CACHE: OnceLock<Vec<(&'static str, Headings)>> = OnceLock::new();
    let all = CACHE.get_or_init(|| {
        languages()
            .into_iter()
            .map(|lang| {
                let t = Tr::new(lang);
                let columns = [
                    "column-area",
                    "column-maturity",
                    "column-level",
                    "column-target",
                    "column-gap",
                    "column-answered",
                ]
                .map(|id| t.t(id));
                (lang, (columns, t.t("overall"), t.t("label-separator")))
            })
            .collect()
    });
    all.iter()
        .find(|(l, _)| *l == t.lang())
        .or_else(|| all.first())
        .map(|(_, h)| h)
        .expect("at least one catalogue")
}

/// "Provisional: 14 of 39 criteria answered (36%)...", while criteria are
/// left unanswered.
pub(crate) fn provisional(t: &Tr, c: Coverage) -> Option<String> {
    let answered = c.scored + c.not_applicable;
    (c.unanswered > 0).then(|| {
        t.f(
            "provisional",
            &[
                ("answered", Arg::Count(answered)),
                ("total", Arg::Count(c.total)),
                ("percent", Arg::Str(&t.percent(c.percent()))),
            ],
        )
    })
}

/// Builds the scores of one file, in a language.
pub(crate) fn build(
    file: &str,
    guideline: &Guideline,
    answers: &AnswerFile,
    card: &Scorecard,
    lang: &str,
) -> Scores {
    let t = Tr::new(lang);
    let lang = t.lang();
    // JSON and CSV labels stay in the answer file's language, as before.
    let record_lang = answers.language.as_str();
    let label = |m: Option<f64>, l: &str| {
        m.map(|m| {
            guideline
                .level_label(scoring::label_level(m), l)
                .to_string()
        })
    };
    let record = FileRecord {
        file: file.to_string(),
        guideline: guideline.id.clone(),
        guideline_version: guideline.version.clone(),
        network: answers.network.name.clone(),
        country: answers.respondent.country.clone(),
        date: answers.date.clone(),
        overall: card.overall.map(scoring::round1),
        overall_label: label(card.overall, record_lang),
        coverage_percent: scoring::round1(card.coverage.percent()),
        coverage: card.coverage,
        provisional: card.coverage.unanswered > 0,
        scope: answers.speaks_for().as_str(),
        // An area without a criterion to answer (a member state's file has
        // some) has nothing to show.
        areas: card
            .areas
            .iter()
            .filter(|s| s.coverage.total > 0)
            .map(|s| AreaRecord {
                id: s.id.clone(),
                maturity: s.maturity.map(scoring::round1),
                label: label(s.maturity, record_lang),
                target: s.target,
                gap: s.gap().map(scoring::round1),
                coverage: s.coverage,
            })
            .collect(),
    };
    let (columns, overall, separator) = headings(&t);
    let shown = |m: Option<f64>| label(m, lang).unwrap_or_else(|| "-".to_string());
    let mut rows: Vec<[String; 6]> = guideline
        .areas
        .iter()
        .zip(&card.areas)
        .filter(|(_, s)| s.coverage.total > 0)
        .map(|(area, s)| {
            [
                area.title.get(lang).to_string(),
                t.figure(s.maturity.map(scoring::round1)),
                shown(s.maturity),
                s.target.to_string(),
                t.figure(s.gap().map(scoring::round1)),
                format!(
                    "{}/{}",
                    s.coverage.scored + s.coverage.not_applicable,
                    s.coverage.total
                ),
            ]
        })
        .collect();
    let c = card.coverage;
    rows.push([
        overall.clone(),
        t.figure(card.overall.map(scoring::round1)),
        shown(card.overall),
        String::new(),
        String::new(),
        format!("{}/{}", c.scored + c.not_applicable, c.total),
    ]);
    let mut heading = format!("{file}: {} {}", guideline.id, guideline.version);
    for part in [&answers.network.name, &answers.respondent.country] {
        if !part.trim().is_empty() {
            heading.push_str(" · ");
            heading.push_str(part);
        }
    }
    Scores {
        provisional: provisional(&t, c),
        coverage: t.f(
            "coverage-line",
            &[
                ("percent", Arg::Str(&t.percent(c.percent()))),
                ("scored", Arg::Count(c.scored)),
                ("na", Arg::Count(c.not_applicable)),
                ("open", Arg::Count(c.unanswered)),
            ],
        ),
        record,
        heading,
        separator: separator.clone(),
        columns: columns.clone(),
        rows,
    }
}
