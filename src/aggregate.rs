//! The network view (`aggregate`): answer files of several member states of
//! one network, for one guideline, combined into per-area spreads, each
//! country's scores, and the criteria that need a network-wide look.
//!
//! The network's figures are plain means over countries (every member state
//! counts once, whatever its size); min, median and max show the spread.

use serde::Serialize;

use crate::answers::{AnswerFile, Response};
use crate::i18n::Ui;
use crate::model::Guideline;
use crate::report::figure;
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

impl CriterionView {
    /// "Country level" for each country, `-` where it gave no answer.
    pub fn answers_by_country<S: AsRef<str>>(&self, countries: &[S]) -> Vec<String> {
        countries
            .iter()
            .zip(&self.answers)
            .map(|(c, x)| format!("{} {}", c.as_ref(), x.as_deref().unwrap_or("-")))
            .collect()
    }
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
    /// Countries given by more than one file, with the files.
    pub duplicate_countries: Vec<String>,
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
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Aggregates answer files (file name, answers) of one guideline and network.
pub fn aggregate(
    g: &Guideline,
    files: &[(String, AnswerFile)],
    ui: &Ui,
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
    let lang = ui.lang;
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
    let mut duplicate_countries = Vec::new();
    for (i, c) in countries.iter().enumerate() {
        let same: Vec<&str> = countries
            .iter()
            .filter(|o| o.country.to_lowercase() == c.country.to_lowercase())
            .map(|o| o.file.as_str())
            .collect();
        let first_of_them = countries
            .iter()
            .position(|o| o.country.to_lowercase() == c.country.to_lowercase());
        if same.len() > 1 && first_of_them == Some(i) {
            duplicate_countries.push(format!("{}: {}", c.country, same.join(", ")));
        }
    }
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
    let overall = spread("overall", ui.overall, &overall_values);
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
        duplicate_countries,
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
        overall: spread("overall", "Overall", &[]),
        disagreements: Vec::new(),
        mostly_below_target: Vec::new(),
        duplicate_countries: Vec::new(),
    }
}

/// Country column headings, with the file added where a country repeats.
fn country_labels(a: &Aggregate) -> Vec<String> {
    a.countries
        .iter()
        .map(|c| {
            let repeated = a
                .countries
                .iter()
                .filter(|o| o.country.to_lowercase() == c.country.to_lowercase())
                .count()
                > 1;
            if repeated {
                format!(
                    "{} ({})",
                    c.country,
                    c.file.rsplit('/').next().unwrap_or(&c.file)
                )
            } else {
                c.country.clone()
            }
        })
        .collect()
}

/// Rows of the area table: title, min, median, max, network mean, each country.
fn area_rows(a: &Aggregate) -> Vec<Vec<String>> {
    let spreads = a.areas.iter().chain(std::iter::once(&a.overall));
    spreads
        .enumerate()
        .map(|(i, s)| {
            let mut row = vec![
                s.title.clone(),
                figure(s.min),
                figure(s.median),
                figure(s.max),
                figure(s.mean),
            ];
            // Area rows take each country's area score; the last row, the overall one.
            row.extend(a.countries.iter().map(|c| {
                figure(if i < a.areas.len() {
                    c.areas.get(i).copied().flatten()
                } else {
                    c.overall
                })
            }));
            row
        })
        .collect()
}

