//! The interactive assessment (`wen-assess assess`): start, one screen per
//! criterion laid out for the terminal's size, autosave after every answer,
//! resume at the next unanswered criterion, a review of every answer, then
//! the scores. Which reports to write is returned in the [`Outcome`]; the
//! command writes them through the same path as `report`.
//!
//! - `start.rs`: a new file's identity questions and file name, or a file
//!   resumed;
//! - `session.rs`: the questions, the review, participants and findings;
//! - `engine.rs`: the order of the questions, as a plain state machine;
//! - `screen.rs`: the layout of a screen for the terminal's size;
//! - `terminal.rs`, `plain.rs`: the full-screen and line-by-line prompters;
//! - `interrupt.rs`: Ctrl-C.
//!
//! All terminal input and output go through a [`Prompter`]: the full-screen
//! dialoguer one, the line-by-line one for screen readers and dumb
//! terminals, or, in tests, a scripted fake.

pub(crate) mod engine;
pub(crate) mod interrupt;
pub(crate) mod plain;
pub(crate) mod screen;
mod session;
mod start;
pub(crate) mod terminal;

use std::io;
use std::path::PathBuf;

use thiserror::Error;

use crate::answers::AnswersError;
use crate::answers::store::StoreError;
use crate::model::Guideline;
pub use interrupt::Interrupt;
pub(crate) use plain::PlainPrompter;
pub(crate) use start::default_answers_path;
pub(crate) use start::{
    free_path, in_folder, join_as_participant, prepare_resumed, probe_folder, respondent_of,
    same_respondent,
};
pub(crate) use terminal::{Prompter, TerminalPrompter};

/// How the session starts.
#[derive(Debug, Clone, Default)]
pub(crate) struct StartOptions {
    /// Guideline id from `--guideline`.
    pub guideline: Option<String>,
    /// Answer file from `--answers`.
    pub answers: Option<PathBuf>,
    /// Language from `--lang`.
    pub lang: Option<String>,
    /// The locale from the environment, for the language of the prompts.
    pub env_lang: String,
    /// Today's date, `YYYY-MM-DD`.
    pub today: String,
    /// The folder new answer files go to (the current one).
    pub folder: PathBuf,
}

/// How the session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Every question was passed.
    Finished {
        /// The answer file.
        answers: PathBuf,
        /// The reports asked for (none, Markdown, PDF or both), for the
        /// command to write.
        reports: Vec<PathBuf>,
        /// The language of the session, for the reports.
        lang: &'static str,
    },
    /// The respondent chose to stop; the answers are saved.
    Paused {
        /// The answer file.
        answers: PathBuf,
    },
}

/// What an interrupted session had saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Saved {
    /// The answer file.
    pub answers: PathBuf,
    /// Criteria answered, of those asked.
    pub answered: usize,
    /// Criteria asked.
    pub total: usize,
    /// Participants recorded.
    pub participants: usize,
}

