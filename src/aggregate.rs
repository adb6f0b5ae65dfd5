//! The network view (`aggregate`, `report --aggregate`): the member states'
//! answer files and, when there is one, the network's own file, for one
//! guideline, combined into what the network looks like.
//!
//! Who answers what decides where each figure comes from:
//! - a **member-scope** criterion (what each member state does) is read
//!   from the member states' files: its distribution across the states
//!   (min, median, max, how many are at or above the target); the network's
//!   own file answers it too, as the secretariat's estimate across its
//!   members, shown beside the members' median and never mixed into it;
//! - a **network-scope** criterion (the network as a body) is read from the
//!   network's file alone; a member state's answer to one is left out (the
//!   file is warned about when it is read).
//!
//! The network's level on a criterion is then the network file's level for
//! a network-scope criterion and the members' median for a member-scope one;
//! area and overall maturities are weighted means of those levels, as for
//! one file. Every member state counts once, whatever its size. The targets
//! are the network's: its file's overrides, else the guideline's.

use serde::Serialize;

use crate::answers::{AnswerFile, Response};
use crate::model::{Area, Guideline, Scope};
use crate::scoring::{self, Coverage};

/// The value of the `schema` field of `aggregate --format json`.
pub(crate) const AGGREGATE_SCHEMA: &str = "wen-assess/aggregate/2";

/// A member state's estimate and the members' median differ this much or
/// more (in levels): the difference is listed as a finding in itself.
pub(crate) const ESTIMATE_DIFFERENCE: f64 = 1.0;

/// Levels of member states this far apart or more: they disagree.
pub(crate) const DISAGREEMENT: u8 = 2;

/// An answer file given to the network view, with the name it was given by.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Input<'a> {
    /// The file as given.
    pub file: &'a str,
    /// Its answers, migrated to the guideline.
    pub answers: &'a AnswerFile,
}

/// True when a file is the network's own (it says `scope: network`); every
/// other file is a member state's, older files without `scope` included.
pub(crate) fn is_network_file(a: &AnswerFile) -> bool {
    a.scope == Some(Scope::Network)
}

/// An answer as the view shows it: `"0"`..`"4"`, `"na"`, or nothing.
pub(crate) type Shown = Option<String>;

fn shown(r: Option<&Response>) -> Shown {
    match r? {
        Response::Level(n) => Some(n.to_string()),
        Response::NotApplicable { .. } => Some("na".to_string()),
    }
}

fn reason(r: Option<&Response>) -> Option<String> {
    match r? {
        Response::NotApplicable { reason } => Some(reason.clone()),
        Response::Level(_) => None,
    }
}

fn response<'a>(a: &'a AnswerFile, id: &str) -> Option<&'a Response> {
    a.answer(id).and_then(|x| x.response.as_ref())
}

/// One member state.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct MemberState {
    /// Country (`respondent.country`), or the file name when it is missing.
    pub country: String,
    /// The file it comes from.
    pub file: String,
    /// Date of its assessment.
    pub date: String,
    /// Guideline version the answers were given against.
    pub answered_version: String,
    /// Maturity per area over the member-scope criteria, in guideline
    /// order, one decimal.
    pub areas: Vec<Option<f64>>,
    /// Overall maturity over the member-scope criteria, one decimal.
    pub overall: Option<f64>,
    /// Answers to the member-scope criteria.
    pub coverage: Coverage,
    /// The same, area by area, in guideline order.
    #[serde(skip)]
    pub area_coverage: Vec<Coverage>,
    /// Answers to network-scope criteria, left out of the view.
    pub left_out: usize,
}

/// The network's own file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct NetworkFile {
    /// The file as given.
    pub file: String,
    /// Date of its assessment.
    pub date: String,
    /// Guideline version the answers were given against.
    pub answered_version: String,
    /// Who answered: name and role, as the file says.
    pub respondent: String,
    /// Answers to the network-scope criteria.
    pub coverage: Coverage,
    /// Answers to the member-scope criteria (its estimates across the members).
    pub estimates: Coverage,
    /// The same, area by area, in guideline order.
    #[serde(skip)]
    pub estimates_by_area: Vec<Coverage>,
}

