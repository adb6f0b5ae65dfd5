//! Progress over two or more assessments of the same guideline
//! (`compare`): the files of one member state or of one network, or the
//! network view of each year (a folder of member states' files).
//!
//! Every point is scored against the guideline as loaded now, so answers
//! given against an older version are read at their new place. Points are
//! ordered by date. Each area and criterion is followed over the points;
//! what rose, fell (first point with a level against the last) and stayed
//! below the target at every point is named, and so are criteria answered
//! at some points only and answers for criteria the guideline no longer
//! has: nothing is dropped.

use serde::{Serialize, Serializer};

use crate::aggregate::Aggregate;
use crate::answers::{AnswerFile, Response};
use crate::model::{Guideline, Scope};
use crate::scoring::{self, Coverage};

/// The value of the `schema` field of `compare --format json`.
pub(crate) const COMPARE_SCHEMA: &str = "wen-assess/compare/2";

/// A criterion's value at one point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Value {
    /// A level (a file's), or the network's level (a median, which may be
    /// a half).
    Level(f64),
    /// Not applicable.
    NotApplicable,
    /// Not answered, or not in the file.
    Missing,
}

impl Value {
    fn level(self) -> Option<f64> {
        match self {
            Value::Level(l) => Some(l),
            _ => None,
        }
    }
}

/// JSON: a number, `"na"` or `null`.
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Level(l) => s.serialize_f64(*l),
            Value::NotApplicable => s.serialize_str("na"),
            Value::Missing => s.serialize_none(),
        }
    }
}

/// What one point is made of.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Source<'a> {
    /// One answer file (a member state's or the network's).
    File(&'a AnswerFile),
    /// The network view of one folder.
    Network(&'a Aggregate),
}

/// One point as given: what it was read from and its content.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Input<'a> {
    /// The file or folder as given.
    pub path: &'a str,
    /// Its content.
    pub source: Source<'a>,
}

impl Input<'_> {
    /// The point's date: the file's, or the latest of a folder's files.
    pub(crate) fn date(&self) -> &str {
        match self.source {
            Source::File(a) => &a.date,
            Source::Network(n) => &n.last_date,
        }
    }
}

/// A problem with the points' dates, which `compare` reports as a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateIssue {
    /// A point without a date: the points keep the order they were given in.
    Missing {
        /// The file or folder.
        path: String,
    },
    /// Two points with the same date: they keep the order given.
    Repeated {
        /// The earlier given.
        first: String,
        /// The later given.
        second: String,
        /// The date.
        date: String,
    },
}

/// Orders the points by date (a stable sort, so points of one date keep
/// the order given), unless one has no date: then every point keeps the
/// order given, as there is nothing to place it by.
pub(crate) fn order<'a>(mut points: Vec<Input<'a>>) -> (Vec<Input<'a>>, Vec<DateIssue>) {
    let mut issues: Vec<DateIssue> = points
        .iter()
        .filter(|p| !crate::answers::is_date(p.date()))
        .map(|p| DateIssue::Missing {
            path: p.path.to_string(),
        })
        .collect();
    for (i, a) in points.iter().enumerate() {
        if let Some(b) = points[i + 1..]
            .iter()
            .find(|b| crate::answers::is_date(a.date()) && b.date() == a.date())
        {
            issues.push(DateIssue::Repeated {
                first: a.path.to_string(),
                second: b.path.to_string(),
                date: a.date().to_string(),
            });
        }
    }
    if issues
        .iter()
        .all(|i| !matches!(i, DateIssue::Missing { .. }))
    {
        points.sort_by(|a, b| a.date().cmp(b.date()));
    }
    (points, issues)
}

/// One point of the comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Point {
    /// The file or folder as given.
    pub source: String,
    /// `file` or `network` (a folder's network view).
    pub kind: &'static str,
    /// Its date (the latest file's, for a folder), as written.
    pub date: String,
    /// The earliest date of a folder's files (its own date for a file).
    pub first_date: String,
    /// Member states in a folder (0 for a file).
    pub member_states: usize,
    /// A folder holds the network's own file.
    pub network_file: bool,
    /// Guideline versions the answers were given against.
    pub answered_versions: Vec<String>,
    /// Answers expected and given.
    pub coverage: Coverage,
}

/// An area (or the whole) over the points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct AreaSeries {
    /// Area id, or `overall`.
    pub id: String,
    /// Title (empty for `overall`: the view names it).
    pub title: String,
    /// Target at the last point (none for `overall`).
    pub target: Option<u8>,
    /// Maturity at each point, one decimal.
    pub values: Vec<Option<f64>>,
    /// The last figure minus the first, as shown.
    pub change: Option<f64>,
}

