//! Maturity scores: pure functions of (guideline, answers, targets).
//!
//! - A criterion scores its level; N/A and unanswered criteria are left out
//!   (unanswered ones lower coverage, which every output shows).
//! - A member state's file scores the member-scope criteria only (the ones
//!   a member state answers about itself); a network's file, all of them.
//! - Area maturity is the weighted mean of its scored criteria (0-4).
//! - Overall maturity is the weighted mean of the areas that have a score.
//! - A criterion's gap = target - level when positive; priority = gap x
//!   criterion weight x area weight. The action plan lists gaps by falling
//!   priority.
//! - An area's gap = target - its maturity as shown (rounded to one decimal),
//!   so the two figures beside each other add up to the target.

use std::collections::HashMap;

use serde::Serialize;

use crate::answers::{AnswerFile, Response};
use crate::model::Guideline;

/// How many criteria were answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Coverage {
    /// Criteria in scope.
    pub total: usize,
    /// Answered with a level.
    pub scored: usize,
    /// Answered "not applicable".
    pub not_applicable: usize,
    /// Not answered yet.
    pub unanswered: usize,
}

impl Coverage {
    /// Share of criteria answered (level or N/A), in percent, 0-100.
    pub(crate) fn percent(&self) -> f64 {
        if self.total == 0 {
            return 100.0;
        }
        100.0 * (self.scored + self.not_applicable) as f64 / self.total as f64
    }

    fn add(&mut self, other: &Coverage) {
        self.total += other.total;
        self.scored += other.scored;
        self.not_applicable += other.not_applicable;
        self.unanswered += other.unanswered;
    }
}

/// The score of one area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaScore {
    /// Area id.
    pub id: String,
    /// Area weight.
    pub weight: f64,
    /// Weighted mean level, or `None` when no criterion has a level.
    pub maturity: Option<f64>,
    /// Target level.
    pub target: u8,
    /// Answers in this area.
    pub coverage: Coverage,
}

impl AreaScore {
    /// Target minus the maturity as shown (one decimal) when positive, else
    /// 0; `None` without a score. So the maturity and the gap every output
    /// shows always add up to the target: 1.3 and 1.7 for a target of 3,
    /// never 1.3 and 1.8 from an unrounded 1.25.
    pub(crate) fn gap(&self) -> Option<f64> {
        self.maturity
            .map(|m| round1((self.target as f64 - round1(m)).max(0.0)))
    }
}

/// One criterion below its target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    /// Area id.
    pub area: String,
    /// Criterion id.
    pub criterion: String,
    /// Level answered.
    pub level: u8,
    /// Target of the area.
    pub target: u8,
    /// Target minus level.
    pub gap: u8,
    /// gap x criterion weight x area weight.
    pub priority: f64,
}

/// Scores of one answer file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    /// Per area, in guideline order.
    pub areas: Vec<AreaScore>,
    /// Weighted mean of the area maturities, `None` when nothing is scored.
    pub overall: Option<f64>,
    /// All answers.
    pub coverage: Coverage,
    /// Criteria below target, highest priority first.
    pub gaps: Vec<Gap>,
}

/// Rounds to one decimal, the precision every output shows.
pub(crate) fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The scale level whose label describes a maturity: the floor of the value
/// as shown (so 2.96, shown as 3.0, is labelled with level 3).
pub(crate) fn label_level(maturity: f64) -> u8 {
    round1(maturity).floor().clamp(0.0, 4.0) as u8
}

