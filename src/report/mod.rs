//! The gap report: built once as a [`ReportModel`], rendered by
//! `markdown.rs` and `pdf.rs` (and the score table by `table.rs`).
//!
//! The model holds every string already chosen for the report language and
//! every number already rounded, so all renderers show the same figures.

pub mod export;
pub mod markdown;
pub mod pdf;
pub mod table;

use sha2::{Digest, Sha256};

use crate::answers::{AnswerFile, Response};
use crate::i18n::{self, Ui};
use crate::model::Guideline;
use crate::scoring::{self, Scorecard};

/// One row of the summary table.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaRow {
    /// Area title.
    pub title: String,
    /// Maturity 0-4, one decimal; `None` when nothing was scored.
    pub maturity: Option<f64>,
    /// Scale label of the maturity.
    pub label: String,
    /// Target level.
    pub target: u8,
    /// Gap to target, one decimal.
    pub gap: Option<f64>,
    /// Answered (level or N/A) out of total.
    pub answered: usize,
    /// Criteria in the area.
    pub total: usize,
}

/// One item of the action plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// 1-based rank.
    pub rank: usize,
    /// Area title.
    pub area: String,
    /// Criterion id.
    pub criterion_id: String,
    /// Criterion title.
    pub criterion: String,
    /// Current level and its label.
    pub level: u8,
    /// Label of the current level.
    pub level_label: String,
    /// Target level.
    pub target: u8,
    /// Priority (gap x weights), one decimal.
    pub priority: f64,
    /// Next step from the current level.
    pub next_step: String,
    /// Titles and links of the criterion's references.
    pub references: Vec<(String, Option<String>)>,
}

/// One answered (or unanswered) criterion.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRow {
    /// Criterion id.
    pub criterion_id: String,
    /// Criterion title.
    pub title: String,
    /// The question.
    pub question: String,
    /// "2 Developing", "N/A", "Not answered".
    pub response: String,
    /// Level descriptor of the answer, or the N/A reason.
    pub detail: String,
    /// The respondent's note.
    pub note: String,
    /// Evidence items.
    pub evidence: Vec<String>,
}

/// Answers grouped by area.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerSection {
    /// Area title.
    pub area: String,
    /// Rows in guideline order.
    pub rows: Vec<AnswerRow>,
}

/// Everything a report shows, in the report's language.
#[derive(Debug, Clone)]
pub struct ReportModel {
    /// Interface texts of the report's language.
    pub ui: &'static Ui,
    /// Network name.
    pub network: String,
    /// Network region.
    pub region: String,
    /// Guideline title.
    pub guideline_title: String,
    /// Guideline id.
    pub guideline_id: String,
    /// Guideline version scored against.
    pub guideline_version: String,
    /// Version the answers were given against, when it differs.
    pub answered_version: Option<String>,
    /// Where the criteria come from.
    pub source: String,
    /// Date of the assessment.
    pub date: String,
    /// Respondent: name, role, country.
    pub respondent: String,
    /// "34 of 36 criteria answered (94%), 2 N/A".
    pub coverage: String,
    /// Overall maturity, one decimal.
    pub overall: Option<f64>,
    /// Label of the overall maturity.
    pub overall_label: String,
    /// Summary rows.
    pub areas: Vec<AreaRow>,
    /// Prioritised action plan.
    pub actions: Vec<Action>,
    /// Every criterion with its answer.
    pub answers: Vec<AnswerSection>,
    /// Answers for criteria the guideline does not have: (id, response, note).
    pub unknown_answers: Vec<(String, String, String)>,
    /// Short hash of the answer file bytes.
    pub answers_hash: String,
    /// Tool name and version.
    pub generator: String,
}

/// The first 12 hex digits of the SHA-256 of the answer file, printed in
/// every report so a reader can check which file it came from
/// (`sha256sum answers.yaml`).
pub fn answers_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

fn response_text(g: &Guideline, r: Option<&Response>, ui: &Ui) -> String {
    match r {
        Some(Response::Level(n)) => format!("{n} {}", g.level_label(*n, ui.lang)),
        Some(Response::NotApplicable { .. }) => ui.not_applicable.to_string(),
        None => ui.not_answered.to_string(),
    }
}

