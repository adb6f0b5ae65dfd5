//! Maturity scores: pure functions of (guideline, answers, targets).
//!
//! - A criterion scores its level; N/A and unanswered criteria are left out
//!   (unanswered ones lower coverage, which every output shows).
//! - Area maturity is the weighted mean of its scored criteria (0-4).
//! - Overall maturity is the weighted mean of the areas that have a score.
//! - Gap = target - level when positive; priority = gap x criterion weight x
//!   area weight. The action plan lists gaps by falling priority.

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
    pub fn percent(&self) -> f64 {
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
    /// Target minus maturity when positive, else 0; `None` without a score.
    pub fn gap(&self) -> Option<f64> {
        self.maturity.map(|m| (self.target as f64 - m).max(0.0))
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
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The scale level whose label describes a maturity: the floor of the value
/// as shown (so 2.96, shown as 3.0, is labelled with level 3).
pub fn label_level(maturity: f64) -> u8 {
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
    let (mut overall_sum, mut overall_weight) = (0.0, 0.0);
    for area in &guideline.areas {
        let target = answers.target(guideline, &area.id);
        let mut coverage = Coverage {
            total: area.criteria.len(),
            ..Coverage::default()
        };
        let (mut sum, mut weight) = (0.0, 0.0);
        for c in &area.criteria {
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