/// Why the session stopped early.
#[derive(Debug, Error)]
pub(crate) enum SessionError {
    /// Ctrl-C. Everything confirmed so far is saved.
    #[error("interrupted")]
    Interrupted {
        /// What the answer file holds, once one was made.
        saved: Option<Saved>,
        /// The session's language.
        lang: &'static str,
    },
    /// The terminal failed.
    #[error("terminal error: {0}")]
    Terminal(io::Error),
    /// The answer file could not be read.
    #[error("{0}")]
    Answers(#[from] AnswersError),
    /// The answer file could not be locked or saved.
    #[error("{0}")]
    Store(#[from] StoreError),
    /// A save failed; the session's answers went to a side file (or, when
    /// no folder took one, are given as text to show).
    #[error("{path}: the answers could not be saved: {reason}")]
    NotSaved {
        /// The answer file.
        path: PathBuf,
        /// Why the save failed.
        reason: String,
        /// The side file holding every answer of the session, or its text.
        aside: Result<PathBuf, String>,
        /// The session's language.
        lang: &'static str,
    },
    /// Something else, in the catalogues' words.
    #[error("{0}")]
    Other(crate::i18n::Msg),
}

/// Keys of the per-criterion menu after the five levels; a line-mode user
/// types them.
const NA: &str = "na";
const SKIP: &str = "s";
const BACK: &str = "p";
const JUMP: &str = "j";
const QUIT: &str = "q";
const READ_IN_FULL: &str = "g";

/// Runs an interactive assessment.
pub(crate) fn run(
    p: &mut dyn Prompter,
    guidelines: &[Guideline],
    opts: &StartOptions,
) -> Result<Outcome, SessionError> {
    let started = start::start(p, guidelines, opts)?;
    session::Session::new(p, started, opts).run()
}

#[cfg(test)]
mod tests {
    use super::screen::Item;
    use super::start::default_answers_path;
    use super::terminal::Words;
    use super::*;
    use crate::answers::{self, Response};
    use crate::model::parse_guideline;
    use std::collections::VecDeque;
    use std::path::Path;

    /// One scripted reply.
    #[derive(Debug, Clone)]
    enum Reply {
        /// Picks the item with this key (`2`, `na`, `s`, ...).
        Key(&'static str),
        /// Picks the item at this index.
        Pick(usize),
        /// Backs out of a menu that allows it.
        Esc,
        Text(&'static str),
        Yes(bool),
        /// Behaves like Ctrl-C at this prompt.
        Interrupt,
    }

    /// A prompter that replays replies and records everything shown.
    struct Scripted {
        replies: VecDeque<Reply>,
        shown: String,
        size: (u16, u16),
    }

    impl Scripted {
        fn new(replies: &[Reply]) -> Self {
            Scripted {
                replies: replies.iter().cloned().collect(),
                shown: String::new(),
                size: (80, 24),
            }
        }
        fn next(&mut self, prompt: &str) -> io::Result<Reply> {
            self.shown.push_str(&format!("? {prompt}\n"));
            match self.replies.pop_front() {
                Some(Reply::Interrupt) => Err(io::Error::new(io::ErrorKind::Interrupted, "^C")),
                Some(r) => Ok(r),
                None => panic!("script ran out at {prompt:?}\n{}", self.shown),
            }
        }
    }

    impl Prompter for Scripted {
        fn size(&self) -> (u16, u16) {
            self.size
        }
        fn set_words(&mut self, _: Words) {}
        fn screen(&mut self, text: &str) -> io::Result<()> {
            self.shown.push_str("\n[screen]\n");
            self.shown.push_str(text);
            Ok(())
        }
        fn say(&mut self, text: &str) -> io::Result<()> {
            self.shown.push_str(text);
            Ok(())
        }
        fn select(
            &mut self,
            prompt: &str,
            items: &[Item],
            _: Option<usize>,
            can_go_back: bool,
        ) -> io::Result<Option<usize>> {
            for item in items {
                self.shown
                    .push_str(&format!("  [{}] {}\n", item.key, item.text));
            }
            match self.next(prompt)? {
                Reply::Pick(i) if i < items.len() => Ok(Some(i)),
                Reply::Key(k) => match items.iter().position(|i| i.key == k) {
                    Some(i) => Ok(Some(i)),
                    None => panic!("{prompt}: no item with key {k:?}\n{}", self.shown),
                },
                Reply::Esc if can_go_back => Ok(None),
                r => panic!(
                    "{prompt}: expected a pick within {items:?}, script has {r:?}\n{}",
                    self.shown
                ),
            }
        }
        fn input(&mut self, prompt: &str, _: &str) -> io::Result<String> {
            match self.next(prompt)? {
                Reply::Text(t) => Ok(t.to_string()),
                r => panic!("{prompt}: expected text, script has {r:?}\n{}", self.shown),
            }
        }
        fn confirm(&mut self, prompt: &str, _: bool) -> io::Result<bool> {
            match self.next(prompt)? {
                Reply::Yes(b) => Ok(b),
                r => panic!("{prompt}: expected yes/no, script has {r:?}"),
            }
        }
    }

    fn guidelines() -> Vec<Guideline> {
        vec![
            parse_guideline(
                include_str!("../../tests/fixtures/guidelines/valid/minimal.yaml"),
                "minimal.yaml",
            )
            .unwrap(),
        ]
    }

    fn opts(path: Option<&Path>, folder: &Path) -> StartOptions {
        StartOptions {
            guideline: Some("minimal".into()),
            answers: path.map(Path::to_path_buf),
            lang: Some("en".into()),
            env_lang: String::new(),
            today: "2026-11-23".into(),
            folder: folder.to_path_buf(),
        }
    }

    const START: [Reply; 7] = [
        Reply::Text("Test WEN"),
        Reply::Text("Testland"),
        // The answers speak for the network as a whole.
        Reply::Pick(0),
        Reply::Text("Ann"),
        Reply::Text("Coordinator"),
        // Not a workshop.
        Reply::Yes(false),
        // Press Enter to start.
        Reply::Text(""),
    ];

    /// The start of a member state's file: Testonia, about itself.
    const START_MEMBER: [Reply; 8] = [
        Reply::Text("Test WEN"),
        Reply::Text("Testland"),
        Reply::Pick(1),
        Reply::Text("Testonia"),
        Reply::Text("Ann"),
        Reply::Text("Focal point"),
        Reply::Yes(false),
        Reply::Text(""),
    ];

    fn level_of(path: &Path, id: &str) -> Option<Response> {
        let (saved, _) = answers::load_answers(path).unwrap();
        saved.answer(id).and_then(|a| a.response.clone())
    }

    #[test]
    fn full_run_with_back_skip_na_review_and_report() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut script = START.to_vec();
        script.extend([
            Key("3"),
            Text("Signed in 2025"),
            Text("mou.pdf; https://x.org/m"), // mandate = 3
            Key("p"),                         // back to mandate
            Key("2"),
            Text("Signed in 2025"),
            Text("mou.pdf"), // revise: 2; goes on to meetings
            Key("s"),        // skip meetings
            Yes(false),      // leaving Governance: no findings (offered though one is skipped)
            Key("na"),
            Text(""),
            Text("Host pays"),
            Text(""),
            Text(""),   // finance N/A
            Yes(false), // no findings for Finance
            Yes(true),  // the skipped one now
            Key("4"),
            Text(""),
            Text(""), // meetings = 4; Governance's findings were offered once already
            Key("f"), // review: finish
            Pick(2),  // both reports
        ]);
        let mut p = Scripted::new(&script);
        let outcome = run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap();
        let report = dir.path().join("a-report.md");
        let pdf = dir.path().join("a-report.pdf");
        // The command writes the reports asked for.
        assert_eq!(
            outcome,
            Outcome::Finished {
                answers: path.clone(),
                reports: vec![report.clone(), pdf.clone()],
                lang: "en",
            }
        );
        assert!(!report.exists() && !pdf.exists());
        assert!(p.replies.is_empty());
        assert!(p.shown.contains(
            "── Governance 1/2 · question 1 of 3 · 0 answered ──\nMandate (governance.mandate)\n"
        ));
        assert!(p.shown.contains("Current answer: 3 Established\n"));
        assert!(p.shown.contains("  [0] 0 Absent: No mandate.\n"));
        assert!(
            p.shown
                .contains("? A reason is needed for N/A. Why does it not apply?\n")
        );
        assert!(
            p.shown
                .contains("? 1 criterion is not answered yet. Answer it now?\n")
        );
        assert!(
            p.shown.contains("[2] Governance › Meetings: 4 Advanced\n"),
            "{}",
            p.shown
        );
        assert!(
            p.shown.contains("│ Overall    ┆      2.7 ┆ Developing"),
            "{}",
            p.shown
        );
        assert!(p.shown.contains(
            "Top gaps:\n  Mandate (governance.mandate): level 2 → target 3, priority 2.0\n"
        ));
        let (saved, _) = answers::load_answers(&path).unwrap();
        assert_eq!(saved.network.name, "Test WEN");
        assert_eq!(saved.speaks_for(), crate::model::Scope::Network);
        let mandate = saved.answer("governance.mandate").unwrap();
        assert_eq!(mandate.response, Some(Response::Level(2)));
        assert_eq!(mandate.evidence, ["mou.pdf"]);
        assert_eq!(
            level_of(&path, "finance.core-funding"),
            Some(Response::NotApplicable {
                reason: "Host pays".into()
            })
        );
    }

    #[test]
    fn interrupt_keeps_confirmed_answers_and_resume_skips_answered_ones() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut script = START.to_vec();
        script.extend([Key("1"), Text("draft"), Text(""), Key("3"), Interrupt]);
        let mut p = Scripted::new(&script);
        let err = run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap_err();
        let SessionError::Interrupted {
            saved: Some(saved), ..
        } = err
        else {
            panic!("{err}")
        };
        // The level of meetings was confirmed before Ctrl-C, in its note.
        assert_eq!(
            saved,
            Saved {
                answers: path.clone(),
                answered: 2,
                total: 3,
                participants: 0
            }
        );
        let (saved, _) = answers::load_answers(&path).unwrap();
        assert_eq!(
            saved.answer("governance.mandate").unwrap().note.as_deref(),
            Some("draft")
        );
        // Ctrl-C in the note of meetings: its level, confirmed, is kept.
        let meetings = saved.answer("governance.meetings").unwrap();
        assert_eq!(meetings.response, Some(Response::Level(3)));
        assert_eq!(meetings.note, None);

        // Resume: starts at core funding, then save-and-quit.
        let mut p = Scripted::new(&[Key("q")]);
        let outcome = run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap();
        assert_eq!(
            outcome,
            Outcome::Paused {
                answers: path.clone()
            }
        );
        assert!(p.shown.starts_with(&format!(
            "Resuming {}: 2 of 3 criteria answered.\n",
            path.display()
        )));
        assert!(p.shown.contains("question 3 of 3 · 2 answered"));
        assert!(p.shown.contains("(2 of 3 answered)"));
    }

    #[test]
    fn after_going_back_the_next_question_is_the_next_unanswered_one() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(
            &path,
            "format: 1\nguideline: minimal\nnetwork: {name: Test WEN}\nanswers:\n  governance.mandate: {level: 1}\n  governance.meetings: {level: 2}\n",
        )
        .unwrap();
        // Starts at core funding; back to meetings, change it; next is core
        // funding again, not mandate or meetings.
        let mut p = Scripted::new(&[
            Key("p"),
            Key("3"),
            Text(""),
            Text(""),
            Yes(false), // Governance is complete: no findings
            Key("q"),
        ]);
        run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap();
        let screens: Vec<&str> = p.shown.split("[screen]").collect();
        assert!(screens[1].contains("(finance.core-funding)"), "{}", p.shown);
        assert!(screens[2].contains("(governance.meetings)"), "{}", p.shown);
        assert!(screens[3].contains("(finance.core-funding)"), "{}", p.shown);
    }

    #[test]
    fn jump_to_an_area_and_back_out_of_the_menu() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut script = START.to_vec();
        script.extend([
            Key("j"),
            Esc, // changed my mind
            Key("j"),
            Pick(1), // Finance
            Key("0"),
            Text(""),
            Text(""),
            Yes(false), // no findings for Finance
            Yes(false), // not the skipped ones now
            Key("f"),
            Pick(3), // no report
        ]);
        let mut p = Scripted::new(&script);
        let outcome = run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap();
        assert_eq!(
            outcome,
            Outcome::Finished {
                answers: path.clone(),
                reports: Vec::new(),
                lang: "en",
            }
        );
        assert!(p.shown.contains("[p] ← Back\n"), "{}", p.shown);
        assert!(
            p.shown
                .contains("── Finance 1/1 · question 3 of 3 · 0 answered ──")
        );
        assert!(p.shown.contains(&format!(
            "No report now. Write it later with: wen-assess report {}\n",
            path.display()
        )));
        let (saved, _) = answers::load_answers(&path).unwrap();
        assert_eq!(saved.answers.len(), 1);
    }

