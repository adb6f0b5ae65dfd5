//! Carrying answers across guideline versions. A criterion that moved or was
//! renamed names its old ids in `replaces:`; an answer under an old id moves
//! to the new criterion. New criteria stay unanswered; answers to removed
//! criteria stay in the file, listed as kept but not scored. Nothing is lost.

use super::AnswerFile;
use crate::diagnostic::{Code, Diagnostic};
use crate::model::Guideline;

/// One answer carried to a new id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Moved {
    /// The id it was given under.
    pub from: String,
    /// The criterion it now answers.
    pub to: String,
}

/// Moves the answers given under replaced ids to their new criteria, and
/// says so. An old answer whose new criterion already has an answer is left
/// where it is (and reported), so neither is lost.
pub(crate) fn migrate(
    answers: &mut AnswerFile,
    guideline: &Guideline,
    file: &str,
) -> (Vec<Moved>, Vec<Diagnostic>) {
    let mut moved = Vec::new();
    let mut findings = Vec::new();
    if answers.guideline != guideline.id {
        return (moved, findings);
    }
    for (_, c) in guideline.criteria() {
        for old in &c.replaces {
            let Some(i) = answers.answers.iter().position(|e| &e.criterion == old) else {
                continue;
            };
            // An old entry that holds nothing (a template's `level: ~`)
            // carries no answer: it is renamed to keep the new criterion's
            // place, or dropped if the new criterion has an entry already,
            // and neither is reported as a moved answer.
            let old_empty = answers.answers[i].answer.is_empty();
            // The new id's entry gives way only when it holds nothing: a
            // note, evidence or a key of its own is never dropped.
            let taken = answers
                .answers
                .iter()
                .find(|e| e.criterion == c.id && !e.answer.is_empty());
            if let Some(taken) = taken {
                if old_empty {
                    answers.answers.remove(i);
                    continue;
                }
                let id = if taken.answer.response.is_some() {
                    "migration-conflict-answered"
                } else {
                    "migration-conflict-entries"
                };
                findings.push(Diagnostic::warning(
                    Code::MigrationConflict,
                    file,
                    answers.answers[i].pos.clone(),
                    crate::i18n::Msg::new(id)
                        .arg("old", old)
                        .arg("new", &c.id)
                        .arg("guideline", &guideline.id)
                        .arg("version", &guideline.version),
                ));
                continue;
            }
            // An empty entry for the new id (a template's `level: ~`) gives
            // way to the moved answer.
            answers.answers.retain(|e| e.criterion != c.id);
            let i = answers
                .answers
                .iter()
                .position(|e| &e.criterion == old)
                .unwrap_or(i);
            let pos = answers.answers[i].pos.clone();
            answers.answers[i].criterion = c.id.clone();
            if old_empty {
                continue;
            }
            findings.push(Diagnostic::warning(
                Code::MigratedAnswer,
                file,
                pos,
                crate::msg!(
                    "migrated-answer",
                    old = old,
                    new = &c.id,
                    guideline = &guideline.id,
                    version = &guideline.version
                ),
            ));
            moved.push(Moved {
                from: old.clone(),
                to: c.id.clone(),
            });
        }
    }
    (moved, findings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::{Response, parse_answers};
    use crate::model::parse_guideline;

    fn guideline() -> Guideline {
        let text = include_str!("../../tests/fixtures/guidelines/valid/minimal.yaml").replace(
            "      - id: finance.core-funding\n",
            "      - id: finance.core-funding\n        replaces: [governance.funding]\n",
        );
        parse_guideline(&text, "minimal.yaml").unwrap()
    }

    #[test]
    fn an_empty_old_entry_is_no_answer_to_move() {
        let g = guideline();
        // The new criterion answered: the empty old entry goes, unreported.
        let (mut a, _) = parse_answers(
            "format: 1\nguideline: minimal\nanswers:\n  governance.funding: {level: ~}\n  finance.core-funding: {level: 3}\n",
            "a.yaml",
        )
        .unwrap();
        let (moved, notes) = migrate(&mut a, &g, "a.yaml");
        assert!(moved.is_empty() && notes.is_empty(), "{moved:?} {notes:?}");
        assert_eq!(a.answers.len(), 1);
        assert_eq!(
            a.answer("finance.core-funding").unwrap().response,
            Some(Response::Level(3))
        );
        // The new criterion absent: the empty entry keeps its place under
        // the new id, and is not counted as a moved answer.
        let (mut b, _) = parse_answers(
            "format: 1\nguideline: minimal\nanswers:\n  governance.funding: {level: ~}\n",
            "b.yaml",
        )
        .unwrap();
        let (moved, notes) = migrate(&mut b, &g, "b.yaml");
        assert!(moved.is_empty() && notes.is_empty(), "{moved:?} {notes:?}");
        assert_eq!(b.answers.len(), 1);
        assert_eq!(b.answers[0].criterion, "finance.core-funding");
        assert_eq!(b.answers[0].answer.response, None);
    }

    #[test]
    fn an_old_id_moves_and_a_conflict_keeps_both() {
        let g = guideline();
        let (mut a, _) = parse_answers(
            "format: 1\nguideline: minimal\nanswers:\n  governance.funding: {level: 2}\n  finance.core-funding: ~\n",
            "a.yaml",
        )
        .unwrap();
        let (moved, notes) = migrate(&mut a, &g, "a.yaml");
        assert_eq!(
            moved,
            [Moved {
                from: "governance.funding".into(),
                to: "finance.core-funding".into()
            }]
        );
        assert_eq!(notes[0].code, Code::MigratedAnswer);
        assert_eq!(a.answers.len(), 1);
        assert_eq!(
            a.answer("finance.core-funding").unwrap().response,
            Some(Response::Level(2))
        );

        let (mut b, _) = parse_answers(
            "format: 1\nguideline: minimal\nanswers:\n  governance.funding: {level: 2}\n  finance.core-funding: {level: 4}\n",
            "b.yaml",
        )
        .unwrap();
        let (moved, notes) = migrate(&mut b, &g, "b.yaml");
        assert!(moved.is_empty());
        assert_eq!(notes[0].code, Code::MigrationConflict);
        assert_eq!(b.answers.len(), 2);

        // A new id with a note but no level yet keeps its note: nothing moves.
        let (mut c, _) = parse_answers(
            "format: 1\nguideline: minimal\nanswers:\n  governance.funding: {level: 2}\n  finance.core-funding: {level: ~, note: ask the treasurer}\n",
            "c.yaml",
        )
        .unwrap();
        let (moved, notes) = migrate(&mut c, &g, "c.yaml");
        assert!(moved.is_empty());
        assert_eq!(notes[0].code, Code::MigrationConflict);
        assert!(
            notes[0]
                .message
                .to_string()
                .contains("has a note, evidence or other entries of its own")
        );
        assert_eq!(
            c.answer("finance.core-funding").unwrap().note.as_deref(),
            Some("ask the treasurer")
        );
        assert_eq!(c.answers.len(), 2);
    }
}