/// A criterion over the points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct CriterionSeries {
    /// Criterion id.
    pub id: String,
    /// Its area's id.
    pub area: String,
    /// Title (the id for a criterion the guideline does not have).
    pub title: String,
    /// Target of its area at the last point.
    pub target: u8,
    /// Value at each point.
    pub values: Vec<Value>,
}

/// The comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Trend {
    /// Schema id.
    pub schema: &'static str,
    /// Guideline id.
    pub guideline: String,
    /// Guideline version scored against.
    pub guideline_version: String,
    /// The network's name.
    pub network: String,
    /// The member state followed, or empty when it is the network.
    pub country: String,
    /// The points, by date.
    pub points: Vec<Point>,
    /// Per area.
    pub areas: Vec<AreaSeries>,
    /// The whole.
    pub overall: AreaSeries,
    /// The criteria followed (a member state's: the member-scope ones), in
    /// guideline order.
    pub criteria: Vec<CriterionSeries>,
    /// Criteria whose last level is above their first.
    pub rose: Vec<String>,
    /// Criteria whose last level is below their first.
    pub fell: Vec<String>,
    /// Criteria with a level below the target at every point.
    pub below_throughout: Vec<String>,
    /// Criteria answered (level or N/A) at some points only, or N/A at some
    /// and with a level at others.
    pub partly_answered: Vec<String>,
    /// Answers in the files for criteria the guideline does not have.
    pub not_in_guideline: Vec<CriterionSeries>,
}

impl Trend {
    /// A criterion followed, by id.
    pub(crate) fn criterion(&self, id: &str) -> Option<&CriterionSeries> {
        self.criteria.iter().find(|c| c.id == id)
    }
}

fn value(r: Option<&Response>) -> Value {
    match r {
        Some(Response::Level(l)) => Value::Level(f64::from(*l)),
        Some(Response::NotApplicable { .. }) => Value::NotApplicable,
        None => Value::Missing,
    }
}

/// What a point gives: areas, overall, coverage and the value of each
/// criterion (in guideline order).
struct Scored {
    areas: Vec<Option<f64>>,
    overall: Option<f64>,
    targets: Vec<u8>,
    coverage: Coverage,
    values: Vec<Value>,
}

fn score(g: &Guideline, source: Source, who: Scope) -> Scored {
    match source {
        Source::File(a) => {
            // A member state followed over time is scored on its criteria
            // at every point, as the network view scores it, even from a
            // file of a version that did not say whom it spoke for.
            let as_member;
            let a = if who == Scope::Member && a.speaks_for() != Scope::Member {
                let mut copy = a.clone();
                copy.scope = Some(Scope::Member);
                as_member = copy;
                &as_member
            } else {
                a
            };
            let card = scoring::score(g, a);
            Scored {
                areas: card.areas.iter().map(|s| s.maturity).collect(),
                overall: card.overall,
                targets: card.areas.iter().map(|s| s.target).collect(),
                coverage: card.coverage,
                values: g
                    .criteria()
                    .map(|(_, c)| value(a.answer(&c.id).and_then(|x| x.response.as_ref())))
                    .collect(),
            }
        }
        Source::Network(n) => Scored {
            areas: n.areas.iter().map(|s| s.maturity).collect(),
            overall: n.overall.maturity,
            targets: n
                .areas
                .iter()
                .map(|s| s.target.unwrap_or(g.target))
                .collect(),
            coverage: n.coverage,
            values: n
                .criteria
                .iter()
                .map(|c| match (c.level, c.scope, c.network.as_deref()) {
                    (Some(l), _, _) => Value::Level(l),
                    // A network-scope criterion the network's file marks N/A.
                    (None, "network", Some("na")) => Value::NotApplicable,
                    // A member-scope criterion every member state marks N/A.
                    (None, "member", _)
                        if !c.answers.is_empty()
                            && c.answers.iter().all(|a| a.as_deref() == Some("na")) =>
                    {
                        Value::NotApplicable
                    }
                    _ => Value::Missing,
                })
                .collect(),
        },
    }
}

/// The last figure minus the first, as shown, over the points that have one.
fn change(values: &[Option<f64>]) -> Option<f64> {
    let mut present = values.iter().flatten();
    let first = present.next()?;
    let last = present.next_back()?;
    Some(scoring::round1(
        scoring::round1(*last) - scoring::round1(*first),
    ))
}

