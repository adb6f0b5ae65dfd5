//! The questionnaire as a plain state machine: which criterion is current,
//! moving forward, back, skipping, jumping to an area, progress. No terminal
//! code: `terminal.rs` and the session in `mod.rs` drive it.

use crate::answers::{Answer, AnswerFile};
use crate::model::{Area, Criterion, Guideline};

/// Where the respondent stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Progress {
    /// Title of the current area.
    pub area: String,
    /// 1-based position of the current criterion inside its area.
    pub in_area: usize,
    /// Criteria in the current area.
    pub area_total: usize,
    /// 1-based position of the current criterion overall.
    pub index: usize,
    /// Criteria in the guideline.
    pub total: usize,
    /// Criteria answered (level or N/A).
    pub answered: usize,
}

/// The questionnaire state.
#[derive(Debug, Clone)]
pub(crate) struct Engine<'g> {
    guideline: &'g Guideline,
    answers: AnswerFile,
    /// (area index, criterion index) in guideline order.
    order: Vec<(usize, usize)>,
    /// Current position in `order`; `order.len()` when past the last one.
    pos: usize,
}

impl<'g> Engine<'g> {
    /// Starts at the first unanswered criterion (past the end when all are
    /// answered), so a resumed session continues where it stopped.
    pub(crate) fn new(guideline: &'g Guideline, answers: AnswerFile) -> Self {
        // A member state is asked the member-scope criteria only.
        let who = answers.speaks_for();
        let order = guideline
            .areas
            .iter()
            .enumerate()
            .flat_map(|(a, area)| {
                area.criteria
                    .iter()
                    .enumerate()
                    .filter(move |(_, c)| c.is_for(who))
                    .map(move |(c, _)| (a, c))
            })
            .collect();
        let mut engine = Engine {
            guideline,
            answers,
            order,
            pos: 0,
        };
        engine.pos = engine.first_unanswered().unwrap_or(engine.order.len());
        engine
    }

    /// The answers so far.
    pub(crate) fn answers(&self) -> &AnswerFile {
        &self.answers
    }

    /// The answers, to save them (a save may bring in changes made to the
    /// file outside the session).
    pub(crate) fn answers_mut(&mut self) -> &mut AnswerFile {
        &mut self.answers
    }

