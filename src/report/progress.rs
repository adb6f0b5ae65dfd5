//! Progress over two or more assessments (`compare`), as a view: the trend
//! from `compare.rs` with every text in the report's language: the points
//! in date order, each area and criterion over them, and what rose, fell
//! and stayed below target at every point.

use crate::compare::{CriterionSeries, Trend, Value};
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;

/// One point: its short heading and the line that says what it is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PointRow {
    /// "2025", or the date when two points share a year.
    pub label: String,
    /// "2025: examples/network/2025 (7 member states and the network's own
    /// file, 2 to 20 October 2025)".
    pub line: String,
}

/// An area (or the overall row) over the points.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SeriesRow {
    pub title: String,
    /// Each point's figure, as written.
    pub values: Vec<String>,
    /// Each point's figure.
    pub numbers: Vec<Option<f64>>,
    /// Last minus first ("+0.5").
    pub change: String,
    pub target: Option<u8>,
    pub overall: bool,
}

/// A criterion over the points.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ChangeRow {
    pub id: String,
    /// The title, or `None` for a criterion the guideline does not have.
    pub title: Option<String>,
    /// Each point's value: "2", "1.5", "N/A" or "-".
    pub values: Vec<String>,
    /// "1 → 2 → 3".
    pub series: String,
}

/// One list of criteria.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ChangeList {
    pub title: String,
    /// "Rose (3)".
    pub title_with_count: String,
    pub rows: Vec<ChangeRow>,
}

/// The fixed texts of the progress view.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ProgressLabels {
    pub kicker: String,
    pub points_title: String,
    pub areas_title: String,
    pub chart_title: String,
    pub chart_axis: String,
    pub target: String,
    pub overall: String,
    pub criterion: String,
    pub change: String,
    pub annex_title: String,
    pub annex_intro: String,
    pub method_title: String,
    pub page: String,
    pub separator: String,
}

/// Everything the progress view shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Progress {
    /// The language of the texts.
    pub lang: &'static str,
    /// The computation, for JSON.
    pub data: Trend,
    pub labels: ProgressLabels,
    /// "Progress: Atlantis Coast".
    pub title: String,
    /// "Strengthening an existing WEN, version 1.2.0".
    pub subtitle: String,
    /// The points in date order.
    pub points: Vec<PointRow>,
    /// Said for incomplete points, missing network files, older versions.
    pub notes: Vec<String>,
    /// Area, each point, change.
    pub columns: Vec<String>,
    pub rows: Vec<SeriesRow>,
    /// Rose, fell, below target throughout, answered at some points only,
    /// not in the guideline; empty lists included.
    pub lists: Vec<ChangeList>,
    /// Every criterion over the points (the annex).
    pub criteria: Vec<ChangeRow>,
    pub method: Vec<String>,
    pub footer: String,
    pub generator: String,
    /// The PDF's creation date, seconds since 1970 (the last point's date,
    /// unless the command sets `SOURCE_DATE_EPOCH`'s).
    pub document_date: Option<i64>,
}

/// "2", "1.5", "N/A" or "-".
fn value_text(t: &Tr, v: Value) -> String {
    match v {
        Value::Level(l) if l.fract() == 0.0 => format!("{l:.0}"),
        Value::Level(l) => t.figure(Some(l)),
        Value::NotApplicable => t.t("not-applicable"),
        Value::Missing => "-".to_string(),
    }
}

/// Short headings of the points: the year, or the whole date where two
/// points share a year (or one has no date).
fn point_labels(t: &Tr, dates: &[&str]) -> Vec<String> {
    let year = |d: &str| d.get(..4).unwrap_or(d).to_string();
    let distinct = dates.iter().all(|d| crate::answers::is_date(d))
        && (0..dates.len()).all(|i| (i + 1..dates.len()).all(|j| year(dates[i]) != year(dates[j])));
    dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if distinct {
                year(d)
            } else if crate::answers::is_date(d) {
                d.to_string()
            } else {
                t.f("point-undated", &[("number", Arg::Count(i + 1))])
            }
        })
        .collect()
}

