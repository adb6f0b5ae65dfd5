//! Progress between two assessments of the same guideline (`compare`).
//!
//! Both files are scored against the guideline as loaded now. Criteria that
//! moved, criteria answered in only one file and answers for criteria the
//! guideline no longer has are all listed; nothing is dropped.

use serde::Serialize;

use crate::answers::{AnswerFile, Response};
use crate::model::Guideline;
use crate::scoring::{self, Scorecard};

/// The value of the `schema` field of `compare --format json`.
pub const COMPARE_SCHEMA: &str = "wen-assess/compare/1";

/// One area, before and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaChange {
    /// Area id.
    pub id: String,
    /// Area title.
    pub title: String,
    /// Old maturity (one decimal).
    pub old: Option<f64>,
    /// New maturity (one decimal).
    pub new: Option<f64>,
    /// New minus old (one decimal), when both exist.
    pub change: Option<f64>,
    /// Old coverage: answered (level or N/A) of total.
    pub old_answered: usize,
    /// New coverage.
    pub new_answered: usize,
    /// Criteria in the area.
    pub total: usize,
}

/// A criterion whose answer differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionChange {
    /// Criterion id.
    pub id: String,
    /// Criterion title (the id when the guideline does not have it).
    pub title: String,
    /// Old answer: "2", "na" or null.
    pub old: Option<String>,
    /// New answer.
    pub new: Option<String>,
}

/// The comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Schema id.
    pub schema: &'static str,
    /// Guideline id.
    pub guideline: String,
    /// Guideline version scored against.
    pub guideline_version: String,
    /// Old file, its date and the version it was answered against.
    pub old_file: String,
    /// Date of the old assessment.
    pub old_date: String,
    /// Version the old answers name.
    pub old_version: String,
    /// New file.
    pub new_file: String,
    /// Date of the new assessment.
    pub new_date: String,
    /// Version the new answers name.
    pub new_version: String,
    /// Per area.
    pub areas: Vec<AreaChange>,
    /// Overall, as one more row.
    pub overall: AreaChange,
    /// Levels that went up.
    pub up: Vec<CriterionChange>,
    /// Levels that went down.
    pub down: Vec<CriterionChange>,
    /// Answered (level or N/A) in only one of the files, or N/A in one and a level in the other.
    pub one_sided: Vec<CriterionChange>,
    /// Answers for criteria the guideline does not have.
    pub not_in_guideline: Vec<CriterionChange>,
}

fn shown(r: Option<&Response>) -> Option<String> {
    match r? {
        Response::Level(n) => Some(n.to_string()),
        Response::NotApplicable { .. } => Some("na".to_string()),
    }
}

fn response<'a>(a: &'a AnswerFile, id: &str) -> Option<&'a Response> {
    a.answer(id).and_then(|x| x.response.as_ref())
}

/// The change between the figures as shown (one decimal), so a reader can
/// check it by subtracting the two columns.
fn change(old: Option<f64>, new: Option<f64>) -> Option<f64> {
    Some(scoring::round1(
        scoring::round1(new?) - scoring::round1(old?),
    ))
}

/// Compares two answer files of one guideline; titles are in `lang`.
pub fn compare(
    g: &Guideline,
    (old_file, old): (&str, &AnswerFile),
    (new_file, new): (&str, &AnswerFile),
    lang: &str,
) -> Comparison {
    let (oc, nc): (Scorecard, Scorecard) = (scoring::score(g, old), scoring::score(g, new));
    let answered = |c: &scoring::Coverage| c.scored + c.not_applicable;
    let areas = g
        .areas
        .iter()
        .zip(oc.areas.iter().zip(&nc.areas))
        .map(|(area, (o, n))| {
            let (om, nm) = (
                o.maturity.map(scoring::round1),
                n.maturity.map(scoring::round1),
            );
            AreaChange {
                id: area.id.clone(),
                title: area.title.get(lang).to_string(),
                old: om,
                new: nm,
                change: change(o.maturity, n.maturity),
                old_answered: answered(&o.coverage),
                new_answered: answered(&n.coverage),
                total: o.coverage.total,
            }
        })
        .collect();
    let overall = AreaChange {
        id: "overall".to_string(),
        // The view names the overall row in the report's language.
        title: String::new(),
        old: oc.overall.map(scoring::round1),
        new: nc.overall.map(scoring::round1),
        change: change(oc.overall, nc.overall),
        old_answered: answered(&oc.coverage),
        new_answered: answered(&nc.coverage),
        total: oc.coverage.total,
    };
    let (mut up, mut down, mut one_sided) = (Vec::new(), Vec::new(), Vec::new());
    for (_, c) in g.criteria() {
        let (o, n) = (response(old, &c.id), response(new, &c.id));
        let item = CriterionChange {
            id: c.id.clone(),
            title: c.title.get(lang).to_string(),
            old: shown(o),
            new: shown(n),
        };
        match (o, n) {
            (Some(Response::Level(a)), Some(Response::Level(b))) if b > a => up.push(item),
            (Some(Response::Level(a)), Some(Response::Level(b))) if b < a => down.push(item),
            (Some(Response::Level(_)), Some(Response::Level(_))) => {}
            (None, None) => {}
            (Some(Response::NotApplicable { .. }), Some(Response::NotApplicable { .. })) => {}
            _ => one_sided.push(item),
        }
    }
    let mut not_in_guideline: Vec<CriterionChange> = Vec::new();
    for file in [old, new] {
        for e in &file.answers {
            if g.criterion(&e.criterion).is_none()
                && !not_in_guideline.iter().any(|x| x.id == e.criterion)
            {
                not_in_guideline.push(CriterionChange {
                    id: e.criterion.clone(),
                    title: e.criterion.clone(),
                    old: shown(response(old, &e.criterion)),
                    new: shown(response(new, &e.criterion)),
                });
            }
        }
    }
    Comparison {
        schema: COMPARE_SCHEMA,
        guideline: g.id.clone(),
        guideline_version: g.version.clone(),
        old_file: old_file.to_string(),
        old_date: old.date.clone(),
        old_version: old.guideline_version.clone(),
        new_file: new_file.to_string(),
        new_date: new.date.clone(),
        new_version: new.guideline_version.clone(),
        areas,
        overall,
        up,
        down,
        one_sided,
        not_in_guideline,
    }
}