/// How member states' figures spread.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Distribution {
    /// Lowest.
    pub min: Option<f64>,
    /// Median (the mean of the middle two for an even count).
    pub median: Option<f64>,
    /// Highest.
    pub max: Option<f64>,
    /// Member states at or above the target (figures as shown).
    pub at_target: usize,
    /// Member states with a figure.
    pub scored: usize,
}

/// One area, or the whole (`overall`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct AreaView {
    /// Area id, or `overall`.
    pub id: String,
    /// Title (empty for `overall`: the view names it).
    pub title: String,
    /// The network's target (none for `overall`).
    pub target: Option<u8>,
    /// Member-scope criteria in the area.
    pub member_criteria: usize,
    /// Network-scope criteria in the area.
    pub network_criteria: usize,
    /// The member states' maturities over the member-scope criteria.
    pub members: Distribution,
    /// The network file's maturity over the member-scope criteria: its
    /// estimate across the members.
    pub estimate: Option<f64>,
    /// The network file's maturity over the network-scope criteria.
    pub body: Option<f64>,
    /// The network's maturity: the weighted mean of the network's levels.
    pub maturity: Option<f64>,
    /// Target minus the maturity as shown, when positive.
    pub gap: Option<f64>,
}

/// One criterion across the network.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct CriterionView {
    /// Criterion id.
    pub id: String,
    /// Its area's id.
    pub area: String,
    /// Title.
    pub title: String,
    /// `network` or `member`.
    pub scope: &'static str,
    /// The network's target for its area.
    pub target: u8,
    /// Each member state's answer, in the order of the member states
    /// (member-scope criteria only; empty for network-scope ones).
    pub answers: Vec<Shown>,
    /// The reason of each N/A answer, in the same order.
    pub reasons: Vec<Option<String>>,
    /// The member states' levels (member-scope criteria only).
    pub members: Option<Distribution>,
    /// Highest minus lowest member state's level.
    pub spread: Option<u8>,
    /// The network file's answer (its estimate, for a member-scope criterion).
    pub network: Shown,
    /// The reason of the network file's N/A.
    pub network_reason: Option<String>,
    /// The network's level: the network file's for a network-scope
    /// criterion, the members' median for a member-scope one.
    pub level: Option<f64>,
    /// The network's estimate minus the members' median (member-scope).
    pub difference: Option<f64>,
}

/// What one member state's workshop (or the network's) agreed about one area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct CountryFindings {
    /// Country, or empty for the network's own file.
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
pub(crate) struct Aggregate {
    /// Schema id.
    pub schema: &'static str,
    /// Guideline id.
    pub guideline: String,
    /// Guideline version scored against.
    pub guideline_version: String,
    /// Network name (from the files).
    pub network: String,
    /// Earliest date of a file, `YYYY-MM-DD`, or empty.
    pub first_date: String,
    /// Latest date of a file, or empty.
    pub last_date: String,
    /// Files without a date.
    pub undated: Vec<String>,
    /// One entry per member state's file, in the order given.
    pub member_states: Vec<MemberState>,
    /// The network's own file, when one is given.
    pub network_file: Option<NetworkFile>,
    /// Per area.
    pub areas: Vec<AreaView>,
    /// The whole.
    pub overall: AreaView,
    /// Every criterion, in guideline order.
    pub criteria: Vec<CriterionView>,
    /// Answers expected (each member state's member-scope criteria, the
    /// network-scope criteria from the network's file) and given.
    pub coverage: Coverage,
    /// The same, area by area, in guideline order.
    #[serde(skip)]
    pub coverage_by_area: Vec<Coverage>,
    /// Member-scope criteria whose member states' levels differ by
    /// [`DISAGREEMENT`] or more, widest spread first.
    pub disagreements: Vec<String>,
    /// Member-scope criteria where more than half of the member states
    /// with a level are below the target, largest share first.
    pub mostly_below_target: Vec<String>,
    /// Member-scope criteria where the network's estimate and the members'
    /// median differ by [`ESTIMATE_DIFFERENCE`] or more, largest first.
    pub estimate_differences: Vec<String>,
    /// Network-scope criteria the network's file puts below the target,
    /// largest gap first.
    pub network_below_target: Vec<String>,
    /// Findings recorded per area, in area order, the member states' in
    /// file order, then the network's.
    pub findings: Vec<CountryFindings>,
}