/// Builds the progress view in a language.
pub(crate) fn build(trend: &Trend, g: &Guideline, lang: &str) -> Progress {
    let t = Tr::new(lang);
    let lang = t.lang();
    let mut data = trend.clone();
    data.overall.title = t.t("overall");
    let c = &data;
    let dates: Vec<&str> = c.points.iter().map(|p| p.date.as_str()).collect();
    let labels_of_points = point_labels(&t, &dates);
    let points = c
        .points
        .iter()
        .zip(&labels_of_points)
        .map(|(p, label)| {
            let when = super::network::period(&t, &p.first_date, &p.date);
            let what = if p.kind == "network" {
                t.f(
                    if p.network_file {
                        "point-network-with-file"
                    } else {
                        "point-network"
                    },
                    &[
                        ("path", Arg::Str(&p.source)),
                        ("count", Arg::Count(p.member_states)),
                    ],
                )
            } else {
                p.source.clone()
            };
            let line = if when.is_empty() {
                t.f(
                    "point-line-undated",
                    &[("label", Arg::Str(label)), ("what", Arg::Str(&what))],
                )
            } else {
                t.f(
                    "point-line",
                    &[
                        ("label", Arg::Str(label)),
                        ("what", Arg::Str(&what)),
                        ("when", Arg::Str(&when)),
                    ],
                )
            };
            PointRow {
                label: label.clone(),
                line,
            }
        })
        .collect();
    let mut notes = Vec::new();
    for (p, label) in c.points.iter().zip(&labels_of_points) {
        let cov = p.coverage;
        if cov.unanswered > 0 {
            notes.push(t.f(
                "point-provisional",
                &[
                    ("label", Arg::Str(label)),
                    ("answered", Arg::Count(cov.scored + cov.not_applicable)),
                    ("total", Arg::Count(cov.total)),
                    ("percent", Arg::Str(&t.percent(cov.percent()))),
                ],
            ));
        }
        let older: Vec<&String> = p
            .answered_versions
            .iter()
            .filter(|v| !v.is_empty() && **v != c.guideline_version)
            .collect();
        if !older.is_empty() {
            notes.push(
                t.f(
                    if p.kind == "network" {
                        "point-older-files"
                    } else {
                        "point-older-version"
                    },
                    &[
                        ("label", Arg::Str(label)),
                        (
                            "versions",
                            Arg::Str(
                                &older
                                    .iter()
                                    .map(|v| v.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", "),
                            ),
                        ),
                        ("version", Arg::Str(&c.guideline_version)),
                    ],
                ),
            );
        }
    }
    let rows = c
        .areas
        .iter()
        .chain(std::iter::once(&c.overall))
        .map(|a| SeriesRow {
            title: a.title.clone(),
            values: a.values.iter().map(|v| t.figure(*v)).collect(),
            numbers: a.values.clone(),
            change: t.signed(a.change),
            target: a.target,
            overall: a.id == "overall",
        })
        .collect();
    let mut columns = vec![t.t("progress-column-area")];
    columns.extend(labels_of_points.iter().cloned());
    columns.push(t.t("progress-column-change"));
    let change_row = |s: &CriterionSeries, known: bool| {
        let values: Vec<String> = s.values.iter().map(|v| value_text(&t, *v)).collect();
        ChangeRow {
            id: s.id.clone(),
            title: known.then(|| s.title.clone()),
            series: values.join(" → "),
            values,
        }
    };
    let list = |id: &str, ids: &[String]| {
        let title = t.t(id);
        let rows: Vec<ChangeRow> = ids
            .iter()
            .filter_map(|id| c.criterion(id))
            .map(|s| change_row(s, true))
            .collect();
        ChangeList {
            title_with_count: t.f(
                "list-count",
                &[
                    ("title", Arg::Str(&title)),
                    ("count", Arg::Count(rows.len())),
                ],
            ),
            title,
            rows,
        }
    };
    let mut lists = vec![
        list("moved-up", &c.rose),
        list("moved-down", &c.fell),
        list("below-throughout", &c.below_throughout),
        list("partly-answered", &c.partly_answered),
    ];
    let title = t.t("not-in-guideline");
    lists.push(ChangeList {
        title_with_count: t.f(
            "list-count",
            &[
                ("title", Arg::Str(&title)),
                ("count", Arg::Count(c.not_in_guideline.len())),
            ],
        ),
        title,
        rows: c
            .not_in_guideline
            .iter()
            .map(|s| change_row(s, false))
            .collect(),
    });
    let subject = if c.country.is_empty() {
        if c.network.is_empty() {
            t.t("unnamed-network")
        } else {
            c.network.clone()
        }
    } else {
        c.country.clone()
    };
    let networks = c.points.iter().any(|p| p.kind == "network");
    let mut method = vec![t.t("method-trend")];
    if networks {
        method.push(t.t("method-trend-network"));
    }
    method.push(t.t("method-ours"));
    let generator = super::gap::generator();
    Progress {
        lang,
        title: t.f("trend-title", &[("subject", Arg::Str(&subject))]),
        subtitle: t.f(
            "guideline-value",
            &[
                ("title", Arg::Str(g.title.get(lang))),
                ("version", Arg::Str(&g.version)),
            ],
        ),
        points,
        notes,
        columns,
        rows,
        lists,
        criteria: c.criteria.iter().map(|s| change_row(s, true)).collect(),
        method,
        labels: ProgressLabels {
            kicker: t.t("trend-kicker"),
            points_title: t.t("trend-points-title"),
            areas_title: t.t("trend-areas-title"),
            chart_title: t.t("trend-chart-title"),
            chart_axis: t.t("chart-axis"),
            target: t.t("legend-target"),
            overall: t.t("overall"),
            criterion: t.t("progress-column-criterion"),
            change: t.t("progress-column-change"),
            annex_title: t.t("trend-annex-title"),
            annex_intro: t.t("trend-annex-intro"),
            method_title: t.t("method-title"),
            page: t.f(
                "page",
                &[("page", Arg::Str("{page}")), ("pages", Arg::Str("{pages}"))],
            ),
            separator: t.t("label-separator"),
        },
        footer: format!("{} {}  ·  {generator}", g.short_title.get(lang), g.version),
        generator,
        document_date: c
            .points
            .last()
            .and_then(|p| super::network::date_seconds(&p.date)),
        data,
    }
}
