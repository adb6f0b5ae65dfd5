//! Checking an answer file against the guideline it will be scored with.

use super::AnswerFile;
use crate::diagnostic::{Code, Diagnostic, quoted};
use crate::model::Guideline;
use crate::position::Location;

/// Checks an answer file against the guideline it will be scored with:
/// another guideline is an error; another version, unknown criteria and
/// unknown areas are warnings (the entries are kept, not scored).
pub fn check_against(answers: &AnswerFile, guideline: &Guideline, file: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if answers.guideline != guideline.id {
        out.push(Diagnostic::error(
            Code::GuidelineMismatch,
            file,
            Location::File,
            format!(
                "answers are for guideline `{}`, not `{}`",
                quoted(&answers.guideline),
                guideline.id
            ),
        ));
        return out;
    }
    if !answers.guideline_version.is_empty() && answers.guideline_version != guideline.version {
        out.push(Diagnostic::warning(
            Code::GuidelineVersion,
            file,
            Location::File,
            format!(
                "answers were given against `{}` {} and are scored against {}",
                guideline.id,
                quoted(&answers.guideline_version),
                guideline.version
            ),
        ));
    }
    let member = answers.speaks_for() == crate::model::Scope::Member;
    for entry in &answers.answers {
        if member
            && entry.answer.response.is_some()
            && let Some((_, c)) = guideline.criterion(&entry.criterion)
            && c.scope == crate::model::Scope::Network
        {
            out.push(Diagnostic::warning(
                Code::NetworkScopeAnswer,
                file,
                entry.pos.clone(),
                format!(
                    "`{}` is about the network as a body, and this file speaks for one member state (`scope: member`); the answer is kept but not scored. The network's own file answers it",
                    c.id
                ),
            ));
        }
        if guideline.criterion(&entry.criterion).is_none() {
            out.push(Diagnostic::warning(
                Code::UnknownCriterion,
                file,
                entry.pos.clone(),
                format!(
                    "`{}` is not a criterion of `{}` {}; the answer is kept but not scored",
                    quoted(&entry.criterion),
                    guideline.id,
                    guideline.version
                ),
            ));
        }
    }
    for (area, _, pos) in &answers.targets {
        if guideline.area(area).is_none() {
            out.push(Diagnostic::warning(
                Code::UnknownArea,
                file,
                pos.clone(),
                format!(
                    "`{}` is not an area of `{}`; its target is ignored",
                    quoted(area),
                    guideline.id
                ),
            ));
        }
    }
    out
}
