//! The network view (`aggregate`): answer files of several member states of
//! one network, for one guideline, combined into per-area spreads, each
//! country's scores, and the criteria that need a network-wide look.
//!
//! The network's figures are plain means over countries (every member state
//! counts once, whatever its size); min, median and max show the spread.

use serde::Serialize;

use crate::answers::{AnswerFile, Response};
use crate::model::Guideline;
use crate::scoring;

/// Criteria shown per list in tables and Markdown; JSON has them all.
pub const LIST_LIMIT: usize = 10;

/// The value of the `schema` field of `aggregate --format json`.
pub const AGGREGATE_SCHEMA: &str = "wen-assess/aggregate/1";

/// One member state's scores.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountryScores {
    /// Country (respondent.country), or the file name when it is missing.
    pub country: String,
    /// The file it comes from.
    pub file: String,
    /// Overall maturity, one decimal.
    pub overall: Option<f64>,
    /// Maturity per area, in guideline order, one decimal.
    pub areas: Vec<Option<f64>>,
    /// Answered (level or N/A) of total criteria.
    pub answered: usize,
}

/// Min, median, max and mean over countries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spread {
    /// Area id, or `overall`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Lowest country score.
    pub min: Option<f64>,
    /// Median country score.
    pub median: Option<f64>,
    /// Highest country score.
    pub max: Option<f64>,
    /// Mean of the country scores: the network's figure.
    pub mean: Option<f64>,
    /// Countries with a score here.
    pub countries: usize,
}

/// A criterion and each country's answer to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionView {
    /// Criterion id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Highest minus lowest level among countries that gave one.
    pub spread: u8,
    /// Countries below their target, of those that gave a level.
    pub below_target: usize,
    /// Countries that gave a level.
    pub scored: usize,
    /// Each country's answer: "0".."4", "na" or null.
    pub answers: Vec<Option<String>>,
}

/// What one member state's workshop agreed about one area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CountryFindings {
    /// Country (as in [`CountryScores::country`]).
    pub country: String,
    /// Area id.
    pub area: String,
    /// What works.
    pub strengths: String,
    /// What does not.
    pub challenges: String,
    /// What was agreed to do first.
    pub priorities: String,
}

/// The network view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Aggregate {
    /// Schema id.
    pub schema: &'static str,
    /// Guideline id.
    pub guideline: String,
    /// Guideline version scored against.
    pub guideline_version: String,
    /// Network name (from the files).
    pub network: String,
    /// One entry per file, in the order given.
    pub countries: Vec<CountryScores>,
    /// Per area.
    pub areas: Vec<Spread>,
    /// Over the countries' overall scores.
    pub overall: Spread,
    /// Criteria with a spread of 2 levels or more, widest first.
    pub disagreements: Vec<CriterionView>,
    /// Criteria where more than half of the countries with a level are below target.
    pub mostly_below_target: Vec<CriterionView>,
    /// Findings recorded per country and area, in area order then file order.
    pub findings: Vec<CountryFindings>,
}

/// Why files cannot be aggregated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AggregateError {
    /// A file for another guideline.
    #[error(
        "{file}: answers are for guideline `{found}`, but {first} is for `{expected}`; aggregate needs one guideline"
    )]
    OtherGuideline {
        /// The file.
        file: String,
        /// Its guideline.
        found: String,
        /// The first file.
        first: String,
        /// The first file's guideline.
        expected: String,
    },
    /// A file for another network.
    #[error(
        "{file}: network is \"{found}\", but {first} is for \"{expected}\"; aggregate needs the answers of one network"
    )]
    OtherNetwork {
        /// The file.
        file: String,
        /// Its network.
        found: String,
        /// The first file.
        first: String,
        /// The first file's network.
        expected: String,
    },
}

fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

fn spread(id: &str, title: &str, values: &[Option<f64>]) -> Spread {
    let mut v: Vec<f64> = values.iter().flatten().copied().collect();
    v.sort_by(f64::total_cmp);
    let r = |x: Option<f64>| x.map(scoring::round1);
    Spread {
        id: id.to_string(),
        title: title.to_string(),
        min: r(v.first().copied()),
        median: r(median(&v)),
        max: r(v.last().copied()),
        mean: r((!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)),
        countries: v.len(),
    }
}

fn same_network(a: &str, b: &str) -> bool {
    crate::answers::same_name(a, b)
}