impl Aggregate {
    /// A criterion of the view by id.
    pub(crate) fn criterion(&self, id: &str) -> Option<&CriterionView> {
        self.criteria.iter().find(|c| c.id == id)
    }
}

/// Why files cannot be combined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum AggregateError {
    /// A file for another guideline.
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

/// The distribution of figures against a target; figures are compared
/// with the target as shown (one decimal).
fn distribution(values: impl IntoIterator<Item = f64>, target: Option<u8>) -> Distribution {
    let mut v: Vec<f64> = values.into_iter().collect();
    v.sort_by(f64::total_cmp);
    let at_target = target.map_or(0, |t| {
        v.iter()
            .filter(|x| scoring::round1(**x) >= f64::from(t))
            .count()
    });
    Distribution {
        min: v.first().copied().map(scoring::round1),
        median: median(&v).map(scoring::round1),
        max: v.last().copied().map(scoring::round1),
        at_target,
        scored: v.len(),
    }
}

/// The weighted mean of the levels `level` gives the criteria of an area
/// that `keep` selects, `None` when none has one.
fn weighted(
    area: &Area,
    keep: impl Fn(Scope) -> bool,
    level: impl Fn(&str) -> Option<f64>,
) -> Option<f64> {
    let (mut sum, mut weight) = (0.0, 0.0);
    for c in area.criteria.iter().filter(|c| keep(c.scope)) {
        if let Some(l) = level(&c.id) {
            sum += c.weight * l;
            weight += c.weight;
        }
    }
    (weight > 0.0).then(|| sum / weight)
}

/// The weighted mean (area weights) of the areas that have a figure.
fn overall_of(g: &Guideline, values: &[Option<f64>]) -> Option<f64> {
    let (mut sum, mut weight) = (0.0, 0.0);
    for (area, v) in g.areas.iter().zip(values) {
        if let Some(v) = v {
            sum += area.weight * v;
            weight += area.weight;
        }
    }
    (weight > 0.0).then(|| sum / weight)
}

/// A name as an index orders it: letters without their accents, in lower
/// case ("Côte Émeraude" among the C's).
fn reading_order_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

fn file_name(file: &str) -> String {
    file.rsplit(['/', '\\']).next().unwrap_or(file).to_string()
}

