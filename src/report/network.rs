//! The network view of member-state answers (`aggregate`, `report
//! --aggregate`), as a view: the computation from `aggregate.rs` with every
//! text in the report's language.

use crate::aggregate::{Aggregate, CriterionView, LIST_LIMIT};
use crate::i18n::{Arg, Tr};

/// One row of the spread table: area (or overall), min, median, max, mean,
/// then each country's figure.
#[derive(Debug, Clone, PartialEq)]
pub struct SpreadRow {
    pub title: String,
    /// Min, median, max, network mean, as written.
    pub figures: [String; 4],
    /// Each country's figure, in the order of the countries.
    pub countries: Vec<String>,
    pub overall: bool,
}

/// One member state.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryRow {
    /// The country (with its file where a country name repeats).
    pub label: String,
    /// The file as given.
    pub file: String,
    /// The file's name without its folder.
    pub file_name: String,
    /// Each area's figure.
    pub areas: Vec<String>,
    pub overall: String,
    pub answered: String,
}

/// A criterion in one of the two lists.
#[derive(Debug, Clone, PartialEq)]
pub struct CriterionRow {
    pub id: String,
    pub title: String,
    /// Spread ("2") or share below target ("3/4").
    pub value: String,
    /// "spread 2" or "3 of 4 below target", for one-line lists.
    pub line: String,
    /// Each country's answer: "2", "na" or "-".
    pub answers: Vec<String>,
    /// "Aland 2 · Bland -".
    pub by_country: String,
}

/// One list of criteria with its texts.
#[derive(Debug, Clone, PartialEq)]
pub struct CriteriaList {
    pub title: String,
    pub intro: String,
    /// Heading of the value column ("Spread", "Below target").
    pub value_heading: String,
    /// At most [`LIST_LIMIT`] rows.
    pub rows: Vec<CriterionRow>,
    /// "3 more in wen-assess aggregate --format json.", when some are left out.
    pub more: Option<String>,
}

/// The findings of one area, country by country.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaFindings {
    pub area: String,
    /// (country, [(label, text)]) with empty parts left out.
    pub countries: Vec<(String, Vec<(String, String)>)>,
}

/// The fixed texts of the network view.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkLabels {
    pub summary: String,
    /// Area, min, median, max, network.
    pub spread_columns: [String; 5],
    pub member_states: String,
    /// Country, file, overall, answered.
    pub country_columns: [String; 4],
    pub criterion: String,
    pub answers: String,
    pub none: String,
    pub page: String,
    /// "Findings per country".
    pub findings: String,
    /// "Label: " as the language writes it.
    pub separator: String,
}

/// Everything the network view shows.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkReport {
    /// The language of the texts.
    pub lang: &'static str,
    /// The computation, for JSON and CSV (overall row named in the language).
    pub data: Aggregate,
    pub labels: NetworkLabels,
    /// "Network view: Example Regional WEN".
    pub title: String,
    /// "Example Regional WEN: strengthening 1.1.0, 4 member states".
    pub heading: String,
    pub intro: String,
    pub network: String,
    pub spreads: Vec<SpreadRow>,
    /// Area titles, in the order of [`CountryRow::areas`].
    pub area_titles: Vec<String>,
    pub countries: Vec<CountryRow>,
    pub disagreements: CriteriaList,
    pub below_target: CriteriaList,
    /// Findings recorded by the member states, area by area.
    pub findings: Vec<AreaFindings>,
    /// Footer of every PDF page.
    pub footer: String,
    pub generator: String,
}

/// Country labels, with the file name added where a country repeats.
fn country_labels(a: &Aggregate) -> Vec<String> {
    a.countries
        .iter()
        .map(|c| {
            let repeated = a
                .countries
                .iter()
                .filter(|o| crate::answers::same_name(&o.country, &c.country))
                .count()
                > 1;
            if repeated {
                format!("{} ({})", c.country, file_name(&c.file))
            } else {
                c.country.clone()
            }
        })
        .collect()
}

fn file_name(file: &str) -> String {
    file.rsplit(['/', '\\']).next().unwrap_or(file).to_string()
}