/// Aggregates answer files (file name, answers) of one guideline and
/// network; titles are in `lang`. Each file is one member state: the caller
/// refuses a country given twice.
pub fn aggregate(
    g: &Guideline,
    files: &[(String, AnswerFile)],
    lang: &str,
) -> Result<Aggregate, AggregateError> {
    let Some((first_file, first)) = files.first() else {
        return Ok(empty(g));
    };
    for (file, a) in files {
        if a.guideline != g.id {
            return Err(AggregateError::OtherGuideline {
                file: file.clone(),
                found: a.guideline.clone(),
                first: first_file.clone(),
                expected: g.id.clone(),
            });
        }
        if !same_network(&a.network.name, &first.network.name) {
            return Err(AggregateError::OtherNetwork {
                file: file.clone(),
                found: a.network.name.clone(),
                first: first_file.clone(),
                expected: first.network.name.clone(),
            });
        }
    }
    // Spreads use these unrounded scores, so the median of two is exact.
    let cards: Vec<scoring::Scorecard> = files.iter().map(|(_, a)| scoring::score(g, a)).collect();
    let countries: Vec<CountryScores> = files
        .iter()
        .zip(&cards)
        .map(|((file, a), card)| {
            let country = if a.respondent.country.trim().is_empty() {
                file.rsplit('/').next().unwrap_or(file).to_string()
            } else {
                a.respondent.country.trim().to_string()
            };
            CountryScores {
                country,
                file: file.clone(),
                overall: card.overall.map(scoring::round1),
                areas: card
                    .areas
                    .iter()
                    .map(|s| s.maturity.map(scoring::round1))
                    .collect(),
                answered: card.coverage.scored + card.coverage.not_applicable,
            }
        })
        .collect();
    let areas = g
        .areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            let values: Vec<Option<f64>> = cards.iter().map(|c| c.areas[i].maturity).collect();
            spread(&area.id, area.title.get(lang), &values)
        })
        .collect();
    let overall_values: Vec<Option<f64>> = cards.iter().map(|c| c.overall).collect();
    // The view names the overall row in the report's language.
    let overall = spread("overall", "", &overall_values);
    let mut views: Vec<CriterionView> = g
        .criteria()
        .map(|(area, c)| {
            let mut levels = Vec::new();
            let mut below = 0;
            let answers = files
                .iter()
                .map(
                    |(_, a)| match a.answer(&c.id).and_then(|x| x.response.as_ref()) {
                        Some(Response::Level(n)) => {
                            levels.push(*n);
                            if *n < a.target(g, &area.id) {
                                below += 1;
                            }
                            Some(n.to_string())
                        }
                        Some(Response::NotApplicable { .. }) => Some("na".to_string()),
                        None => None,
                    },
                )
                .collect();
            let spread = match (levels.iter().min(), levels.iter().max()) {
                (Some(lo), Some(hi)) => hi - lo,
                _ => 0,
            };
            CriterionView {
                id: c.id.clone(),
                title: c.title.get(lang).to_string(),
                spread,
                below_target: below,
                scored: levels.len(),
                answers,
            }
        })
        .collect();
    let mut disagreements: Vec<CriterionView> =
        views.iter().filter(|v| v.spread >= 2).cloned().collect();
    disagreements.sort_by_key(|v| std::cmp::Reverse(v.spread));
    views.retain(|v| v.scored > 0 && v.below_target * 2 > v.scored);
    views.sort_by(|a, b| {
        let share = |v: &CriterionView| v.below_target as f64 / v.scored as f64;
        share(b).total_cmp(&share(a)).then(b.scored.cmp(&a.scored))
    });
    let mut findings = Vec::new();
    for area in &g.areas {
        for ((_, a), c) in files.iter().zip(&countries) {
            if let Some(f) = a.findings_of(&area.id).filter(|f| !f.is_empty()) {
                findings.push(CountryFindings {
                    country: c.country.clone(),
                    area: area.id.clone(),
                    strengths: f.strengths.clone(),
                    challenges: f.challenges.clone(),
                    priorities: f.priorities.clone(),
                });
            }
        }
    }
    Ok(Aggregate {
        schema: AGGREGATE_SCHEMA,
        guideline: g.id.clone(),
        guideline_version: g.version.clone(),
        network: first.network.name.clone(),
        countries,
        areas,
        overall,
        disagreements,
        mostly_below_target: views,
        findings,
    })
}

fn empty(g: &Guideline) -> Aggregate {
    Aggregate {
        schema: AGGREGATE_SCHEMA,
        guideline: g.id.clone(),
        guideline_version: g.version.clone(),
        network: String::new(),
        countries: Vec::new(),
        areas: Vec::new(),
        overall: spread("overall", "", &[]),
        disagreements: Vec::new(),
        mostly_below_target: Vec::new(),
        findings: Vec::new(),
    }
}