/// Scores answers against a guideline.
pub fn score(guideline: &Guideline, answers: &AnswerFile) -> Scorecard {
    let by_id: HashMap<&str, &Response> = answers
        .answers
        .iter()
        .filter_map(|e| {
            e.answer
                .response
                .as_ref()
                .map(|r| (e.criterion.as_str(), r))
        })
        .collect();
    let mut card = Scorecard {
        areas: Vec::with_capacity(guideline.areas.len()),
        overall: None,
        coverage: Coverage::default(),
        gaps: Vec::new(),
    };
    // A member state's file scores the criteria a member state answers.
    let who = answers.speaks_for();
    let (mut overall_sum, mut overall_weight) = (0.0, 0.0);
    for area in &guideline.areas {
        let target = answers.target(guideline, &area.id);
        let mut coverage = Coverage {
            total: area.criteria_for(who).count(),
            ..Coverage::default()
        };
        let (mut sum, mut weight) = (0.0, 0.0);
        for c in area.criteria_for(who) {
            match by_id.get(c.id.as_str()) {
                Some(Response::Level(level)) => {
                    coverage.scored += 1;
                    sum += c.weight * *level as f64;
                    weight += c.weight;
                    if *level < target {
                        let gap = target - level;
                        card.gaps.push(Gap {
                            area: area.id.clone(),
                            criterion: c.id.clone(),
                            level: *level,
                            target,
                            gap,
                            priority: gap as f64 * c.weight * area.weight,
                        });
                    }
                }
                Some(Response::NotApplicable { .. }) => coverage.not_applicable += 1,
                None => coverage.unanswered += 1,
            }
        }
        let maturity = (weight > 0.0).then(|| sum / weight);
        if let Some(m) = maturity {
            overall_sum += m * area.weight;
            overall_weight += area.weight;
        }
        card.coverage.add(&coverage);
        card.areas.push(AreaScore {
            id: area.id.clone(),
            weight: area.weight,
            maturity,
            target,
            coverage,
        });
    }
    card.overall = (overall_weight > 0.0).then(|| overall_sum / overall_weight);
    // Stable sort: equal priorities keep guideline order.
    card.gaps.sort_by(|a, b| b.priority.total_cmp(&a.priority));
    card
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Answer, Entry};
    use crate::model::{Area, Criterion, Text, parse_guideline};
    use crate::yaml::Pos;
    use proptest::prelude::*;

    fn minimal() -> Guideline {
        parse_guideline(
            include_str!("../tests/fixtures/guidelines/valid/minimal.yaml"),
            "minimal.yaml",
        )
        .unwrap()
    }

    fn answers_of(g: &Guideline, responses: &[(&str, Option<Response>)]) -> AnswerFile {
        let mut a = AnswerFile::new(g, "2026-11-23");
        for (id, r) in responses {
            a.set_answer(
                id,
                Answer {
                    response: r.clone(),
                    ..Answer::default()
                },
            );
        }
        a
    }

    #[test]
    fn weighted_means_na_and_gaps() {
        let g = minimal();
        let a = answers_of(
            &g,
            &[
                ("governance.mandate", Some(Response::Level(1))),
                ("governance.meetings", Some(Response::Level(4))),
                (
                    "finance.core-funding",
                    Some(Response::NotApplicable { reason: "r".into() }),
                ),
            ],
        );
        let card = score(&g, &a);
        // (2 x 1 + 1 x 4) / 3 = 2.0
        assert_eq!(card.areas[0].maturity, Some(2.0));
        assert_eq!(card.areas[1].maturity, None);
        assert_eq!(card.overall, Some(2.0));
        assert_eq!(card.coverage.not_applicable, 1);
        assert_eq!(card.gaps.len(), 1);
        assert_eq!(card.gaps[0].gap, 2);
        assert_eq!(card.gaps[0].priority, 4.0);
    }

    #[test]
    fn unanswered_lowers_coverage_not_maturity() {
        let g = minimal();
        let a = answers_of(&g, &[("governance.meetings", Some(Response::Level(3)))]);
        let card = score(&g, &a);
        assert_eq!(card.areas[0].maturity, Some(3.0));
        assert_eq!(card.coverage.unanswered, 2);
        assert!((card.coverage.percent() - 100.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn per_area_target_overrides_and_priority_order() {
        let g = minimal();
        let mut a = answers_of(
            &g,
            &[
                ("governance.meetings", Some(Response::Level(2))),
                ("governance.mandate", Some(Response::Level(2))),
                ("finance.core-funding", Some(Response::Level(1))),
            ],
        );
        a.targets.push(("finance".into(), 4, Pos::default().into()));
        let card = score(&g, &a);
        let order: Vec<(&str, f64)> = card
            .gaps
            .iter()
            .map(|g| (g.criterion.as_str(), g.priority))
            .collect();
        assert_eq!(
            order,
            [
                ("finance.core-funding", 3.0),
                ("governance.mandate", 2.0),
                ("governance.meetings", 1.0)
            ]
        );
        assert_eq!(card.areas[1].gap(), Some(3.0));
    }

    #[test]
    fn label_uses_the_floor_of_the_shown_value() {
        assert_eq!(label_level(2.96), 3);
        assert_eq!(label_level(2.94), 2);
        assert_eq!(label_level(0.0), 0);
        assert_eq!(label_level(4.0), 4);
    }

    fn text(s: &str) -> Text {
        Text::new([("en", s.to_string())])
    }

    /// A guideline with the given area and criterion weights.
    fn generated(shape: &[(f64, Vec<f64>)]) -> Guideline {
        let mut g = minimal();
        g.areas = shape
            .iter()
            .enumerate()
            .map(|(i, (w, cws))| Area {
                id: format!("a{i}"),
                title: text("A"),
                weight: *w,
                criteria: cws
                    .iter()
                    .enumerate()
                    .map(|(j, cw)| Criterion {
                        id: format!("a{i}.c{j}"),
                        scope: crate::model::Scope::Network,
                        member: None,
                        extension: false,
                        title: text("C"),
                        question: text("Q"),
                        guidance: text("G"),
                        weight: *cw,
                        levels: std::array::from_fn(|_| text("L")),
                        next_steps: std::array::from_fn(|_| text("N")),
                        references: vec![],
                        derived_from: None,
                        replaces: vec![],
                    })
                    .collect(),
            })
            .collect();
        g
    }

    fn response() -> impl Strategy<Value = Option<Response>> {
        prop_oneof![
            4 => (0u8..=4).prop_map(|l| Some(Response::Level(l))),
            1 => Just(Some(Response::NotApplicable { reason: "n/a".into() })),
            1 => Just(None),
        ]
    }

    fn case() -> impl Strategy<Value = (Guideline, Vec<Option<Response>>)> {
        prop::collection::vec(
            (0.1f64..5.0, prop::collection::vec(0.1f64..5.0, 1..6)),
            1..6,
        )
        .prop_flat_map(|shape| {
            let g = generated(&shape);
            let n = g.criterion_count();
            (Just(g), prop::collection::vec(response(), n))
        })
    }

    fn file(g: &Guideline, responses: &[Option<Response>]) -> AnswerFile {
        let mut a = AnswerFile::new(g, "2026-11-23");
        a.answers = g
            .criteria()
            .zip(responses)
            .map(|((_, c), r)| Entry {
                criterion: c.id.clone(),
                pos: Pos::default().into(),
                answer: Answer {
                    response: r.clone(),
                    ..Answer::default()
                },
            })
            .collect();
        a
    }

    proptest! {
        #[test]
        fn scores_stay_on_the_scale((g, rs) in case()) {
            let card = score(&g, &file(&g, &rs));
            for a in &card.areas {
                if let Some(m) = a.maturity {
                    prop_assert!((0.0..=4.0).contains(&m));
                }
                let c = a.coverage;
                prop_assert_eq!(c.scored + c.not_applicable + c.unanswered, c.total);
            }
            if let Some(o) = card.overall {
                prop_assert!((0.0..=4.0).contains(&o));
            }
            prop_assert!(card.gaps.windows(2).all(|w| w[0].priority >= w[1].priority));
        }

        #[test]
        fn shown_maturity_and_gap_add_up_to_the_target((g, rs) in case()) {
            let card = score(&g, &file(&g, &rs));
            for a in &card.areas {
                let (Some(m), Some(gap)) = (a.maturity, a.gap()) else { continue };
                let shown = format!("{:.1}", round1(m));
                let gap_shown = format!("{gap:.1}");
                let sum: f64 = shown.parse::<f64>().unwrap() + gap_shown.parse::<f64>().unwrap();
                if round1(m) < f64::from(a.target) {
                    prop_assert_eq!(format!("{sum:.1}"), format!("{:.1}", f64::from(a.target)), "{} + {}", shown, gap_shown);
                } else {
                    prop_assert_eq!(gap_shown, "0.0");
                }
            }
        }

        #[test]
        fn a_higher_answer_never_lowers_a_score((g, rs) in case(), pick in any::<prop::sample::Index>()) {
            let scored: Vec<usize> = rs.iter().enumerate()
                .filter(|(_, r)| matches!(r, Some(Response::Level(l)) if *l < 4))
                .map(|(i, _)| i).collect();
            prop_assume!(!scored.is_empty());
            let i = scored[pick.index(scored.len())];
            let mut higher = rs.clone();
            if let Some(Response::Level(l)) = &mut higher[i] { *l += 1; }
            let (before, after) = (score(&g, &file(&g, &rs)), score(&g, &file(&g, &higher)));
            for (b, a) in before.areas.iter().zip(&after.areas) {
                prop_assert!(a.maturity.unwrap_or(0.0) + 1e-9 >= b.maturity.unwrap_or(0.0));
            }
            prop_assert!(after.overall.unwrap_or(0.0) + 1e-9 >= before.overall.unwrap_or(0.0));
        }

        #[test]
        fn na_leaves_the_other_weights_alone((g, rs) in case(), pick in any::<prop::sample::Index>()) {
            let i = pick.index(rs.len());
            let mut na = rs.clone();
            na[i] = Some(Response::NotApplicable { reason: "n/a".into() });
            let mut dropped = rs.clone();
            dropped[i] = None;
            let (with_na, without) = (score(&g, &file(&g, &na)), score(&g, &file(&g, &dropped)));
            prop_assert_eq!(
                with_na.areas.iter().map(|a| a.maturity).collect::<Vec<_>>(),
                without.areas.iter().map(|a| a.maturity).collect::<Vec<_>>()
            );
            prop_assert_eq!(with_na.overall, without.overall);
        }

        #[test]
        fn answer_order_does_not_matter((g, rs) in case(), seed in any::<u64>()) {
            let a = file(&g, &rs);
            let mut shuffled = a.clone();
            // A deterministic shuffle from the seed.
            let n = shuffled.answers.len();
            let mut s = seed;
            for k in (1..n).rev() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.answers.swap(k, (s >> 33) as usize % (k + 1));
            }
            prop_assert_eq!(score(&g, &a), score(&g, &shuffled));
        }
    }
}
