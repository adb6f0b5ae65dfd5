//! The network view (`aggregate`, `report --aggregate`) as a view: the
//! computation from `aggregate.rs` with every text in the report's
//! language, laid out for a secretariat that puts it in front of
//! ministers: the facts (period, guideline, files), the network's maturity
//! by area, the member states by area (a heat map, with the spread and the
//! network's estimate under it), the findings the figures make (where the
//! network's estimate and its members differ, where members disagree, where
//! most are below target, the network as a body), the member states'
//! findings, the method, and annexes that list everything.

use crate::aggregate::{Aggregate, CriterionView, Distribution};
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;
use crate::report::gap::maturity_label;
use crate::scoring::Coverage;

/// Criteria listed in the body of a report; the annex has them all.
pub(crate) const LIST_LIMIT: usize = 10;

/// A figure with the value it stands for, so a renderer can colour it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figure {
    /// As written ("2.6", "2,6", "-").
    pub text: String,
    /// The value, when there is one.
    pub value: Option<f64>,
}

/// One member state's row of the heat map.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct HeatRow {
    /// The country (with its file where a country name repeats).
    pub label: String,
    /// The file's name without its folder.
    pub file_name: String,
    /// Each area's maturity.
    pub areas: Vec<Figure>,
    pub overall: Figure,
    /// "14/15".
    pub answered: String,
}

/// A row under the heat map: min, median, max, at or above target, the
/// network's estimate.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SummaryRow {
    pub label: String,
    pub areas: Vec<Figure>,
    pub overall: Figure,
}

/// One area of the network's maturity table (or the overall row).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MaturityRow {
    pub title: String,
    pub maturity: Figure,
    /// Scale label of the maturity.
    pub label: String,
    /// Target ("3"), empty for the overall row.
    pub target: String,
    pub target_value: Option<u8>,
    pub gap: Figure,
    pub overall: bool,
}

/// One area's spread across member states, for the PDF's chart.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SpreadBar {
    pub title: String,
    pub min: Option<f64>,
    pub median: Option<f64>,
    pub max: Option<f64>,
    pub estimate: Option<f64>,
    /// The estimate as the chart prints it beside its marker ("3.2").
    pub estimate_text: String,
    pub target: Option<u8>,
    /// "1.1-2.7, median 2.2", as a reader checks the chart.
    pub caption: String,
}

/// A criterion in one of the lists.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ListRow {
    pub id: String,
    pub title: String,
    /// The figures of the list's value columns.
    pub values: Vec<String>,
    /// "spread 3", "5 of 7 below target", "network 3, members' median 1",
    /// for one-line lists.
    pub line: String,
    /// "Atlantis Coast 4 · Borealia 0 · …" (no-break spaces inside each
    /// member state's part and before each dot), empty for network-scope
    /// criteria.
    pub by_country: String,
}

/// A list of criteria with its texts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CriteriaList {
    pub title: String,
    pub intro: String,
    /// Criterion, the value columns, and (when the list has them) the
    /// member states' levels.
    pub columns: Vec<String>,
    /// Every criterion of the list; the body shows [`CriteriaList::shown`].
    pub rows: Vec<ListRow>,
    /// Rows shown in the body of a report.
    pub shown: usize,
    /// "12 more criteria are in Annex A.", when the body does not show all.
    pub more: Option<String>,
    /// The same for the terminal, which has no annex.
    pub more_elsewhere: Option<String>,
    /// Said when the list is empty.
    pub empty: String,
}

/// The findings of one area, member state by member state.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AreaFindings {
    pub area: String,
    /// (member state, [(label, text)]) with empty parts left out.
    pub countries: Vec<(String, Vec<(String, String)>)>,
}

/// The fixed texts of the network view.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NetworkLabels {
    pub kicker: String,
    /// "Network maturity by area".
    pub maturity_title: String,
    pub maturity_intro: String,
    /// Area, maturity, level, target, gap.
    pub maturity_columns: [String; 5],
    /// "Member states by area".
    pub heat_title: String,
    pub heat_intro: String,
    /// Said where the figures are coloured (PDF, workbook).
    pub heat_colours: String,
    /// "Member state".
    pub member_state: String,
    pub overall: String,
    pub answered: String,
    /// The scale, for the colour key: "0 Absent", ..., "4 Advanced".
    pub scale: Vec<String>,
    pub spread_title: String,
    pub spread_intro: String,
    /// Range, median, estimate, target.
    pub spread_legend: [String; 4],
    pub chart_axis: String,
    /// The bar chart's legend: met, close, far, overall, target.
    pub bar_legend: [String; 5],
    pub findings: String,
    pub method_title: String,
    pub page: String,
    /// "Label: " as the language writes it.
    pub separator: String,
    pub not_scored: String,
}