/// Compares points (ordered already, see [`order`]) of one guideline;
/// titles are in `lang`. `country` names the member state followed, empty
/// for the network.
pub(crate) fn compare(g: &Guideline, points: &[Input], country: &str, lang: &str) -> Trend {
    // A member state's files are followed on the criteria it answers: the
    // series is a member state's when any of its files says so.
    let who = if points
        .iter()
        .any(|p| matches!(p.source, Source::File(a) if a.speaks_for() == Scope::Member))
    {
        Scope::Member
    } else {
        Scope::Network
    };
    let scored: Vec<Scored> = points.iter().map(|p| score(g, p.source, who)).collect();
    let last = scored.last();
    let areas = g
        .areas
        .iter()
        .enumerate()
        .filter(|(_, area)| area.criteria_for(who).next().is_some())
        .map(|(i, area)| {
            let values: Vec<Option<f64>> = scored
                .iter()
                .map(|s| s.areas[i].map(scoring::round1))
                .collect();
            AreaSeries {
                id: area.id.clone(),
                title: area.title.get(lang).to_string(),
                target: last.map(|s| s.targets[i]),
                change: change(&values),
                values,
            }
        })
        .collect();
    let overall_values: Vec<Option<f64>> = scored
        .iter()
        .map(|s| s.overall.map(scoring::round1))
        .collect();
    let overall = AreaSeries {
        id: "overall".to_string(),
        title: String::new(),
        target: None,
        change: change(&overall_values),
        values: overall_values,
    };
    let area_index = |id: &str| g.areas.iter().position(|a| a.id == id).unwrap_or(0);
    let criteria: Vec<CriterionSeries> = g
        .criteria()
        .enumerate()
        .filter(|(_, (_, c))| c.is_for(who))
        .map(|(i, (area, c))| CriterionSeries {
            id: c.id.clone(),
            area: area.id.clone(),
            title: c.title.get(lang).to_string(),
            target: last.map_or(g.target, |s| s.targets[area_index(&area.id)]),
            values: scored.iter().map(|s| s.values[i]).collect(),
        })
        .collect();

    let (mut rose, mut fell, mut below, mut partly) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for c in &criteria {
        let levels: Vec<f64> = c.values.iter().filter_map(|v| v.level()).collect();
        if let (Some(first), Some(last)) = (levels.first(), levels.last())
            && levels.len() > 1
        {
            if last > first {
                rose.push(c.id.clone());
            } else if last < first {
                fell.push(c.id.clone());
            }
        }
        if levels.len() == c.values.len() && levels.iter().all(|l| *l < f64::from(c.target)) {
            below.push(c.id.clone());
        }
        let answered = c.values.iter().filter(|v| **v != Value::Missing).count();
        let na = c
            .values
            .iter()
            .filter(|v| **v == Value::NotApplicable)
            .count();
        if (answered > 0 && answered < c.values.len()) || (na > 0 && !levels.is_empty()) {
            partly.push(c.id.clone());
        }
    }

    let mut not_in_guideline: Vec<CriterionSeries> = Vec::new();
    for p in points {
        let Source::File(a) = p.source else { continue };
        for e in &a.answers {
            if g.criterion(&e.criterion).is_none()
                && !not_in_guideline.iter().any(|x| x.id == e.criterion)
            {
                not_in_guideline.push(CriterionSeries {
                    id: e.criterion.clone(),
                    area: String::new(),
                    title: e.criterion.clone(),
                    target: g.target,
                    values: points
                        .iter()
                        .map(|q| match q.source {
                            Source::File(b) => {
                                value(b.answer(&e.criterion).and_then(|x| x.response.as_ref()))
                            }
                            Source::Network(_) => Value::Missing,
                        })
                        .collect(),
                });
            }
        }
    }

    let point = |(p, s): (&Input, &Scored)| match p.source {
        Source::File(a) => Point {
            source: p.path.to_string(),
            kind: "file",
            date: a.date.clone(),
            first_date: a.date.clone(),
            member_states: 0,
            network_file: false,
            answered_versions: vec![a.guideline_version.clone()],
            coverage: s.coverage,
        },
        Source::Network(n) => {
            let mut versions: Vec<String> = n
                .member_states
                .iter()
                .map(|m| m.answered_version.clone())
                .chain(n.network_file.iter().map(|f| f.answered_version.clone()))
                .collect();
            versions.sort();
            versions.dedup();
            Point {
                source: p.path.to_string(),
                kind: "network",
                date: n.last_date.clone(),
                first_date: n.first_date.clone(),
                member_states: n.member_states.len(),
                network_file: n.network_file.is_some(),
                answered_versions: versions,
                coverage: s.coverage,
            }
        }
    };
    let network = points
        .iter()
        .map(|p| match p.source {
            Source::File(a) => a.network.name.trim().to_string(),
            Source::Network(n) => n.network.clone(),
        })
        .find(|n| !n.is_empty())
        .unwrap_or_default();
    Trend {
        schema: COMPARE_SCHEMA,
        guideline: g.id.clone(),
        guideline_version: g.version.clone(),
        network,
        country: country.to_string(),
        points: points.iter().zip(&scored).map(point).collect(),
        areas,
        overall,
        criteria,
        rose,
        fell,
        below_throughout: below,
        partly_answered: partly,
        not_in_guideline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_guideline;

    fn minimal() -> Guideline {
        parse_guideline(
            include_str!("../tests/fixtures/guidelines/valid/minimal.yaml"),
            "minimal.yaml",
        )
        .expect("the minimal guideline")
    }

    /// The network's own file of one date, with three levels.
    fn file(date: &str, mandate: &str, meetings: &str, funding: &str) -> AnswerFile {
        let date = if date.is_empty() {
            String::new()
        } else {
            format!("date: {date}\n")
        };
        crate::answers::parse_answers(
            &format!(
                "format: 1\nguideline: minimal\nnetwork: {{name: N}}\nscope: network\n{date}answers:\n  governance.mandate: {{level: {mandate}}}\n  governance.meetings: {{level: {meetings}}}\n  finance.core-funding: {{level: {funding}}}\n"
            ),
            "f.yaml",
        )
        .expect("answers parse")
        .0
    }

    fn input<'a>(path: &'a str, a: &'a AnswerFile) -> Input<'a> {
        Input {
            path,
            source: Source::File(a),
        }
    }

    #[test]
    fn points_are_ordered_by_date_and_ties_keep_the_order_given() {
        let (a, b, c) = (
            file("2026-10-01", "1", "1", "1"),
            file("2024-10-01", "1", "1", "1"),
            file("2026-10-01", "1", "1", "1"),
        );
        let (points, issues) = order(vec![input("a", &a), input("b", &b), input("c", &c)]);
        let paths: Vec<&str> = points.iter().map(|p| p.path).collect();
        assert_eq!(paths, ["b", "a", "c"]);
        assert_eq!(
            issues,
            [DateIssue::Repeated {
                first: "a".to_string(),
                second: "c".to_string(),
                date: "2026-10-01".to_string()
            }]
        );
        // Without a date nothing can be placed: the order given stays.
        let undated = file("", "1", "1", "1");
        let (points, issues) = order(vec![input("a", &a), input("u", &undated), input("b", &b)]);
        let paths: Vec<&str> = points.iter().map(|p| p.path).collect();
        assert_eq!(paths, ["a", "u", "b"]);
        assert_eq!(
            issues,
            [DateIssue::Missing {
                path: "u".to_string()
            }]
        );
    }

    #[test]
    fn what_rose_fell_and_stayed_below_target_over_three_points() {
        let g = minimal();
        let files = [
            file("2024-10-01", "1", "4", "2"),
            file("2025-10-01", "3", "2", "na, reason: host pays"),
            file("2026-10-01", "2", "3", "1"),
        ];
        let points: Vec<Input> = files
            .iter()
            .enumerate()
            .map(|(i, f)| Input {
                path: ["a", "b", "c"][i],
                source: Source::File(f),
            })
            .collect();
        let t = compare(&g, &points, "", "en");
        // First level against last: mandate 1 → 2 rose (though it fell from
        // 3), meetings 4 → 3 fell, funding 2 → 1 fell.
        assert_eq!(t.rose, ["governance.mandate"]);
        assert_eq!(t.fell, ["governance.meetings", "finance.core-funding"]);
        // Below target at every point: only with a level at every point.
        assert_eq!(t.below_throughout, Vec::<String>::new());
        assert_eq!(t.partly_answered, ["finance.core-funding"]);
        assert_eq!(
            t.criterion("finance.core-funding").unwrap().values,
            [Value::Level(2.0), Value::NotApplicable, Value::Level(1.0)]
        );
        // Governance: (mandate × 2 + meetings) / 3 at each point.
        assert_eq!(t.areas[0].values, [Some(2.0), Some(2.7), Some(2.3)]);
        assert_eq!(t.areas[0].change, Some(0.3));
        let below = compare(
            &g,
            &[input("a", &files[0]), input("c", &files[2])],
            "",
            "en",
        );
        assert_eq!(
            below.below_throughout,
            ["governance.mandate", "finance.core-funding"]
        );
    }
}