/// Builds the network view in a language.
pub fn build(data: &Aggregate, lang: &str) -> NetworkReport {
    let t = Tr::new(lang);
    let mut data = data.clone();
    data.overall.title = t.t("overall");
    let a = &data;
    let unnamed = a.network.trim().is_empty();
    let network = if unnamed {
        t.t("unnamed-network")
    } else {
        a.network.clone()
    };
    let labels = country_labels(a);
    let count = a.countries.len();
    let spreads = a
        .areas
        .iter()
        .chain(std::iter::once(&a.overall))
        .enumerate()
        .map(|(i, s)| SpreadRow {
            title: s.title.clone(),
            figures: [
                t.figure(s.min),
                t.figure(s.median),
                t.figure(s.max),
                t.figure(s.mean),
            ],
            countries: a
                .countries
                .iter()
                .map(|c| {
                    t.figure(if i < a.areas.len() {
                        c.areas.get(i).copied().flatten()
                    } else {
                        c.overall
                    })
                })
                .collect(),
            overall: i == a.areas.len(),
        })
        .collect();
    let countries = a
        .countries
        .iter()
        .zip(&labels)
        .map(|(c, label)| CountryRow {
            label: label.clone(),
            file: c.file.clone(),
            file_name: file_name(&c.file),
            areas: c.areas.iter().map(|m| t.figure(*m)).collect(),
            overall: t.figure(c.overall),
            answered: c.answered.to_string(),
        })
        .collect();
    let row = |v: &CriterionView, value: String, line: String| {
        let answers: Vec<String> = v
            .answers
            .iter()
            .map(|x| x.clone().unwrap_or_else(|| "-".to_string()))
            .collect();
        let by_country = labels
            .iter()
            .zip(&answers)
            .map(|(c, x)| format!("{c} {x}"))
            .collect::<Vec<_>>()
            .join(" · ");
        CriterionRow {
            id: v.id.clone(),
            title: v.title.clone(),
            value,
            line,
            answers,
            by_country,
        }
    };
    let list = |title: &str,
                intro: &str,
                heading: &str,
                items: &[CriterionView],
                value: &dyn Fn(&CriterionView) -> (String, String)| CriteriaList {
        title: t.t(title),
        intro: t.t(intro),
        value_heading: t.t(heading),
        rows: items
            .iter()
            .take(LIST_LIMIT)
            .map(|v| {
                let (value, line) = value(v);
                row(v, value, line)
            })
            .collect(),
        more: (items.len() > LIST_LIMIT)
            .then(|| t.f("more", &[("count", Arg::Count(items.len() - LIST_LIMIT))])),
    };
    let disagreements = list(
        "disagree-title",
        "disagree-intro",
        "spread",
        &a.disagreements,
        &|v| {
            let spread = v.spread.to_string();
            let line = t.f("spread-line", &[("spread", Arg::Str(&spread))]);
            (spread, line)
        },
    );
    let below_target = list(
        "below-title",
        "below-intro",
        "below",
        &a.mostly_below_target,
        &|v| {
            let line = t.f(
                "below-line",
                &[
                    ("below", Arg::Count(v.below_target)),
                    ("scored", Arg::Count(v.scored)),
                ],
            );
            (format!("{}/{}", v.below_target, v.scored), line)
        },
    );
    let parts = [
        t.t("findings-strengths"),
        t.t("findings-challenges"),
        t.t("findings-priorities"),
    ];
    let mut findings: Vec<AreaFindings> = Vec::new();
    for f in &a.findings {
        let title = a
            .areas
            .iter()
            .find(|s| s.id == f.area)
            .map_or(f.area.clone(), |s| s.title.clone());
        let lines: Vec<(String, String)> = parts
            .iter()
            .zip([&f.strengths, &f.challenges, &f.priorities])
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(label, text)| (label.clone(), text.to_string()))
            .collect();
        match findings.iter_mut().find(|x| x.area == title) {
            Some(x) => x.countries.push((f.country.clone(), lines)),
            None => findings.push(AreaFindings {
                area: title,
                countries: vec![(f.country.clone(), lines)],
            }),
        }
    }
    let generator = super::gap::generator();
    NetworkReport {
        lang: t.lang(),
        title: t.f("network-title", &[("network", Arg::Str(&network))]),
        heading: t.f(
            "network-heading",
            &[
                ("network", Arg::Str(&network)),
                ("id", Arg::Str(&a.guideline)),
                ("version", Arg::Str(&a.guideline_version)),
                ("count", Arg::Count(count)),
            ],
        ),
        intro: t.f(
            "network-intro",
            &[
                ("id", Arg::Str(&a.guideline)),
                ("version", Arg::Str(&a.guideline_version)),
                ("count", Arg::Count(count)),
            ],
        ),
        labels: NetworkLabels {
            summary: t.t("summary-title"),
            spread_columns: [
                t.t("spread-area"),
                t.t("spread-min"),
                t.t("spread-median"),
                t.t("spread-max"),
                t.t("spread-network"),
            ],
            member_states: t.t("member-states"),
            country_columns: [
                t.t("country-column-country"),
                t.t("country-column-file"),
                t.t("country-column-overall"),
                t.t("country-column-answered"),
            ],
            criterion: t.t("criterion-column"),
            answers: t.t("answers-title"),
            none: t.t("none"),
            page: t.f(
                "page",
                &[("page", Arg::Str("{page}")), ("pages", Arg::Str("{pages}"))],
            ),
            findings: t.t("findings-per-country"),
            separator: t.t("label-separator"),
        },
        network,
        spreads,
        area_titles: a.areas.iter().map(|s| s.title.clone()).collect(),
        countries,
        disagreements,
        below_target,
        findings,
        footer: format!("{} {}  ·  {generator}", a.guideline, a.guideline_version),
        generator,
        data,
    }
}