/// The texts only the workbook uses.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SheetLabels {
    /// Sheet names: the summary, every criterion, the files.
    pub summary: String,
    pub criteria: String,
    pub files: String,
    /// "Every criterion: where the network stands".
    pub criteria_title: String,
    /// Area, criterion, id, scope, network's file, members' median, target.
    pub criteria_columns: [String; 7],
    /// "Member state", "Network": who answers a criterion.
    pub scope_member: String,
    pub scope_network: String,
}

/// A key fact of the title block: label and value.
pub(crate) type Fact = (String, String);

/// The files, for the annex: member state, file, date, version, answered.
pub(crate) type FileRow = [String; 5];

/// Everything the network view shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NetworkReport {
    /// The language of the texts.
    pub lang: &'static str,
    /// The computation, for JSON, CSV and workbooks (overall named in the language).
    pub data: Aggregate,
    pub labels: NetworkLabels,
    /// "Network report: Example Regional WEN".
    pub title: String,
    /// "Example Regional WEN: strengthening 1.2.0, 7 member states", the
    /// terminal's first line.
    pub heading: String,
    /// The network's name, or "Unnamed network".
    pub network: String,
    /// Network, guideline, period, member states, network's file, coverage,
    /// network maturity.
    pub facts: Vec<Fact>,
    /// Said while answers are missing, or without the network's file.
    pub provisional: Vec<String>,
    /// "wen-assess's method, not ICCWC scoring: ...".
    pub method_note: String,
    /// Files answered against an older version, when there are any.
    pub carried: Option<String>,
    /// Member states' answers to network-scope criteria, left out.
    pub left_out: Option<String>,
    pub maturity: Vec<MaturityRow>,
    /// Titles of the areas with member-scope criteria, in the order of
    /// [`HeatRow::areas`].
    pub area_titles: Vec<String>,
    /// Their ids.
    pub area_ids: Vec<String>,
    /// "1", "2", ...: the area columns' short headings where the titles
    /// do not fit, with [`NetworkReport::area_legend`].
    pub area_numbers: Vec<String>,
    /// "Areas: 1 Membership · 2 Governance · ...".
    pub area_legend: String,
    pub heat: Vec<HeatRow>,
    pub summary: Vec<SummaryRow>,
    pub spread: Vec<SpreadBar>,
    pub differences: CriteriaList,
    pub disagreements: CriteriaList,
    pub below_target: CriteriaList,
    /// The network-scope criteria below target, from the network's file.
    pub body: CriteriaList,
    /// Findings recorded in the files, area by area.
    pub findings: Vec<AreaFindings>,
    pub method: Vec<String>,
    /// Annex A: every member-scope criterion.
    pub annex_criteria: CriteriaList,
    /// The workbook's own texts.
    pub sheet: SheetLabels,
    /// Annex B: the files.
    pub annex_files_title: String,
    pub annex_files_intro: String,
    pub file_columns: [String; 5],
    pub files: Vec<FileRow>,
    /// Annex C: the reasons given for N/A (criterion, whose answer,
    /// reason); empty when no answer is N/A with a reason.
    pub annex_na_title: String,
    pub annex_na_intro: String,
    pub na_columns: [String; 3],
    pub na_reasons: Vec<[String; 3]>,
    /// Footer of every PDF page.
    pub footer: String,
    pub generator: String,
    /// The PDF's creation date, seconds since 1970 (the latest file's
    /// date, unless the command sets `SOURCE_DATE_EPOCH`'s).
    pub document_date: Option<i64>,
}