/// Builds the report model in a language (en, fr, es).
pub fn build(
    guideline: &Guideline,
    answers: &AnswerFile,
    card: &Scorecard,
    answers_bytes: &[u8],
    lang: &str,
) -> ReportModel {
    let ui = i18n::ui(lang);
    let lang = ui.lang;
    let label = |m: Option<f64>| {
        m.map_or_else(
            || "-".to_string(),
            |m| {
                guideline
                    .level_label(scoring::label_level(m), lang)
                    .to_string()
            },
        )
    };
    let areas = guideline
        .areas
        .iter()
        .zip(&card.areas)
        .map(|(area, s)| AreaRow {
            title: area.title.get(lang).to_string(),
            maturity: s.maturity.map(scoring::round1),
            label: label(s.maturity),
            target: s.target,
            gap: s.gap().map(scoring::round1),
            answered: s.coverage.scored + s.coverage.not_applicable,
            total: s.coverage.total,
        })
        .collect();
    let actions = card
        .gaps
        .iter()
        .enumerate()
        .filter_map(|(i, gap)| {
            let (area, c) = guideline.criterion(&gap.criterion)?;
            Some(Action {
                rank: i + 1,
                area: area.title.get(lang).to_string(),
                criterion_id: c.id.clone(),
                criterion: c.title.get(lang).to_string(),
                level: gap.level,
                level_label: guideline.level_label(gap.level, lang).to_string(),
                target: gap.target,
                priority: scoring::round1(gap.priority),
                next_step: c.next_steps[gap.level as usize].get(lang).to_string(),
                references: c
                    .references
                    .iter()
                    .filter_map(|r| guideline.reference(r))
                    .map(|r| (r.title.get(lang).to_string(), r.url.clone()))
                    .collect(),
            })
        })
        .collect();
    let answer_sections = guideline
        .areas
        .iter()
        .map(|area| AnswerSection {
            area: area.title.get(lang).to_string(),
            rows: area
                .criteria
                .iter()
                .map(|c| {
                    let a = answers.answer(&c.id);
                    let r = a.and_then(|a| a.response.as_ref());
                    AnswerRow {
                        criterion_id: c.id.clone(),
                        title: c.title.get(lang).to_string(),
                        question: c.question.get(lang).to_string(),
                        response: response_text(guideline, r, ui),
                        detail: match r {
                            Some(Response::Level(n)) => c.levels[*n as usize].get(lang).to_string(),
                            Some(Response::NotApplicable { reason }) => reason.clone(),
                            None => String::new(),
                        },
                        note: a.and_then(|a| a.note.clone()).unwrap_or_default(),
                        evidence: a.map(|a| a.evidence.clone()).unwrap_or_default(),
                    }
                })
                .collect(),
        })
        .collect();
    let unknown_answers = answers
        .answers
        .iter()
        .filter(|e| guideline.criterion(&e.criterion).is_none())
        .map(|e| {
            (
                e.criterion.clone(),
                response_text(guideline, e.answer.response.as_ref(), ui),
                e.answer.note.clone().unwrap_or_default(),
            )
        })
        .collect();
    let cov = card.coverage;
    let respondent = [
        &answers.respondent.name,
        &answers.respondent.role,
        &answers.respondent.country,
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .map(|s| s.as_str())
    .collect::<Vec<_>>()
    .join(", ");
    ReportModel {
        ui,
        network: answers.network.name.clone(),
        region: answers.network.region.clone(),
        guideline_title: guideline.title.get(lang).to_string(),
        guideline_id: guideline.id.clone(),
        guideline_version: guideline.version.clone(),
        answered_version: (!answers.guideline_version.is_empty()
            && answers.guideline_version != guideline.version)
            .then(|| answers.guideline_version.clone()),
        source: guideline.source.clone(),
        date: answers.date.clone(),
        respondent,
        coverage: (ui.coverage_text)(
            cov.scored + cov.not_applicable,
            cov.total,
            cov.percent(),
            cov.not_applicable,
            cov.unanswered,
        ),
        overall: card.overall.map(scoring::round1),
        overall_label: label(card.overall),
        areas,
        actions,
        answers: answer_sections,
        unknown_answers,
        answers_hash: answers_hash(answers_bytes),
        generator: format!("wen-assess {}", env!("CARGO_PKG_VERSION")),
    }
}

/// Formats an optional one-decimal figure, `-` when absent.
pub fn figure(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_string(), |x| format!("{x:.1}"))
}