/// The network view as text tables.
pub fn render_table(a: &Aggregate, width: u16, ui: &Ui) -> String {
    use comfy_table::presets::UTF8_FULL_CONDENSED;
    use comfy_table::{CellAlignment, ContentArrangement, Table};
    let mut header: Vec<String> = ui.spread_columns.iter().map(|c| c.to_string()).collect();
    header.extend(country_labels(a).iter().map(|l| crate::escape::controls(l)));
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(header.clone());
    for row in area_rows(a) {
        t.add_row(row);
    }
    for i in 1..header.len() {
        if let Some(col) = t.column_mut(i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    let mut o = format!(
        "{}: {} {}, {} member state(s)\n{t}\n",
        if a.network.is_empty() {
            "Network".to_string()
        } else {
            crate::escape::controls(&a.network)
        },
        a.guideline,
        a.guideline_version,
        a.countries.len()
    );
    let labels: Vec<String> = country_labels(a)
        .iter()
        .map(|l| crate::escape::controls(l))
        .collect();
    let list = |o: &mut String,
                heading: &str,
                items: &[CriterionView],
                show: &dyn Fn(&CriterionView) -> String| {
        if items.is_empty() {
            return;
        }
        o.push_str(&format!("\n{heading}:\n"));
        for v in items.iter().take(LIST_LIMIT) {
            let answers = v.answers_by_country(&labels);
            o.push_str(&format!(
                "  {}  {}  ({})\n",
                v.id,
                show(v),
                answers.join(", ")
            ));
        }
        if items.len() > LIST_LIMIT {
            o.push_str(&format!(
                "  ... and {} more (all in --format json)\n",
                items.len() - LIST_LIMIT
            ));
        }
    };
    list(
        &mut o,
        "Countries disagree most (spread of levels)",
        &a.disagreements,
        &|v| format!("spread {}", v.spread),
    );
    list(
        &mut o,
        "Most countries below target",
        &a.mostly_below_target,
        &|v| format!("{} of {} below target", v.below_target, v.scored),
    );
    for d in &a.duplicate_countries {
        o.push_str(&format!(
            "\nwarning: country given by more than one file: {d}\n"
        ));
    }
    o
}

/// The network view as Markdown: `aggregate --format md` and `report --aggregate`.
pub fn render_markdown(a: &Aggregate, ui: &Ui) -> String {
    use crate::report::markdown::{code, inline};
    let name = if a.network.is_empty() {
        ui.unnamed_network.to_string()
    } else {
        inline(&a.network)
    };
    let mut o = format!(
        "# {}\n\n{}\n\n",
        (ui.network_title)(&name),
        (ui.network_intro)(
            &a.guideline,
            &inline(&a.guideline_version),
            a.countries.len()
        )
    );
    let labels = country_labels(a);
    o.push_str(&format!("| {} |", ui.spread_columns.join(" | ")));
    for l in &labels {
        o.push_str(&format!(" {} |", inline(l)));
    }
    o.push_str("\n|---|---:|---:|---:|---:|");
    o.push_str(&"---:|".repeat(labels.len()));
    o.push('\n');
    for row in area_rows(a) {
        let mut cells = row;
        cells[0] = inline(&cells[0]);
        o.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    o.push_str(&format!(
        "\n## {}\n\n| {} |\n|---|---|---:|---:|\n",
        ui.member_states,
        ui.country_columns.join(" | ")
    ));
    for (c, l) in a.countries.iter().zip(&labels) {
        o.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            inline(l),
            inline(&c.file),
            figure(c.overall),
            c.answered
        ));
    }
    let criterion = ui.kept_columns[0];
    let table = |o: &mut String,
                 heading: &str,
                 intro: &str,
                 items: &[CriterionView],
                 last: &str,
                 show: &dyn Fn(&CriterionView) -> String| {
        o.push_str(&format!("\n## {heading}\n\n{intro}\n\n"));
        if items.is_empty() {
            o.push_str(&format!("{}\n", ui.none));
            return;
        }
        o.push_str(&format!("| {criterion} | {last} |"));
        for l in &labels {
            o.push_str(&format!(" {} |", inline(l)));
        }
        o.push_str("\n|---|---:|");
        o.push_str(&"---:|".repeat(labels.len()));
        o.push('\n');
        for v in items.iter().take(LIST_LIMIT) {
            o.push_str(&format!(
                "| {} ({}) | {} |",
                inline(&v.title),
                code(&v.id),
                show(v)
            ));
            for x in &v.answers {
                o.push_str(&format!(" {} |", x.as_deref().unwrap_or("-")));
            }
            o.push('\n');
        }
        if items.len() > LIST_LIMIT {
            o.push_str(&format!("\n{}\n", (ui.more)(items.len() - LIST_LIMIT)));
        }
    };
    table(
        &mut o,
        ui.disagree_title,
        ui.disagree_intro,
        &a.disagreements,
        ui.spread,
        &|v| v.spread.to_string(),
    );
    table(
        &mut o,
        ui.below_title,
        ui.below_intro,
        &a.mostly_below_target,
        ui.below,
        &|v| format!("{}/{}", v.below_target, v.scored),
    );
    if !a.duplicate_countries.is_empty() {
        o.push_str(&format!("\n## {}\n\n", ui.warnings));
        for d in &a.duplicate_countries {
            o.push_str(&format!("- {}\n", (ui.duplicate_country)(&inline(d))));
        }
    }
    o
}

/// The network view as CSV: one row per country and area (plus `overall`),
/// then the network rows with country `network`.
pub fn render_csv(a: &Aggregate) -> String {
    use crate::report::export::csv_field;
    let mut o = String::from("country,file,area,maturity\n");
    let ids: Vec<&str> = a.areas.iter().map(|s| s.id.as_str()).collect();
    for c in &a.countries {
        for (id, m) in ids.iter().zip(&c.areas) {
            o.push_str(&format!(
                "{},{},{id},{}\n",
                csv_field(&c.country),
                csv_field(&c.file),
                m.map_or(String::new(), |x| format!("{x:.1}"))
            ));
        }
        o.push_str(&format!(
            "{},{},overall,{}\n",
            csv_field(&c.country),
            csv_field(&c.file),
            c.overall.map_or(String::new(), |x| format!("{x:.1}"))
        ));
    }
    for s in a.areas.iter().chain(std::iter::once(&a.overall)) {
        o.push_str(&format!(
            "network,,{},{}\n",
            s.id,
            s.mean.map_or(String::new(), |x| format!("{x:.1}"))
        ));
    }
    o
}