/// Country labels, with the file name added where a country repeats.
fn country_labels(a: &Aggregate) -> Vec<String> {
    a.member_states
        .iter()
        .map(|c| {
            let repeated = a
                .member_states
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

/// Seconds since 1970 at midnight (UTC) of a `YYYY-MM-DD` date.
pub(crate) fn date_seconds(date: &str) -> Option<i64> {
    if !crate::answers::is_date(date) {
        return None;
    }
    let y: i64 = date.get(0..4)?.parse().ok()?;
    let m: i64 = date.get(5..7)?.parse().ok()?;
    let d: i64 = date.get(8..10)?.parse().ok()?;
    // Howard Hinnant's days-from-civil, the inverse of `civil_date`.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some((era * 146_097 + doe - 719_468) * 86_400)
}

/// "3 October 2026", or "3 to 28 October 2026" as the language writes a
/// period; empty without dates.
pub(crate) fn period(t: &Tr, first: &str, last: &str) -> String {
    match (first.is_empty(), first == last) {
        (true, _) => String::new(),
        (false, true) => t.date(first),
        (false, false) => t.f(
            "period-range",
            &[
                ("first", Arg::Str(&t.date(first))),
                ("last", Arg::Str(&t.date(last))),
            ],
        ),
    }
}

/// "2.6" with the value, for a renderer that colours it.
fn figure(t: &Tr, x: Option<f64>) -> Figure {
    Figure {
        text: t.figure(x),
        value: x,
    }
}

fn at_target(d: &Distribution) -> String {
    if d.scored == 0 {
        "-".to_string()
    } else {
        format!("{}/{}", d.at_target, d.scored)
    }
}

/// A level, or a median of levels: "2", "1.5" (as the language writes
/// it), or "-".
fn level_figure(t: &Tr, x: Option<f64>) -> String {
    match x {
        Some(l) if l.fract() == 0.0 => format!("{l:.0}"),
        other => t.figure(other),
    }
}

/// "4", "N/A" or "-", as the lists and annexes show an answer.
fn answer(t: &Tr, x: &Option<String>) -> String {
    match x.as_deref() {
        None => "-".to_string(),
        Some("na") => t.t("not-applicable"),
        Some(level) => level.to_string(),
    }
}

/// Builds the network view in a language.
pub(crate) fn build(data: &Aggregate, g: &Guideline, lang: &str) -> NetworkReport {
    let t = Tr::new(lang);
    let lang = t.lang();
    let mut data = data.clone();
    data.overall.title = t.t("overall");
    let a = &data;
    let unnamed = a.network.trim().is_empty();
    let network = if unnamed {
        t.t("unnamed-network")
    } else {
        a.network.clone()
    };
    let labels_by_state = country_labels(a);
    let count = a.member_states.len();
    let guideline = t.f(
        "guideline-value",
        &[
            ("title", Arg::Str(g.title.get(lang))),
            ("version", Arg::Str(&g.version)),
        ],
    );
    let period = period(&t, &a.first_date, &a.last_date);
    let coverage_text = |c: Coverage| {
        t.f(
            "network-coverage-text",
            &[
                ("answered", Arg::Count(c.scored + c.not_applicable)),
                ("total", Arg::Count(c.total)),
                ("percent", Arg::Str(&t.percent(c.percent()))),
                ("na", Arg::Count(c.not_applicable)),
                ("open", Arg::Count(c.unanswered)),
            ],
        )
    };
    let maturity_text = |m: Option<f64>| match m {
        Some(_) => t.f(
            "value-with-label",
            &[
                (
                    "value",
                    Arg::Str(&t.f("out-of-four", &[("value", Arg::Str(&t.figure(m)))])),
                ),
                ("label", Arg::Str(&maturity_label(g, m, lang))),
            ],
        ),
        None => t.t("not-scored"),
    };
    let network_file_text = match &a.network_file {
        Some(f) if f.respondent.is_empty() => t.f(
            "network-file-value",
            &[
                ("file", Arg::Str(&file_name(&f.file))),
                ("date", Arg::Str(&t.date(&f.date))),
            ],
        ),
        Some(f) => t.f(
            "network-file-value-respondent",
            &[
                ("file", Arg::Str(&file_name(&f.file))),
                ("date", Arg::Str(&t.date(&f.date))),
                ("respondent", Arg::Str(&f.respondent)),
            ],
        ),
        None => t.t("network-file-none"),
    };
    let mut facts: Vec<Fact> = vec![
        (t.t("field-network"), network.clone()),
        (t.t("field-guideline"), guideline.clone()),
    ];
    if !period.is_empty() {
        facts.push((t.t("field-period"), period.clone()));
    }
    facts.extend([
        (t.t("field-member-states"), count.to_string()),
        (t.t("field-network-file"), network_file_text),
        (t.t("field-coverage"), coverage_text(a.coverage)),
        (
            t.t("field-network-maturity"),
            maturity_text(a.overall.maturity),
        ),
    ]);
    let network_scope = a.overall.network_criteria;
    let mut provisional = Vec::new();
    if a.network_file.is_none() && network_scope > 0 {
        provisional.push(t.f(
            "network-provisional-no-file",
            &[("count", Arg::Count(network_scope))],
        ));
    } else if a.coverage.unanswered > 0 {
        let c = a.coverage;
        provisional.push(t.f(
            "network-provisional",
            &[
                ("answered", Arg::Count(c.scored + c.not_applicable)),
                ("total", Arg::Count(c.total)),
                ("percent", Arg::Str(&t.percent(c.percent()))),
            ],
        ));
    }
    let carried_files: Vec<String> = a
        .member_states
        .iter()
        .zip(&labels_by_state)
        .filter(|(s, _)| !s.answered_version.is_empty() && s.answered_version != g.version)
        .map(|(s, label)| (label.clone(), s.answered_version.clone()))
        .chain(
            a.network_file
                .iter()
                .filter(|f| !f.answered_version.is_empty() && f.answered_version != g.version)
                .map(|f| (t.t("network-own-file"), f.answered_version.clone())),
        )
        .map(|(name, version)| {
            t.f(
                "file-version",
                &[("name", Arg::Str(&name)), ("version", Arg::Str(&version))],
            )
        })
        .collect();
    let carried = (!carried_files.is_empty()).then(|| {
        t.f(
            "carried-files",
            &[
                ("files", Arg::Str(&carried_files.join(", "))),
                ("version", Arg::Str(&g.version)),
            ],
        )
    });
    let left_out_count: usize = a.member_states.iter().map(|s| s.left_out).sum();
    let left_out =
        (left_out_count > 0).then(|| t.f("left-out", &[("count", Arg::Count(left_out_count))]));

    let maturity = a
        .areas
        .iter()
        .chain(std::iter::once(&a.overall))
        .map(|s| MaturityRow {
            title: s.title.clone(),
            maturity: figure(&t, s.maturity),
            label: maturity_label(g, s.maturity, lang),
            target: s.target.map(|t| t.to_string()).unwrap_or_default(),
            target_value: s.target,
            gap: figure(&t, s.gap),
            overall: s.id == "overall",
        })
        .collect();
    // The heat map, the spread and the workbook's area sheets show the
    // areas a member state answers something in.
    let member_areas: Vec<&crate::aggregate::AreaView> =
        a.areas.iter().filter(|s| s.member_criteria > 0).collect();
    let shown_area = |i: usize| a.areas[i].member_criteria > 0;
    let area_titles: Vec<String> = member_areas.iter().map(|s| s.title.clone()).collect();
    let area_numbers: Vec<String> = (1..=area_titles.len()).map(|i| i.to_string()).collect();
    let area_legend = t.f(
        "area-legend",
        &[(
            "areas",
            Arg::Str(
                &area_numbers
                    .iter()
                    .zip(&area_titles)
                    .map(|(n, title)| format!("{n} {title}"))
                    .collect::<Vec<_>>()
                    .join(" · "),
            ),
        )],
    );
    let heat = a
        .member_states
        .iter()
        .zip(&labels_by_state)
        .map(|(s, label)| HeatRow {
            label: label.clone(),
            file_name: file_name(&s.file),
            areas: s
                .areas
                .iter()
                .enumerate()
                .filter(|(i, _)| shown_area(*i))
                .map(|(_, m)| figure(&t, *m))
                .collect(),
            overall: figure(&t, s.overall),
            answered: format!(
                "{}/{}",
                s.coverage.scored + s.coverage.not_applicable,
                s.coverage.total
            ),
        })
        .collect();
    let row = |id: &str, pick: &dyn Fn(&crate::aggregate::AreaView) -> Figure| SummaryRow {
        label: t.t(id),
        areas: member_areas.iter().map(|s| pick(s)).collect(),
        overall: pick(&a.overall),
    };
    let text = |s: String| Figure {
        text: s,
        value: None,
    };
    let mut summary = vec![
        row("spread-min", &|s| figure(&t, s.members.min)),
        row("row-median", &|s| figure(&t, s.members.median)),
        row("spread-max", &|s| figure(&t, s.members.max)),
        row("row-at-target", &|s| {
            if s.target.is_some() {
                text(at_target(&s.members))
            } else {
                text(String::new())
            }
        }),
    ];
    if a.network_file.is_some() {
        summary.push(row("row-estimate", &|s| figure(&t, s.estimate)));
    }
    let spread = member_areas
        .iter()
        .map(|s| SpreadBar {
            title: s.title.clone(),
            min: s.members.min,
            median: s.members.median,
            max: s.members.max,
            estimate: s.estimate,
            estimate_text: t.figure(s.estimate),
            target: s.target,
            caption: match (s.members.min, s.members.max) {
                (Some(_), Some(_)) => t.f(
                    "spread-caption",
                    &[
                        ("min", Arg::Str(&t.figure(s.members.min))),
                        ("max", Arg::Str(&t.figure(s.members.max))),
                        ("median", Arg::Str(&t.figure(s.members.median))),
                    ],
                ),
                _ => t.t("not-scored"),
            },
        })
        .collect();

    // The lists. Each row names every member state's level, so a reader
    // sees who is behind a spread or a median.
    // No-break spaces hold each name to its level, so a line breaks only
    // between member states.
    let by_country = |c: &CriterionView| {
        labels_by_state
            .iter()
            .zip(&c.answers)
            .map(|(s, x)| {
                let name: Vec<&str> = s.split_whitespace().collect();
                format!("{}\u{a0}{}", name.join("\u{a0}"), answer(&t, x))
            })
            .collect::<Vec<_>>()
            // The dot stays at the end of a line, never starts one.
            .join("\u{a0}· ")
    };
    let median_of = |c: &CriterionView| level_figure(&t, c.members.as_ref().and_then(|m| m.median));
    let list = |title: &str,
                intro: String,
                columns: &[&str],
                ids: &[String],
                shown: usize,
                values: &dyn Fn(&CriterionView) -> (Vec<String>, String),
                with_states: bool,
                empty: &str| {
        let rows: Vec<ListRow> = ids
            .iter()
            .filter_map(|id| a.criterion(id))
            .map(|c| {
                let (values, line) = values(c);
                ListRow {
                    id: c.id.clone(),
                    title: c.title.clone(),
                    values,
                    line,
                    by_country: if with_states {
                        by_country(c)
                    } else {
                        String::new()
                    },
                }
            })
            .collect();
        let mut columns: Vec<String> = columns.iter().map(|c| t.t(c)).collect();
        if with_states {
            columns.push(t.t("column-levels"));
        }
        CriteriaList {
            title: t.t(title),
            intro,
            columns,
            more: (rows.len() > shown).then(|| {
                t.f(
                    "more-in-annex",
                    &[("count", Arg::Count(rows.len() - shown))],
                )
            }),
            more_elsewhere: (rows.len() > shown).then(|| {
                t.f(
                    "more-in-formats",
                    &[("count", Arg::Count(rows.len() - shown))],
                )
            }),
            shown: shown.min(rows.len()),
            rows,
            empty: t.t(empty),
        }
    };
    let differences = list(
        "differences-title",
        t.t("differences-intro"),
        &[
            "criterion-column",
            "column-estimate",
            "column-median",
            "column-difference",
        ],
        &a.estimate_differences,
        LIST_LIMIT,
        &|c| {
            let estimate = answer(&t, &c.network);
            let median = median_of(c);
            let line = t.f(
                "difference-line",
                &[
                    ("estimate", Arg::Str(&estimate)),
                    ("median", Arg::Str(&median)),
                ],
            );
            let difference = match c.difference {
                Some(d) if d.fract() == 0.0 => format!("{d:+.0}"),
                other => t.signed(other),
            };
            (vec![estimate, median, difference], line)
        },
        true,
        "differences-none",
    );
    let disagreements = list(
        "disagree-title",
        t.t("disagree-intro-all"),
        &["criterion-column", "spread"],
        &a.disagreements,
        LIST_LIMIT,
        &|c| {
            let spread = c.spread.unwrap_or(0).to_string();
            let line = t.f("spread-line", &[("spread", Arg::Str(&spread))]);
            (vec![spread], line)
        },
        true,
        "none",
    );
    let below_target = list(
        "below-title",
        t.t("below-intro-all"),
        &["criterion-column", "below"],
        &a.mostly_below_target,
        LIST_LIMIT,
        &|c| {
            let (below, scored) = c
                .members
                .as_ref()
                .map_or((0, 0), |m| (m.scored - m.at_target, m.scored));
            let line = t.f(
                "below-line",
                &[("below", Arg::Count(below)), ("scored", Arg::Count(scored))],
            );
            (vec![format!("{below}/{scored}")], line)
        },
        true,
        "none",
    );
    let body_intro = match &a.network_file {
        Some(f) => t.f("body-intro", &[("file", Arg::Str(&file_name(&f.file)))]),
        None => t.f("body-no-file", &[("count", Arg::Count(network_scope))]),
    };
    let body = list(
        "body-title",
        body_intro,
        &["criterion-column", "column-level", "column-target"],
        &a.network_below_target,
        usize::MAX,
        &|c| {
            let level = answer(&t, &c.network);
            let target = c.target.to_string();
            let line = t.f(
                "body-line",
                &[("level", Arg::Str(&level)), ("target", Arg::Str(&target))],
            );
            (vec![level, target], line)
        },
        false,
        if a.network_file.is_some() {
            "body-none-below"
        } else {
            "none"
        },
    );
    let member_ids: Vec<String> = a
        .criteria
        .iter()
        .filter(|c| c.scope == "member")
        .map(|c| c.id.clone())
        .collect();
    let mut annex_columns = vec![
        "criterion-column",
        "spread-min",
        "row-median",
        "spread-max",
        "row-at-target",
    ];
    if a.network_file.is_some() {
        annex_columns.push("row-estimate");
    }
    let with_estimate = a.network_file.is_some();
    let annex_criteria = list(
        "annex-criteria-title",
        t.t("annex-criteria-intro"),
        &annex_columns,
        &member_ids,
        usize::MAX,
        &|c| {
            let m = c.members.as_ref();
            let mut values = vec![
                level_figure(&t, m.and_then(|m| m.min)),
                median_of(c),
                level_figure(&t, m.and_then(|m| m.max)),
                m.map_or_else(|| "-".to_string(), at_target),
            ];
            if with_estimate {
                values.push(answer(&t, &c.network));
            }
            (values, String::new())
        },
        true,
        "none",
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
        let who = if f.country.is_empty() {
            t.t("network-own-file")
        } else {
            f.country.clone()
        };
        match findings.iter_mut().find(|x| x.area == title) {
            Some(x) => x.countries.push((who, lines)),
            None => findings.push(AreaFindings {
                area: title,
                countries: vec![(who, lines)],
            }),
        }
    }

    // Every reason given for N/A, criterion by criterion: the member
    // states' in their order, then the network's own.
    let mut na_reasons: Vec<[String; 3]> = Vec::new();
    for c in &a.criteria {
        let criterion = format!("{} ({})", c.title, c.id);
        for (label, reason) in labels_by_state.iter().zip(&c.reasons) {
            if let Some(reason) = reason.as_deref().filter(|r| !r.trim().is_empty()) {
                na_reasons.push([criterion.clone(), label.clone(), reason.trim().to_string()]);
            }
        }
        if let Some(reason) = c.network_reason.as_deref().filter(|r| !r.trim().is_empty()) {
            na_reasons.push([
                criterion,
                t.t("network-own-file"),
                reason.trim().to_string(),
            ]);
        }
    }

    let mut files: Vec<FileRow> = a
        .member_states
        .iter()
        .zip(&labels_by_state)
        .map(|(s, label)| {
            [
                label.clone(),
                s.file.clone(),
                t.date(&s.date),
                s.answered_version.clone(),
                format!(
                    "{}/{}",
                    s.coverage.scored + s.coverage.not_applicable,
                    s.coverage.total
                ),
            ]
        })
        .collect();
    if let Some(f) = &a.network_file {
        files.push([
            t.t("network-own-file"),
            f.file.clone(),
            t.date(&f.date),
            f.answered_version.clone(),
            format!(
                "{}/{}",
                f.coverage.scored + f.coverage.not_applicable,
                f.coverage.total
            ),
        ]);
    }
    let generator = super::gap::generator();
    let scale: Vec<String> = (0..=4u8)
        .map(|l| format!("{l} {}", g.level_label(l, lang)))
        .collect();
    NetworkReport {
        lang,
        title: t.f("network-report-title", &[("network", Arg::Str(&network))]),
        // People read the guideline's short title; its id is for machines.
        heading: t.f(
            "network-heading",
            &[
                ("network", Arg::Str(&network)),
                ("id", Arg::Str(g.short_title.get(lang))),
                ("version", Arg::Str(&a.guideline_version)),
                ("count", Arg::Count(count)),
            ],
        ),
        facts,
        provisional,
        method_note: t.t("method-note-network"),
        carried,
        left_out,
        labels: NetworkLabels {
            kicker: t.t("network-report-kicker"),
            maturity_title: t.t("network-maturity-title"),
            maturity_intro: t.t("network-maturity-intro"),
            maturity_columns: [
                t.t("column-area"),
                t.t("column-maturity"),
                t.t("column-level"),
                t.t("column-target"),
                t.t("column-gap"),
            ],
            heat_title: t.t("heat-map-title"),
            heat_intro: t.t(if a.network_file.is_some() {
                "heat-map-intro"
            } else {
                "heat-map-intro-no-estimate"
            }),
            heat_colours: t.t("heat-map-colours"),
            member_state: t.t("column-member-state"),
            overall: t.t("overall"),
            answered: t.t("column-answered"),
            scale,
            spread_title: t.t("spread-chart-title"),
            spread_intro: t.t("spread-chart-intro"),
            spread_legend: [
                t.t("legend-range"),
                t.t("legend-median"),
                t.t("legend-estimate"),
                t.t("legend-target"),
            ],
            chart_axis: t.t("chart-axis"),
            bar_legend: [
                t.t("legend-met"),
                t.t("legend-close"),
                t.t("legend-far"),
                t.t("legend-overall"),
                t.t("legend-target"),
            ],
            findings: t.t("findings-per-country"),
            method_title: t.t("method-title"),
            page: t.f(
                "page",
                &[("page", Arg::Str("{page}")), ("pages", Arg::Str("{pages}"))],
            ),
            separator: t.t("label-separator"),
            not_scored: t.t("not-scored"),
        },
        network,
        maturity,
        area_ids: member_areas.iter().map(|s| s.id.clone()).collect(),
        area_titles,
        area_numbers,
        area_legend,
        heat,
        summary,
        spread,
        differences,
        disagreements,
        below_target,
        body,
        findings,
        method: vec![
            t.t("method-levels"),
            t.t("method-network-members"),
            t.t("method-network-body"),
            t.t("method-network-maturity"),
            t.f(
                "method-network-targets",
                &[("target", Arg::Str(&g.target.to_string()))],
            ),
            t.t("method-ours"),
        ],
        annex_criteria,
        sheet: SheetLabels {
            summary: t.t("sheet-summary"),
            criteria: t.t("sheet-criteria"),
            files: t.t("sheet-files"),
            criteria_title: t.t("sheet-criteria-title"),
            criteria_columns: [
                t.t("column-area"),
                t.t("criterion-column"),
                t.t("column-id"),
                t.t("column-scope"),
                t.t("column-network-file"),
                t.t("row-median"),
                t.t("column-target"),
            ],
            scope_member: t.t("scope-member"),
            scope_network: t.t("scope-network"),
        },
        annex_files_title: t.t("annex-files-title"),
        annex_files_intro: t.t("annex-files-intro"),
        file_columns: [
            t.t("column-whose-answers"),
            t.t("country-column-file"),
            t.t("field-date"),
            t.t("field-answered-against"),
            t.t("column-answered"),
        ],
        files,
        annex_na_title: t.t("annex-na-title"),
        annex_na_intro: t.t("annex-na-intro"),
        na_columns: [
            t.t("progress-column-criterion"),
            t.t("column-whose-answers"),
            t.t("column-na-reason"),
        ],
        na_reasons,
        footer: format!("{} {}  ·  {generator}", g.short_title.get(lang), g.version),
        generator,
        document_date: date_seconds(&a.last_date),
        data,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_seconds_at_midnight() {
        assert_eq!(date_seconds("1970-01-01"), Some(0));
        assert_eq!(date_seconds("2026-10-20"), Some(1_792_454_400));
        assert_eq!(date_seconds("2000-02-29"), Some(951_782_400));
        assert_eq!(date_seconds("soon"), None);
        for days in [-1000, 0, 11_016, 20_415, 30_000] {
            let date = crate::answers::civil_date(days);
            assert_eq!(date_seconds(&date), Some(days * 86_400), "{date}");
        }
    }
}