/// Combines member states' files and at most one network file (the caller
/// refuses a second one, and a country given twice) for one guideline and
/// network; titles are in `lang`.
pub(crate) fn aggregate(
    g: &Guideline,
    members: &[Input],
    network: Option<Input>,
    lang: &str,
) -> Result<Aggregate, AggregateError> {
    // Member states in the order a reader looks them up: by name, accents
    // and case aside (not in the byte order of their file names, which
    // puts "Côte" after "Tarnholm").
    let mut sorted: Vec<Input> = members.to_vec();
    sorted.sort_by_cached_key(|m| {
        let country = m.answers.respondent.country.trim();
        let name = if country.is_empty() {
            file_name(m.file)
        } else {
            country.to_string()
        };
        (reading_order_key(&name), name, m.file.to_string())
    });
    let members = &sorted[..];
    // The network's file first: it names the network best.
    let all: Vec<Input> = network.iter().chain(members).copied().collect();
    if let Some(first) = all.first() {
        for i in &all {
            if i.answers.guideline != g.id {
                return Err(AggregateError::OtherGuideline {
                    file: i.file.to_string(),
                    found: i.answers.guideline.clone(),
                    first: first.file.to_string(),
                    expected: g.id.clone(),
                });
            }
        }
        // A file whose network name was left empty says nothing about its
        // network: the names given must agree with the first one given.
        let named: Vec<&Input> = all
            .iter()
            .filter(|i| !i.answers.network.name.trim().is_empty())
            .collect();
        if let Some(first) = named.first() {
            for i in &named {
                if !crate::answers::same_name(&i.answers.network.name, &first.answers.network.name)
                {
                    return Err(AggregateError::OtherNetwork {
                        file: i.file.to_string(),
                        found: i.answers.network.name.clone(),
                        first: first.file.to_string(),
                        expected: first.answers.network.name.clone(),
                    });
                }
            }
        }
    }
    let target = |area: &str| network.map_or(g.target, |n| n.answers.target(g, area));

    // Each member state's own figures, over the criteria a member state
    // answers, whatever its file says about whom it speaks for.
    let cards: Vec<scoring::Scorecard> = members
        .iter()
        .map(|m| {
            let mut a = m.answers.clone();
            a.scope = Some(Scope::Member);
            a.targets = g
                .areas
                .iter()
                .map(|area| {
                    (
                        area.id.clone(),
                        target(&area.id),
                        crate::position::Location::File,
                    )
                })
                .collect();
            scoring::score(g, &a)
        })
        .collect();
    let member_states: Vec<MemberState> = members
        .iter()
        .zip(&cards)
        .map(|(m, card)| {
            let a = m.answers;
            let country = a.respondent.country.trim();
            let left_out = a
                .answers
                .iter()
                .filter(|e| e.answer.response.is_some())
                .filter(|e| {
                    g.criterion(&e.criterion)
                        .is_some_and(|(_, c)| c.scope == Scope::Network)
                })
                .count();
            MemberState {
                country: if country.is_empty() {
                    file_name(m.file)
                } else {
                    country.to_string()
                },
                file: m.file.to_string(),
                date: a.date.clone(),
                answered_version: a.guideline_version.clone(),
                areas: card
                    .areas
                    .iter()
                    .map(|s| s.maturity.map(scoring::round1))
                    .collect(),
                overall: card.overall.map(scoring::round1),
                coverage: card.coverage,
                area_coverage: card.areas.iter().map(|a| a.coverage).collect(),
                left_out,
            }
        })
        .collect();

    let network_level = |id: &str| -> Option<f64> {
        match network.and_then(|n| response(n.answers, id)) {
            Some(Response::Level(l)) => Some(f64::from(*l)),
            _ => None,
        }
    };
    let mut coverage = Coverage::default();
    for s in &member_states {
        coverage.total += s.coverage.total;
        coverage.scored += s.coverage.scored;
        coverage.not_applicable += s.coverage.not_applicable;
        coverage.unanswered += s.coverage.unanswered;
    }
    // The network file's answers to the criteria of one scope, in one
    // area or all of them.
    let count_in = |who: Scope, area: Option<&str>| -> Coverage {
        let mut c = Coverage::default();
        for (_, crit) in g
            .criteria()
            .filter(|(a, c)| c.scope == who && area.is_none_or(|id| a.id == id))
        {
            c.total += 1;
            match network.and_then(|n| response(n.answers, &crit.id)) {
                Some(Response::Level(_)) => c.scored += 1,
                Some(Response::NotApplicable { .. }) => c.not_applicable += 1,
                None => c.unanswered += 1,
            }
        }
        c
    };
    let count = |who: Scope| count_in(who, None);
    let by_area = |who: Scope| -> Vec<Coverage> {
        g.areas.iter().map(|a| count_in(who, Some(&a.id))).collect()
    };
    let body_coverage = count(Scope::Network);
    let coverage_by_area: Vec<Coverage> = by_area(Scope::Network)
        .into_iter()
        .enumerate()
        .map(|(i, mut c)| {
            for s in &member_states {
                if let Some(m) = s.area_coverage.get(i) {
                    c.total += m.total;
                    c.scored += m.scored;
                    c.not_applicable += m.not_applicable;
                    c.unanswered += m.unanswered;
                }
            }
            c
        })
        .collect();
    coverage.total += body_coverage.total;
    coverage.scored += body_coverage.scored;
    coverage.not_applicable += body_coverage.not_applicable;
    coverage.unanswered += body_coverage.unanswered;
    let network_file = network.map(|n| {
        let r = &n.answers.respondent;
        let respondent = [r.name.trim(), r.role.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        NetworkFile {
            file: n.file.to_string(),
            date: n.answers.date.clone(),
            answered_version: n.answers.guideline_version.clone(),
            respondent,
            coverage: body_coverage,
            estimates: count(Scope::Member),
            estimates_by_area: by_area(Scope::Member),
        }
    });

    let criteria: Vec<CriterionView> = g
        .criteria()
        .map(|(area, c)| {
            let t = target(&area.id);
            let net = network.and_then(|n| response(n.answers, &c.id));
            let mut view = CriterionView {
                id: c.id.clone(),
                area: area.id.clone(),
                title: c.title.get(lang).to_string(),
                scope: c.scope.as_str(),
                target: t,
                answers: Vec::new(),
                reasons: Vec::new(),
                members: None,
                spread: None,
                network: shown(net),
                network_reason: reason(net),
                level: network_level(&c.id),
                difference: None,
            };
            if c.scope == Scope::Member {
                let responses: Vec<Option<&Response>> =
                    members.iter().map(|m| response(m.answers, &c.id)).collect();
                view.answers = responses.iter().map(|r| shown(*r)).collect();
                view.reasons = responses.iter().map(|r| reason(*r)).collect();
                let levels: Vec<u8> = responses
                    .iter()
                    .filter_map(|r| match r {
                        Some(Response::Level(l)) => Some(*l),
                        _ => None,
                    })
                    .collect();
                let members = distribution(levels.iter().map(|l| f64::from(*l)), Some(t));
                view.spread = levels
                    .iter()
                    .max()
                    .zip(levels.iter().min())
                    .map(|(hi, lo)| hi - lo);
                view.level = members.median;
                view.difference = network_level(&c.id)
                    .zip(members.median)
                    .map(|(n, m)| scoring::round1(n - m));
                view.members = Some(members);
            }
            view
        })
        .collect();
    let level_of = |id: &str| criteria.iter().find(|c| c.id == id).and_then(|c| c.level);

    let areas: Vec<AreaView> = g
        .areas
        .iter()
        .enumerate()
        .map(|(i, area)| {
            let t = target(&area.id);
            let maturity = weighted(area, |_| true, level_of);
            AreaView {
                id: area.id.clone(),
                title: area.title.get(lang).to_string(),
                target: Some(t),
                member_criteria: area.criteria_for(Scope::Member).count(),
                network_criteria: area.criteria.len() - area.criteria_for(Scope::Member).count(),
                members: distribution(cards.iter().filter_map(|c| c.areas[i].maturity), Some(t)),
                estimate: weighted(area, |s| s == Scope::Member, network_level)
                    .map(scoring::round1),
                body: weighted(area, |s| s == Scope::Network, network_level).map(scoring::round1),
                maturity: maturity.map(scoring::round1),
                gap: maturity
                    .map(|m| scoring::round1((f64::from(t) - scoring::round1(m)).max(0.0))),
            }
        })
        .collect();
    let unrounded =
        |f: &dyn Fn(&Area) -> Option<f64>| -> Vec<Option<f64>> { g.areas.iter().map(f).collect() };
    let overall = AreaView {
        id: "overall".to_string(),
        // The view names the overall row in the report's language.
        title: String::new(),
        target: None,
        member_criteria: g.criteria_for(Scope::Member).count(),
        network_criteria: g.criterion_count() - g.criteria_for(Scope::Member).count(),
        members: distribution(cards.iter().filter_map(|c| c.overall), None),
        estimate: overall_of(
            g,
            &unrounded(&|a| weighted(a, |s| s == Scope::Member, network_level)),
        )
        .map(scoring::round1),
        body: overall_of(
            g,
            &unrounded(&|a| weighted(a, |s| s == Scope::Network, network_level)),
        )
        .map(scoring::round1),
        maturity: overall_of(g, &unrounded(&|a| weighted(a, |_| true, level_of)))
            .map(scoring::round1),
        gap: None,
    };

    let member_scope = || criteria.iter().filter(|c| c.scope == "member");
    let mut disagreements: Vec<&CriterionView> = member_scope()
        .filter(|c| c.spread.is_some_and(|s| s >= DISAGREEMENT))
        .collect();
    disagreements.sort_by_key(|c| std::cmp::Reverse(c.spread));
    let below = |c: &CriterionView| {
        c.members
            .as_ref()
            .map_or((0, 0), |m| (m.scored - m.at_target, m.scored))
    };
    let mut mostly_below: Vec<&CriterionView> = member_scope()
        .filter(|c| {
            let (below, scored) = below(c);
            scored > 0 && below * 2 > scored
        })
        .collect();
    mostly_below.sort_by(|a, b| {
        let share = |c: &CriterionView| {
            let (below, scored) = below(c);
            below as f64 / scored as f64
        };
        share(b)
            .total_cmp(&share(a))
            .then(below(b).1.cmp(&below(a).1))
    });
    let mut differences: Vec<&CriterionView> = member_scope()
        .filter(|c| c.difference.is_some_and(|d| d.abs() >= ESTIMATE_DIFFERENCE))
        .collect();
    differences.sort_by(|a, b| {
        let size = |c: &CriterionView| c.difference.map_or(0.0, f64::abs);
        size(b).total_cmp(&size(a))
    });
    let mut network_below: Vec<&CriterionView> = criteria
        .iter()
        .filter(|c| c.scope == "network")
        .filter(|c| c.level.is_some_and(|l| l < f64::from(c.target)))
        .collect();
    network_below.sort_by(|a, b| {
        let gap = |c: &CriterionView| f64::from(c.target) - c.level.unwrap_or(0.0);
        gap(b).total_cmp(&gap(a))
    });
    let ids = |v: Vec<&CriterionView>| v.into_iter().map(|c| c.id.clone()).collect();

    let mut findings = Vec::new();
    for area in &g.areas {
        let sources = members
            .iter()
            .zip(&member_states)
            .map(|(m, s)| (m.answers, s.country.clone()))
            .chain(network.map(|n| (n.answers, String::new())));
        for (a, country) in sources {
            if let Some(f) = a.findings_of(&area.id).filter(|f| !f.is_empty()) {
                findings.push(CountryFindings {
                    country,
                    area: area.id.clone(),
                    strengths: f.strengths.clone(),
                    challenges: f.challenges.clone(),
                    priorities: f.priorities.clone(),
                });
            }
        }
    }

    let mut dates: Vec<&str> = all
        .iter()
        .map(|i| i.answers.date.as_str())
        .filter(|d| crate::answers::is_date(d))
        .collect();
    dates.sort_unstable();
    let undated = all
        .iter()
        .filter(|i| !crate::answers::is_date(&i.answers.date))
        .map(|i| i.file.to_string())
        .collect();
    Ok(Aggregate {
        schema: AGGREGATE_SCHEMA,
        guideline: g.id.clone(),
        guideline_version: g.version.clone(),
        network: all
            .first()
            .map(|i| i.answers.network.name.trim().to_string())
            .unwrap_or_default(),
        first_date: dates.first().map(|d| d.to_string()).unwrap_or_default(),
        last_date: dates.last().map(|d| d.to_string()).unwrap_or_default(),
        undated,
        member_states,
        network_file,
        areas,
        overall,
        disagreements: ids(disagreements),
        mostly_below_target: ids(mostly_below),
        estimate_differences: ids(differences),
        network_below_target: ids(network_below),
        criteria,
        coverage,
        coverage_by_area,
        findings,
    })
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

    fn answers(text: &str) -> AnswerFile {
        crate::answers::parse_answers(text, "a.yaml")
            .expect("answers parse")
            .0
    }

    /// A member state's file: meetings (member-scope) and mandate
    /// (network-scope), which the view leaves out.
    fn member(country: &str, meetings: &str) -> AnswerFile {
        answers(&format!(
            "format: 1\nguideline: minimal\nnetwork: {{name: Test Network}}\nrespondent: {{country: {country}}}\nscope: member\nanswers:\n  governance.meetings: {{level: {meetings}}}\n  governance.mandate: {{level: 4}}\n"
        ))
    }

    fn network(meetings: u8) -> AnswerFile {
        answers(&format!(
            "format: 1\nguideline: minimal\nnetwork: {{name: \"test network\"}}\nscope: network\ndate: 2026-11-30\nanswers:\n  governance.mandate: {{level: 3}}\n  governance.meetings: {{level: {meetings}}}\n  finance.core-funding: {{level: 2}}\n"
        ))
    }

    fn view(members: &[AnswerFile], network: Option<&AnswerFile>) -> Aggregate {
        let names: Vec<String> = (0..members.len()).map(|i| format!("m{i}.yaml")).collect();
        let inputs: Vec<Input> = members
            .iter()
            .zip(&names)
            .map(|(answers, file)| Input { file, answers })
            .collect();
        let network = network.map(|answers| Input {
            file: "network.yaml",
            answers,
        });
        aggregate(&minimal(), &inputs, network, "en").expect("one network")
    }

    #[test]
    fn member_scope_criteria_spread_across_member_states() {
        let states = [
            member("A", "1"),
            member("B", "2"),
            member("C", "3"),
            member("D", "4"),
            member("E", "na, reason: none"),
        ];
        let v = view(&states, None);
        let meetings = v.criterion("governance.meetings").unwrap();
        // The median of four is the mean of the middle two; N/A is left out.
        assert_eq!(
            meetings.members,
            Some(Distribution {
                min: Some(1.0),
                median: Some(2.5),
                max: Some(4.0),
                at_target: 2,
                scored: 4,
            })
        );
        assert_eq!(meetings.spread, Some(3));
        assert_eq!(meetings.level, Some(2.5));
        // The member states' answers to the mandate are left out, counted.
        assert!(
            v.criterion("governance.mandate")
                .unwrap()
                .answers
                .is_empty()
        );
        assert_eq!(v.criterion("governance.mandate").unwrap().level, None);
        assert_eq!(v.member_states.iter().map(|s| s.left_out).sum::<usize>(), 5);
        assert_eq!(v.disagreements, ["governance.meetings"]);
        assert!(v.network_file.is_none());
        // Each state's one member-scope answer, and the two network-scope
        // criteria no one answered.
        assert_eq!(
            v.coverage,
            Coverage {
                total: 7,
                scored: 4,
                not_applicable: 1,
                unanswered: 2
            }
        );
    }

    #[test]
    fn the_networks_estimate_stands_beside_the_median_never_in_it() {
        let states = [member("A", "1"), member("B", "1"), member("C", "2")];
        let v = view(&states, Some(&network(3)));
        let meetings = v.criterion("governance.meetings").unwrap();
        assert_eq!(meetings.members.as_ref().unwrap().median, Some(1.0));
        assert_eq!(meetings.network.as_deref(), Some("3"));
        assert_eq!(meetings.difference, Some(2.0));
        // The network's level is the members' median, not the estimate.
        assert_eq!(meetings.level, Some(1.0));
        assert_eq!(v.estimate_differences, ["governance.meetings"]);
        // Governance: (mandate 3 from the network's file × 2 + meetings 1) / 3.
        assert_eq!(v.areas[0].maturity, Some(2.3));
        assert_eq!(v.areas[0].estimate, Some(3.0));
        assert_eq!(v.areas[0].body, Some(3.0));
        assert_eq!(v.network_below_target, ["finance.core-funding"]);
        // A difference under a level is not a finding.
        let v = view(&[member("A", "2"), member("B", "3")], Some(&network(3)));
        assert_eq!(
            v.criterion("governance.meetings").unwrap().difference,
            Some(0.5)
        );
        assert!(v.estimate_differences.is_empty());
        assert_eq!(v.last_date, "2026-11-30");
        assert_eq!(v.undated, ["m0.yaml", "m1.yaml"]);
    }

    #[test]
    fn files_of_another_network_are_refused_names_as_people_read_them() {
        // "test network" is "Test Network" as people read it.
        let mut other = member("B", "2");
        other.network.name = "Other Network".to_string();
        let g = minimal();
        let a = member("A", "1");
        let net = network(2);
        let inputs = [
            Input {
                file: "a.yaml",
                answers: &a,
            },
            Input {
                file: "b.yaml",
                answers: &other,
            },
        ];
        let network = Some(Input {
            file: "network.yaml",
            answers: &net,
        });
        assert_eq!(
            aggregate(&g, &inputs, network, "en"),
            Err(AggregateError::OtherNetwork {
                file: "b.yaml".to_string(),
                found: "Other Network".to_string(),
                first: "network.yaml".to_string(),
                expected: "test network".to_string(),
            })
        );
        assert!(aggregate(&g, &inputs[..1], network, "en").is_ok());
        // A name left empty is no other network.
        other.network.name = "  ".to_string();
        let inputs = [
            Input {
                file: "a.yaml",
                answers: &a,
            },
            Input {
                file: "b.yaml",
                answers: &other,
            },
        ];
        assert!(aggregate(&g, &inputs, network, "en").is_ok());
    }
}