    /// The guideline.
    pub(crate) fn guideline(&self) -> &'g Guideline {
        self.guideline
    }

    /// The current criterion, `None` past the last one.
    pub(crate) fn current(&self) -> Option<(&'g Area, &'g Criterion)> {
        let (a, c) = *self.order.get(self.pos)?;
        let area = &self.guideline.areas[a];
        Some((area, &area.criteria[c]))
    }

    /// True when every criterion has been passed.
    pub(crate) fn is_past_end(&self) -> bool {
        self.pos >= self.order.len()
    }

    fn is_answered(&self, criterion: &Criterion) -> bool {
        self.answers
            .answer(&criterion.id)
            .is_some_and(|a| a.response.is_some())
    }

    /// Position of the first criterion without a level or N/A.
    pub(crate) fn first_unanswered(&self) -> Option<usize> {
        self.order
            .iter()
            .position(|&(a, c)| !self.is_answered(&self.guideline.areas[a].criteria[c]))
    }

    /// Criteria answered (level or N/A), of those asked.
    pub(crate) fn answered_count(&self) -> usize {
        (0..self.order.len())
            .filter(|&i| self.is_answered_at(i))
            .count()
    }

    /// Whom the answers speak for.
    pub(crate) fn who(&self) -> crate::model::Scope {
        self.answers.speaks_for()
    }

    /// Criteria not answered yet.
    pub(crate) fn unanswered_count(&self) -> usize {
        self.order.len() - self.answered_count()
    }

    /// Progress at the current criterion (the last one when past the end),
    /// with the area's title in `lang`.
    pub(crate) fn progress(&self, lang: &str) -> Progress {
        let pos = self.pos.min(self.order.len().saturating_sub(1));
        let a = self.order.get(pos).map_or(0, |(a, _)| *a);
        let area = self.guideline.areas.get(a);
        let in_area = self.order[..pos].iter().filter(|(x, _)| *x == a).count() + 1;
        Progress {
            area: area.map_or(String::new(), |x| x.title.get(lang).to_string()),
            in_area,
            area_total: self.order.iter().filter(|(x, _)| *x == a).count(),
            index: pos + 1,
            total: self.order.len(),
            answered: self.answered_count(),
        }
    }

    /// Records the answer to the current criterion and moves on. Keys the
    /// user added to the previous answer are kept.
    #[cfg(test)]
    pub(crate) fn answer(&mut self, answer: Answer) {
        self.record(answer);
        self.advance();
    }

    /// Records the answer to the current criterion and stays on it (its
    /// note comes next). Keys the user added to the previous answer are
    /// kept.
    pub(crate) fn record(&mut self, mut answer: Answer) {
        let Some((_, c)) = self.current() else { return };
        if let Some(old) = self.answers.answer(&c.id) {
            answer.extra = old.extra.clone();
        }
        self.answers.set_answer(&c.id, answer);
    }

    /// Moves on to the next unanswered criterion.
    pub(crate) fn next(&mut self) {
        self.advance();
    }

    /// Leaves the current criterion as it is and moves on.
    pub(crate) fn skip(&mut self) {
        self.advance();
    }

    /// The next unanswered criterion after the current one, past the end
    /// when there is none: answered criteria are never walked through again.
    fn advance(&mut self) {
        self.pos = (self.pos + 1..self.order.len())
            .find(|&i| !self.is_answered_at(i))
            .unwrap_or(self.order.len());
    }

    fn is_answered_at(&self, i: usize) -> bool {
        let (a, c) = self.order[i];
        self.is_answered(&self.guideline.areas[a].criteria[c])
    }

    /// Goes to a criterion by its position in the guideline (the review).
    pub(crate) fn go_to(&mut self, index: usize) {
        self.pos = index.min(self.order.len());
    }

    /// Index of the current criterion in guideline order.
    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    /// Index of the area of the criterion at `index`.
    pub(crate) fn area_of(&self, index: usize) -> Option<usize> {
        self.order.get(index).map(|(a, _)| *a)
    }

    /// The area whose findings to offer after moving forward (by an answer
    /// or a skip) from a criterion of `area_before`: the area just left,
    /// when at least one of its criteria is answered (skipped ones do not
    /// hold it back) and its findings were not offered yet (`offered`).
    pub(crate) fn area_left(&self, area_before: Option<usize>, offered: &[usize]) -> Option<usize> {
        let area = area_before?;
        let left = self.area_of(self.pos) != Some(area);
        let answered = self.area_counts().get(area).is_some_and(|(n, _)| *n > 0);
        (left && answered && !offered.contains(&area)).then_some(area)
    }

    /// Goes back one criterion; false at the first one.
    pub(crate) fn back(&mut self) -> bool {
        if self.pos == 0 {
            return false;
        }
        self.pos -= 1;
        true
    }

    /// Goes to the first unanswered criterion of an area, or its first one
    /// when all are answered.
    pub(crate) fn jump_to_area(&mut self, area: usize) {
        let in_area: Vec<usize> = (0..self.order.len())
            .filter(|&i| self.order[i].0 == area)
            .collect();
        let target = in_area
            .iter()
            .copied()
            .find(|&i| {
                let (a, c) = self.order[i];
                !self.is_answered(&self.guideline.areas[a].criteria[c])
            })
            .or_else(|| in_area.first().copied());
        if let Some(i) = target {
            self.pos = i;
        }
    }

    /// Goes to the first unanswered criterion; false when there is none.
    pub(crate) fn go_to_first_unanswered(&mut self) -> bool {
        match self.first_unanswered() {
            Some(i) => {
                self.pos = i;
                true
            }
            None => false,
        }
    }

    /// (answered, total) per area of the criteria asked, for the jump menu
    /// (an area with none has a total of 0).
    pub(crate) fn area_counts(&self) -> Vec<(usize, usize)> {
        let who = self.who();
        self.guideline
            .areas
            .iter()
            .map(|a| {
                let answered = a.criteria_for(who).filter(|c| self.is_answered(c)).count();
                (answered, a.criteria_for(who).count())
            })
            .collect()
    }

    /// The criteria asked, with their areas, in the order asked.
    pub(crate) fn asked(&self) -> impl Iterator<Item = (&'g Area, &'g Criterion)> + '_ {
        self.order.iter().map(|&(a, c)| {
            let area = &self.guideline.areas[a];
            (area, &area.criteria[c])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Response;
    use crate::model::parse_guideline;

    fn guideline() -> Guideline {
        parse_guideline(
            include_str!("../../tests/fixtures/guidelines/valid/minimal.yaml"),
            "minimal.yaml",
        )
        .unwrap()
    }

    fn level(n: u8) -> Answer {
        Answer {
            response: Some(Response::Level(n)),
            ..Answer::default()
        }
    }

    #[test]
    fn walks_forward_back_and_skips() {
        let g = guideline();
        let mut e = Engine::new(&g, AnswerFile::new(&g, "2026-11-23"));
        assert_eq!(e.current().unwrap().1.id, "governance.mandate");
        assert_eq!(
            e.progress("en"),
            Progress {
                area: "Governance".into(),
                in_area: 1,
                area_total: 2,
                index: 1,
                total: 3,
                answered: 0
            }
        );
        e.answer(level(2));
        assert_eq!(e.current().unwrap().1.id, "governance.meetings");
        e.skip();
        assert_eq!(e.progress("en").area, "Finance");
        assert_eq!(e.progress("en").index, 3);
        assert!(e.back());
        assert_eq!(e.current().unwrap().1.id, "governance.meetings");
        e.answer(level(4));
        e.answer(Answer {
            response: Some(Response::NotApplicable {
                reason: "host pays".into(),
            }),
            ..Answer::default()
        });
        assert!(e.is_past_end());
        assert_eq!(e.answered_count(), 3);
        assert_eq!(e.first_unanswered(), None);
    }

    #[test]
    fn back_stops_at_the_first_question() {
        let g = guideline();
        let mut e = Engine::new(&g, AnswerFile::new(&g, "2026-11-23"));
        assert!(!e.back());
        assert_eq!(e.progress("en").index, 1);
    }

    #[test]
    fn resumes_at_the_first_unanswered() {
        let g = guideline();
        let mut a = AnswerFile::new(&g, "2026-11-23");
        a.set_answer("governance.mandate", level(1));
        a.set_answer("finance.core-funding", level(3));
        let e = Engine::new(&g, a);
        assert_eq!(e.current().unwrap().1.id, "governance.meetings");
        assert_eq!(e.answered_count(), 2);
        assert_eq!(e.unanswered_count(), 1);
    }

    #[test]
    fn jumps_to_an_area_and_back_to_skipped_ones() {
        let g = guideline();
        let mut e = Engine::new(&g, AnswerFile::new(&g, "2026-11-23"));
        e.jump_to_area(1);
        assert_eq!(e.current().unwrap().1.id, "finance.core-funding");
        e.answer(level(2));
        assert!(e.is_past_end());
        assert_eq!(e.area_counts(), vec![(0, 2), (1, 1)]);
        assert!(e.go_to_first_unanswered());
        assert_eq!(e.current().unwrap().1.id, "governance.mandate");
        // Jumping to a fully answered area goes to its first criterion.
        e.jump_to_area(1);
        assert_eq!(e.current().unwrap().1.id, "finance.core-funding");
    }

    #[test]
    fn revising_keeps_user_keys() {
        let g = guideline();
        let mut a = AnswerFile::new(&g, "2026-11-23");
        let mut first = level(1);
        first
            .extra
            .push(("owner".into(), crate::yaml::parse("x").unwrap().root));
        a.set_answer("governance.mandate", first);
        let mut e = Engine::new(&g, a);
        e.jump_to_area(0);
        assert_eq!(e.current().unwrap().1.id, "governance.meetings");
        assert!(e.back());
        e.answer(level(3));
        let kept = e.answers().answer("governance.mandate").unwrap();
        assert_eq!(kept.response, Some(Response::Level(3)));
        assert_eq!(kept.extra.len(), 1);
    }
}
