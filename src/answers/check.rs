//! Checking an answer file against the guideline it will be scored with.

use super::AnswerFile;
use crate::diagnostic::{Code, Diagnostic, quoted};
use crate::model::Guideline;
use crate::msg;
use crate::position::Location;

/// Checks an answer file against the guideline it will be scored with:
/// another guideline is an error; another version, unknown criteria and
/// unknown areas are warnings (the entries are kept, not scored).
pub(crate) fn check_against(
    answers: &AnswerFile,
    guideline: &Guideline,
    file: &str,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if answers.guideline != guideline.id {
        out.push(Diagnostic::error(
            Code::GuidelineMismatch,
            file,
            Location::File,
            msg!(
                "guideline-mismatch",
                found = quoted(&answers.guideline),
                expected = &guideline.id
            ),
        ));
        return out;
    }
    if !answers.guideline_version.is_empty() && answers.guideline_version != guideline.version {
        out.push(Diagnostic::warning(
            Code::GuidelineVersion,
            file,
            Location::File,
            msg!(
                "guideline-version",
                id = &guideline.id,
                old = quoted(&answers.guideline_version),
                new = &guideline.version
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
                msg!("network-scope-answer", id = &c.id),
            ));
        }
        if guideline.criterion(&entry.criterion).is_none() {
            out.push(Diagnostic::warning(
                Code::UnknownCriterion,
                file,
                entry.pos.clone(),
                msg!(
                    "unknown-criterion",
                    id = quoted(&entry.criterion),
                    guideline = &guideline.id,
                    version = &guideline.version
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
                msg!(
                    "unknown-area",
                    area = quoted(area),
                    guideline = &guideline.id
                ),
            ));
        }
    }
    out
}