    #[test]
    fn a_complete_file_opens_the_review_and_one_answer_changes() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(
            &path,
            "format: 1\nguideline: minimal\nnetwork: {name: Test WEN}\nanswers:\n  governance.mandate: {level: 1}\n  governance.meetings: {level: 2}\n  finance.core-funding: {level: 3}\n",
        )
        .unwrap();
        let mut p = Scripted::new(&[
            Key("2"), // review: meetings
            Key("4"),
            Text("now monthly"),
            Text(""),
            Key("f"),
            Pick(3),
        ]);
        run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap();
        assert!(p.shown.contains("Review: every criterion with its answer."));
        assert_eq!(
            level_of(&path, "governance.meetings"),
            Some(Response::Level(4))
        );
        assert_eq!(
            level_of(&path, "governance.mandate"),
            Some(Response::Level(1))
        );
    }

    #[test]
    fn a_second_respondent_is_asked_which_file_and_nothing_typed_is_lost() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let first = opts(None, dir.path());
        // A member state's file: only the member-scope criterion is asked.
        let mut script = START_MEMBER.to_vec();
        script.extend([Key("2"), Text(""), Text(""), Yes(false), Key("f"), Pick(3)]);
        let mut p = Scripted::new(&script);
        let Outcome::Finished { answers: file, .. } = run(&mut p, &guidelines(), &first).unwrap()
        else {
            panic!()
        };
        assert_eq!(
            file.file_name().unwrap(),
            "test-wen-testonia-minimal-2026-11-23.yaml"
        );
        assert!(
            p.shown
                .contains("── Governance 1/1 · question 1 of 1 · 0 answered ──"),
            "{}",
            p.shown
        );
        assert!(
            p.shown.contains("Does your country attend the meetings?"),
            "{}",
            p.shown
        );
        assert!(
            p.shown.contains("[2] 2 Developing: Attended some."),
            "{}",
            p.shown
        );
        // Same network and country, another person: a new file for them.
        let mut p = Scripted::new(&[
            Text("Test WEN"),
            Text("Testland"),
            Pick(1),
            Text("Testonia"),
            Text("Bea"),
            Text("Focal point"),
            Yes(false),
            Pick(1),
            Text(""),
            Key("1"),
            Text(""),
            Text(""),
            Yes(false),
            Key("f"),
            Pick(3),
        ]);
        let Outcome::Finished {
            answers: second, ..
        } = run(&mut p, &guidelines(), &first).unwrap()
        else {
            panic!()
        };
        assert!(
            p.shown.contains("holds the answers of Ann, Testonia"),
            "{}",
            p.shown
        );
        assert_eq!(
            second.file_name().unwrap(),
            "test-wen-testonia-minimal-2026-11-23-2.yaml"
        );
        let (theirs, _) = answers::load_answers(&second).unwrap();
        assert_eq!(theirs.respondent.name, "Bea");
        assert_eq!(theirs.speaks_for(), crate::model::Scope::Member);
        assert_eq!(
            level_of(&file, "governance.meetings"),
            Some(Response::Level(2))
        );
        // A third continues Ann's file, and is recorded as a participant.
        let mut p = Scripted::new(&[
            Text("Test WEN"),
            Text(""),
            Pick(1),
            Text("Testonia"),
            Text("Cy"),
            Text("Customs"),
            Yes(false),
            Pick(0),
            Yes(false), // no change to the participants
            Key("f"),
            Pick(3),
        ]);
        run(&mut p, &guidelines(), &first).unwrap();
        let (ann, _) = answers::load_answers(&file).unwrap();
        assert_eq!(ann.respondent.name, "Ann");
        assert_eq!(ann.participants[0].name, "Cy");
        assert_eq!(ann.participants[0].agency, "Customs");
    }

    #[test]
    fn an_empty_network_name_is_asked_again() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let mut p = Scripted::new(&[
            Text(""),
            Text("  "),
            Text("Réseau Régional"),
            Text(""),
            Pick(0),
            Text(""),
            Text(""),
            Yes(false),
            Text(""),
            Key("q"),
        ]);
        let Outcome::Paused { answers } =
            run(&mut p, &guidelines(), &opts(None, dir.path())).unwrap()
        else {
            panic!()
        };
        assert_eq!(
            p.shown.matches("? A network name is needed").count(),
            2,
            "{}",
            p.shown
        );
        assert_eq!(
            answers.file_name().unwrap(),
            "reseau-regional-minimal-2026-11-23.yaml"
        );
    }

    #[test]
    fn resuming_a_file_of_another_guideline_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "format: 1\nguideline: strengthening\nanswers: {}\n").unwrap();
        let mut p = Scripted::new(&[]);
        let err = run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap_err();
        assert_eq!(
            err.to_string(),
            "no guideline `strengthening` is loaded (available: minimal)"
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "format: 1\nguideline: strengthening\nanswers: {}\n"
        );
    }

    #[test]
    fn a_workshop_records_participants_and_findings_per_area() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut p = Scripted::new(&[
            Text("Test WEN"),
            Text(""),
            Pick(0),
            Text("Ann"),
            Text("Coordinator"),
            Yes(true), // a workshop
            Text("Bo Customs"),
            Text("Customs"),
            Text("Testonia"),
            Text("Cy Police"),
            Text("Police"),
            Text("Testland"),
            Text(""), // all listed
            Text(""), // press Enter to start
            Key("2"),
            Text(""),
            Text(""),
            Key("3"),
            Text(""),
            Text(""),
            Yes(true), // findings for Governance
            Text("A signed MoU"),
            Text("Meetings are irregular"),
            Text("Fix a meeting calendar"),
            Key("q"),
        ]);
        run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap();
        let (saved, _) = answers::load_answers(&path).unwrap();
        let names: Vec<&str> = saved.participants.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Bo Customs", "Cy Police"]);
        assert_eq!(saved.participants[1].country, "Testland");
        let f = saved.findings_of("governance").unwrap();
        assert_eq!(f.challenges, "Meetings are irregular");
        assert_eq!(f.priorities, "Fix a meeting calendar");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("findings:\n  governance:\n    strengths: \"A signed MoU\"\n"),
            "{text}"
        );
    }

    #[test]
    fn default_names_are_clear_short_and_ascii() {
        assert_eq!(
            default_answers_path(
                "Example Regional WEN (ERWEN)",
                "",
                "strengthening",
                "2026-11-23"
            ),
            PathBuf::from("example-regional-wen-erwen-strengthening-2026-11-23.yaml")
        );
        assert_eq!(
            default_answers_path(
                "Réseau Régional",
                "Côte d’Ivoire",
                "establishing",
                "2026-11-23"
            ),
            PathBuf::from("reseau-regional-cote-d-ivoire-establishing-2026-11-23.yaml")
        );
        assert_eq!(
            default_answers_path("", "", "establishing", "2026-11-23"),
            PathBuf::from("wen-assessment-establishing-2026-11-23.yaml")
        );
        let long = default_answers_path(&"Network ".repeat(80), "", "establishing", "2026-11-23");
        assert!(long.as_os_str().len() < 100, "{}", long.display());
        let other = default_answers_path("北京 网络", "", "establishing", "2026-11-23");
        assert!(other.to_str().unwrap().is_ascii(), "{}", other.display());
        assert!(
            other.to_str().unwrap().starts_with("bei-jing"),
            "{}",
            other.display()
        );
    }
}
