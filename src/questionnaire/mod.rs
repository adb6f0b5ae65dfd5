//! The interactive assessment (`wen-assess assess`): start, one prompt per
//! criterion with autosave, resume, summary and report at the end.
//!
//! All terminal input and output go through a [`Prompter`], so the whole
//! session runs in tests with a scripted fake.

pub mod engine;
pub mod terminal;

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::answers::store::{Store, StoreError};
use crate::answers::{self, Answer, AnswerFile, AnswersError, Response};
use crate::files::{self, Target};
use crate::i18n::{self, Arg, Tr};
use crate::model::Guideline;
use crate::report::{self, Format, View, gap, scores};
use crate::scoring;
use engine::Engine;
pub use terminal::{Prompter, TerminalPrompter};

/// How the session starts.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
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
    /// Width of the summary table.
    pub width: u16,
}

/// How the session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Every question was passed; the report may have been written.
    Finished {
        /// The answer file.
        answers: PathBuf,
        /// The reports written (none, Markdown, PDF or both).
        reports: Vec<PathBuf>,
    },
    /// The respondent chose to stop; the answers are saved.
    Paused {
        /// The answer file.
        answers: PathBuf,
    },
}

/// Why the session stopped early.
#[derive(Debug, Error)]
pub enum SessionError {
    /// Ctrl-C. Everything confirmed so far is saved.
    #[error("interrupted")]
    Interrupted {
        /// The answer file, when one was chosen already.
        answers: Option<PathBuf>,
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
    /// Something else, already phrased for the user.
    #[error("{0}")]
    Other(String),
}

/// Items of the per-criterion menu after the five levels.
const NOT_APPLICABLE: usize = 5;
const SKIP: usize = 6;
const BACK: usize = 7;
const JUMP: usize = 8;
const QUIT: usize = 9;

/// Wraps text to `width` columns, each line starting with `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    for paragraph in text.lines() {
        let mut line = String::from(indent);
        let mut empty = true;
        for word in paragraph.split_whitespace() {
            let len = line.chars().count() + word.chars().count() + 1;
            if !empty && len > width {
                out.push_str(&line);
                out.push('\n');
                line = String::from(indent);
                empty = true;
            }
            if !empty {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Longest network part of a default file name, in characters: the whole
/// name stays well under the 255 bytes file systems allow.
const MAX_SLUG: usize = 60;

/// The default answer file name: `<network>-<guideline>-<date>.yaml`.
pub fn default_answers_path(network: &str, guideline: &str, date: &str) -> PathBuf {
    let mut network = slug(network);
    if network.len() > MAX_SLUG {
        network.truncate(MAX_SLUG);
        network = network.trim_end_matches('-').to_string();
    }
    let network = if network.is_empty() {
        "wen-assessment".to_string()
    } else {
        network
    };
    PathBuf::from(format!("{network}-{guideline}-{date}.yaml"))
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

/// A session in progress.
struct Session<'p, 'g> {
    p: &'p mut dyn Prompter,
    t: Tr,
    path: PathBuf,
    store: Store,
    engine: Engine<'g>,
}

fn terminal(path: Option<&Path>) -> impl Fn(io::Error) -> SessionError + '_ {
    move |e| {
        if e.kind() == io::ErrorKind::Interrupted {
            SessionError::Interrupted {
                answers: path.map(Path::to_path_buf),
            }
        } else {
            SessionError::Terminal(e)
        }
    }
}

/// Runs an interactive assessment.
pub fn run(
    p: &mut dyn Prompter,
    guidelines: &[Guideline],
    opts: &StartOptions,
) -> Result<Outcome, SessionError> {
    let (guideline, answers, store) = start(p, guidelines, opts)?;
    let t = Tr::new(i18n::choose(
        opts.lang.as_deref(),
        &answers.language,
        &opts.env_lang,
    ));
    let engine = Engine::new(guideline, answers);
    let mut s = Session {
        p,
        t,
        path: store.path().to_path_buf(),
        store,
        engine,
    };
    s.questions()
}

/// Checks that a new answer file can be made in the current folder before
/// anything is asked, so no typed answer is lost to a read-only folder.
fn probe_folder(dir: &Path) -> Result<(), SessionError> {
    let probe = dir.join(format!(".wen-assess-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            Ok(())
        }
        Err(e) => Err(SessionError::Other(format!(
            "cannot create an answer file in {}: {}; run from a folder you can write to, or give --answers PATH",
            dir.display(),
            files::describe_io(&e)
        ))),
    }
}

/// Loads an existing answer file, or asks for the start details and
/// creates one. The answer file is locked, and its folder checked, before
/// the first question.
fn start<'g>(
    p: &mut dyn Prompter,
    guidelines: &'g [Guideline],
    opts: &StartOptions,
) -> Result<(&'g Guideline, AnswerFile, Store), SessionError> {
    let t = terminal(None);
    let early_lock = match &opts.answers {
        Some(path) => {
            let lock = Store::lock(path)?;
            if path.exists() {
                let (store, answers, warnings) = Store::open(path, lock)?;
                return resume(p, guidelines, opts, store, answers, warnings);
            }
            Some(lock)
        }
        None => {
            probe_folder(Path::new("."))?;
            None
        }
    };
    let lang = i18n::choose(opts.lang.as_deref(), "", &opts.env_lang);
    let tr = Tr::new(lang);
    p.say(&format!("{}\n\n", tr.t("welcome"))).map_err(&t)?;
    let guideline = match &opts.guideline {
        Some(id) => find(guidelines, id)?,
        None => {
            let items: Vec<String> = guidelines
                .iter()
                .map(|g| {
                    format!(
                        "{}: {}",
                        g.title.get(lang),
                        short(g.description.get(lang), 90)
                    )
                })
                .collect();
            let i = p.select(&tr.t("which-assessment"), &items, 0).map_err(&t)?;
            &guidelines[i]
        }
    };
    let mut answers = AnswerFile::new(guideline, &opts.today);
    answers.network.name = p.input(&tr.t("ask-network"), "").map_err(&t)?;
    answers.network.region = p.input(&tr.t("ask-region"), "").map_err(&t)?;
    answers.respondent.name = p.input(&tr.t("ask-name"), "").map_err(&t)?;
    answers.respondent.role = p.input(&tr.t("ask-role"), "").map_err(&t)?;
    answers.respondent.country = p.input(&tr.t("ask-country"), "").map_err(&t)?;
    answers.language = match &opts.lang {
        Some(l) => l.clone(),
        None => {
            let codes = i18n::languages();
            let items: Vec<String> = codes
                .iter()
                .map(|c| i18n::language_name(c).to_string())
                .collect();
            let default = codes.iter().position(|l| *l == lang).unwrap_or(0);
            let choice = p
                .select(&tr.t("ask-language"), &items, default)
                .map_err(&t)?;
            codes[choice].to_string()
        }
    };
    let (path, lock) = match (&opts.answers, early_lock) {
        (Some(path), Some(lock)) => (path.clone(), lock),
        _ => {
            let path = default_answers_path(&answers.network.name, &guideline.id, &opts.today);
            let lock = Store::lock(&path)?;
            (path, lock)
        }
    };
    if path.exists() {
        p.say(&format!(
            "{}\n",
            tr.f(
                "exists-resuming",
                &[("path", Arg::Str(&path.display().to_string()))]
            )
        ))
        .map_err(&t)?;
        let (store, answers, warnings) = Store::open(&path, lock)?;
        return resume(p, guidelines, opts, store, answers, warnings);
    }
    let store = Store::create(&path, lock, &answers)?;
    let (answers, _) = answers::load_answers(&path)?;
    p.say(&format!(
        "\n{}\n",
        tr.f(
            "saved-to",
            &[("path", Arg::Str(&path.display().to_string()))]
        )
    ))
    .map_err(&t)?;
    Ok((guideline, answers, store))
}

fn find<'g>(guidelines: &'g [Guideline], id: &str) -> Result<&'g Guideline, SessionError> {
    crate::model::find(guidelines, id).map_err(SessionError::Other)
}

fn resume<'g>(
    p: &mut dyn Prompter,
    guidelines: &'g [Guideline],
    opts: &StartOptions,
    store: Store,
    mut answers: AnswerFile,
    mut warnings: Vec<crate::diagnostic::Diagnostic>,
) -> Result<(&'g Guideline, AnswerFile, Store), SessionError> {
    let path = store.path().to_path_buf();
    let t = terminal(Some(&path));
    let file = path.display().to_string();
    let guideline = find(guidelines, &answers.guideline)?;
    if let Some(id) = &opts.guideline
        && id != &guideline.id
    {
        return Err(SessionError::Other(format!(
            "{file}: holds answers for `{}`, not `{id}`; choose another --answers file",
            guideline.id
        )));
    }
    warnings.extend(answers::check_against(&answers, guideline, &file));
    for w in &warnings {
        p.say(&format!("{w}\n")).map_err(&t)?;
    }
    let lang = i18n::choose(opts.lang.as_deref(), &answers.language, &opts.env_lang);
    if opts.lang.is_some() || answers.language.is_empty() {
        answers.language = lang.to_string();
    }
    let tr = Tr::new(lang);
    let engine = Engine::new(guideline, answers.clone());
    p.say(&format!(
        "{}\n",
        tr.f(
            "resuming",
            &[
                ("path", Arg::Str(&file)),
                ("answered", Arg::Count(engine.answered_count())),
                ("total", Arg::Count(guideline.criterion_count())),
            ]
        )
    ))
    .map_err(&t)?;
    Ok((guideline, answers, store))
}

impl Session<'_, '_> {
    fn t(&self) -> impl Fn(io::Error) -> SessionError + '_ {
        terminal(Some(&self.path))
    }

    /// Saves the answers; changes made to the file by someone else in the
    /// meantime are merged in, and said.
    fn save(&mut self) -> Result<(), SessionError> {
        let saved = self.store.save(self.engine.answers_mut())?;
        if !saved.merged.is_empty() {
            let note = self
                .t
                .f("merged", &[("items", Arg::Str(&saved.merged.join(", ")))]);
            self.p.say(&format!("{note}\n")).map_err(self.t())?;
        }
        Ok(())
    }

    fn questions(&mut self) -> Result<Outcome, SessionError> {
        loop {
            if self.engine.is_past_end() {
                let left = self.engine.unanswered_count();
                if left == 0 {
                    return self.finish();
                }
                let ask = self.t.f("answer-skipped", &[("count", Arg::Count(left))]);
                if self.p.confirm(&ask, true).map_err(self.t())? {
                    self.engine.go_to_first_unanswered();
                } else {
                    return self.finish();
                }
            }
            if let Some(outcome) = self.one_question()? {
                return Ok(outcome);
            }
        }
    }

    /// Shows the current criterion and acts on the choice; `Some` ends the session.
    fn one_question(&mut self) -> Result<Option<Outcome>, SessionError> {
        let Some((_, c)) = self.engine.current() else {
            return Ok(None);
        };
        let g = self.engine.guideline();
        let t = self.t;
        let lang = t.lang();
        let sep = t.t("label-separator");
        let pr = self.engine.progress();
        let previous = self.engine.answers().answer(&c.id).cloned();
        let mut text = format!(
            "\n── {} {}/{} · {} ──\n",
            pr.area,
            pr.in_area,
            pr.area_total,
            t.f(
                "progress",
                &[
                    ("index", Arg::Count(pr.index)),
                    ("total", Arg::Count(pr.total)),
                    ("answered", Arg::Count(pr.answered)),
                ]
            )
        );
        let _ = writeln!(text, "{} ({})", c.title.get(lang), c.id);
        text.push_str(&wrap(c.question.get(lang), 78, ""));
        text.push_str(&wrap(
            &t.labelled(&t.t("guidance"), c.guidance.get(lang)),
            78,
            "  ",
        ));
        for (n, level) in c.levels.iter().enumerate() {
            let line = format!(
                "{n} {}{sep}{}",
                g.level_label(n as u8, lang),
                level.get(lang)
            );
            let wrapped = wrap(&line, 78, "    ");
            text.push_str("  ");
            text.push_str(wrapped.trim_start());
        }
        let default = match previous.as_ref().and_then(|a| a.response.as_ref()) {
            Some(Response::Level(n)) => {
                let _ = writeln!(
                    text,
                    "{}{sep}{n} {}",
                    t.t("current-answer"),
                    g.level_label(*n, lang)
                );
                *n as usize
            }
            Some(Response::NotApplicable { reason }) => {
                let _ = writeln!(
                    text,
                    "{}{sep}{} ({reason})",
                    t.t("current-answer"),
                    t.t("not-applicable")
                );
                NOT_APPLICABLE
            }
            None => 0,
        };
        self.p.say(&text).map_err(self.t())?;
        let mut items: Vec<String> = (0..=4u8)
            .map(|n| format!("{n} {}", g.level_label(n, lang)))
            .collect();
        items.extend(
            [
                "menu-na",
                "menu-skip",
                "menu-previous",
                "menu-jump",
                "menu-quit",
            ]
            .map(|id| t.t(id)),
        );
        let choice = self
            .p
            .select(&t.t("your-answer"), &items, default)
            .map_err(self.t())?;
        let old = previous.unwrap_or_default();
        match choice {
            0..=4 => {
                let (note, evidence) = self.note_and_evidence(&old)?;
                self.engine.answer(Answer {
                    response: Some(Response::Level(choice as u8)),
                    note,
                    evidence,
                    extra: Vec::new(),
                });
                self.save()?;
            }
            NOT_APPLICABLE => {
                let initial = match &old.response {
                    Some(Response::NotApplicable { reason }) => reason.clone(),
                    _ => String::new(),
                };
                let mut reason = self.p.input(&t.t("why-na"), &initial).map_err(self.t())?;
                while reason.is_empty() {
                    reason = self.p.input(&t.t("why-na-again"), "").map_err(self.t())?;
                }
                let (note, evidence) = self.note_and_evidence(&old)?;
                self.engine.answer(Answer {
                    response: Some(Response::NotApplicable { reason }),
                    note,
                    evidence,
                    extra: Vec::new(),
                });
                self.save()?;
            }
            SKIP => self.engine.skip(),
            BACK if !self.engine.back() => {
                self.p
                    .say(&format!("{}\n", t.t("first-question")))
                    .map_err(self.t())?;
            }
            BACK => {}
            JUMP => {
                let counts = self.engine.area_counts();
                let items: Vec<String> = g
                    .areas
                    .iter()
                    .zip(&counts)
                    .map(|(a, (done, total))| {
                        t.f(
                            "area-choice",
                            &[
                                ("area", Arg::Str(a.title.get(lang))),
                                ("answered", Arg::Count(*done)),
                                ("total", Arg::Count(*total)),
                            ],
                        )
                    })
                    .collect();
                let area = self
                    .p
                    .select(&t.t("jump-to"), &items, 0)
                    .map_err(self.t())?;
                self.engine.jump_to_area(area);
            }
            QUIT => {
                self.save()?;
                let pr = self.engine.progress();
                self.p
                    .say(&format!(
                        "{}\n",
                        t.f(
                            "paused",
                            &[
                                ("path", Arg::Str(&self.path.display().to_string())),
                                ("answered", Arg::Count(pr.answered)),
                                ("total", Arg::Count(pr.total)),
                            ]
                        )
                    ))
                    .map_err(self.t())?;
                return Ok(Some(Outcome::Paused {
                    answers: self.path.clone(),
                }));
            }
            _ => {}
        }
        Ok(None)
    }

    fn note_and_evidence(
        &mut self,
        old: &Answer,
    ) -> Result<(Option<String>, Vec<String>), SessionError> {
        let note = self
            .p
            .input(&self.t.t("ask-note"), old.note.as_deref().unwrap_or(""))
            .map_err(self.t())?;
        let evidence = self
            .p
            .input(&self.t.t("ask-evidence"), &old.evidence.join("; "))
            .map_err(self.t())?;
        let evidence = evidence
            .split(';')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(String::from)
            .collect();
        Ok(((!note.is_empty()).then_some(note), evidence))
    }

    fn finish(&mut self) -> Result<Outcome, SessionError> {
        self.save()?;
        let g = self.engine.guideline();
        let answers = self.engine.answers();
        let card = scoring::score(g, answers);
        let t = self.t;
        let file = self.path.display().to_string();
        let mut text = format!("\n{}\n\n", t.t("complete"));
        let view = scores::build(&file, g, answers, &card, t.lang());
        let table = report::render(View::Scores(&view), Format::Table { width: 100 })
            .map_err(|e| SessionError::Other(e.to_string()))?;
        text.push_str(&String::from_utf8_lossy(&table));
        if !card.gaps.is_empty() {
            let _ = writeln!(text, "\n{}", t.t("top-gaps"));
            for gap in card.gaps.iter().take(5) {
                if let Some((_, c)) = g.criterion(&gap.criterion) {
                    let line = t.f(
                        "gap-line",
                        &[
                            ("title", Arg::Str(c.title.get(t.lang()))),
                            ("id", Arg::Str(&c.id)),
                            ("level", Arg::Str(&gap.level.to_string())),
                            ("target", Arg::Str(&gap.target.to_string())),
                            (
                                "priority",
                                Arg::Str(&t.figure(Some(scoring::round1(gap.priority)))),
                            ),
                        ],
                    );
                    let _ = writeln!(text, "  {line}");
                }
            }
        }
        self.p.say(&text).map_err(self.t())?;
        let md = report::default_report_path(&self.path, "md");
        let pdf = report::default_report_path(&self.path, "pdf");
        let path_arg = |p: &Path| p.display().to_string();
        let choices: Vec<String> = vec![
            t.f("report-markdown", &[("path", Arg::Str(&path_arg(&md)))]),
            t.f("report-pdf", &[("path", Arg::Str(&path_arg(&pdf)))]),
            t.t("report-both"),
            t.t("report-none"),
        ];
        let wanted: Vec<PathBuf> = match self
            .p
            .select(&t.t("report-question"), &choices, 0)
            .map_err(self.t())?
        {
            0 => vec![md],
            1 => vec![pdf],
            2 => vec![md, pdf],
            _ => Vec::new(),
        };
        if wanted.is_empty() {
            return Ok(Outcome::Finished {
                answers: self.path.clone(),
                reports: wanted,
            });
        }
        let bytes = files::read_bytes(&self.path, files::MAX_FILE_BYTES)
            .map_err(|e| SessionError::Other(e.to_string()))?;
        let view = gap::build(g, answers, &card, &bytes, t.lang());
        for path in &wanted {
            let format = if path.extension().is_some_and(|x| x == "pdf") {
                Format::Pdf
            } else {
                Format::Markdown
            };
            let content = report::render(View::Gap(&view), format)
                .map_err(|e| SessionError::Other(e.to_string()))?;
            files::write(
                &Target::Path(path.clone()),
                &content,
                &[self.path.as_path()],
                &mut std::io::sink(),
            )
            .map_err(|e| SessionError::Other(e.to_string()))?;
            self.p
                .say(&format!(
                    "{}\n",
                    t.f("wrote", &[("path", Arg::Str(&path_arg(path)))])
                ))
                .map_err(self.t())?;
        }
        Ok(Outcome::Finished {
            answers: self.path.clone(),
            reports: wanted,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_guideline;
    use std::collections::VecDeque;

    /// One scripted reply.
    #[derive(Debug, Clone)]
    enum Reply {
        Pick(usize),
        Text(&'static str),
        Yes(bool),
        /// Behaves like Ctrl-C at this prompt.
        Interrupt,
    }

    /// A prompter that replays replies and records everything shown.
    struct Scripted {
        replies: VecDeque<Reply>,
        shown: String,
    }

    impl Scripted {
        fn new(replies: &[Reply]) -> Self {
            Scripted {
                replies: replies.iter().cloned().collect(),
                shown: String::new(),
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
        fn say(&mut self, text: &str) -> io::Result<()> {
            self.shown.push_str(text);
            Ok(())
        }
        fn select(&mut self, prompt: &str, items: &[String], _: usize) -> io::Result<usize> {
            match self.next(prompt)? {
                Reply::Pick(i) if i < items.len() => Ok(i),
                r => panic!(
                    "{prompt}: expected a pick within {items:?}, script has {r:?}\n{}",
                    self.shown
                ),
            }
        }
        fn input(&mut self, prompt: &str, _: &str) -> io::Result<String> {
            match self.next(prompt)? {
                Reply::Text(t) => Ok(t.to_string()),
                r => panic!("{prompt}: expected text, script has {r:?}"),
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

    fn opts(path: &Path) -> StartOptions {
        StartOptions {
            guideline: Some("minimal".into()),
            answers: Some(path.to_path_buf()),
            lang: Some("en".into()),
            env_lang: String::new(),
            today: "2026-11-23".into(),
            width: 100,
        }
    }

    const START: [Reply; 5] = [
        Reply::Text("Test WEN"),
        Reply::Text("Testland"),
        Reply::Text("Ann"),
        Reply::Text("Coordinator"),
        Reply::Text("Testonia"),
    ];

    #[test]
    fn full_run_with_back_skip_na_and_report() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut script = START.to_vec();
        script.extend([
            Pick(3),
            Text("Signed in 2025"),
            Text("mou.pdf; https://x.org/m"), // mandate = 3
            Pick(BACK),                       // back to mandate
            Pick(2),
            Text("Signed in 2025"),
            Text("mou.pdf"), // revise: 2
            Pick(SKIP),      // skip meetings
            Pick(NOT_APPLICABLE),
            Text(""),
            Text("Host pays"),
            Text(""),
            Text(""),  // finance N/A
            Yes(true), // answer skipped now
            Pick(4),
            Text(""),
            Text(""), // meetings = 4
            Pick(2),  // write both reports
        ]);
        let mut p = Scripted::new(&script);
        let outcome = run(&mut p, &guidelines(), &opts(&path)).unwrap();
        let report = dir.path().join("a-report.md");
        let pdf = dir.path().join("a-report.pdf");
        assert_eq!(
            outcome,
            Outcome::Finished {
                answers: path.clone(),
                reports: vec![report.clone(), pdf.clone()]
            }
        );
        assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
        assert!(p.replies.is_empty());
        assert!(p.shown.contains(
            "── Governance 1/2 · question 1 of 3 · 0 answered ──\nMandate (governance.mandate)\n"
        ));
        assert!(p.shown.contains("Current answer: 3 Established\n"));
        assert!(
            p.shown
                .contains("? A reason is needed for N/A. Why does it not apply?\n")
        );
        assert!(
            p.shown
                .contains("? 1 criterion is not answered yet. Answer it now?\n")
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
        assert_eq!(saved.respondent.country, "Testonia");
        let mandate = saved.answer("governance.mandate").unwrap();
        assert_eq!(mandate.response, Some(Response::Level(2)));
        assert_eq!(mandate.evidence, ["mou.pdf"]);
        assert_eq!(
            saved.answer("finance.core-funding").unwrap().response,
            Some(Response::NotApplicable {
                reason: "Host pays".into()
            })
        );
        assert!(
            std::fs::read_to_string(report)
                .unwrap()
                .starts_with("# Gap report: Test WEN")
        );
    }

    #[test]
    fn interrupt_keeps_confirmed_answers_and_resume_continues() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut script = START.to_vec();
        script.extend([Pick(1), Text("draft"), Text(""), Pick(3), Interrupt]);
        let mut p = Scripted::new(&script);
        let err = run(&mut p, &guidelines(), &opts(&path)).unwrap_err();
        assert!(matches!(err, SessionError::Interrupted { answers: Some(ref a) } if a == &path));
        let (saved, _) = answers::load_answers(&path).unwrap();
        assert_eq!(
            saved.answer("governance.mandate").unwrap().note.as_deref(),
            Some("draft")
        );
        assert!(saved.answer("governance.meetings").is_none());

        // Resume: starts at meetings, then save-and-quit.
        let mut p = Scripted::new(&[Pick(4), Text(""), Text(""), Pick(QUIT)]);
        let outcome = run(&mut p, &guidelines(), &opts(&path)).unwrap();
        assert_eq!(
            outcome,
            Outcome::Paused {
                answers: path.clone()
            }
        );
        assert!(p.shown.starts_with(&format!(
            "Resuming {}: 1 of 3 criteria answered.\n",
            path.display()
        )));
        assert!(p.shown.contains("question 2 of 3 · 1 answered"));
        assert!(p.shown.contains("(2 of 3 answered)"));
    }

    #[test]
    fn jump_to_an_area() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut script = START.to_vec();
        script.extend([
            Pick(JUMP),
            Pick(1),
            Pick(0),
            Text(""),
            Text(""),
            Yes(false),
            Pick(3),
        ]);
        let mut p = Scripted::new(&script);
        let outcome = run(&mut p, &guidelines(), &opts(&path)).unwrap();
        assert_eq!(
            outcome,
            Outcome::Finished {
                answers: path.clone(),
                reports: Vec::new()
            }
        );
        assert!(
            p.shown
                .contains("── Finance 1/1 · question 3 of 3 · 0 answered ──")
        );
        let (saved, _) = answers::load_answers(&path).unwrap();
        assert_eq!(saved.answers.len(), 1);
    }

    #[test]
    fn resuming_a_file_of_another_guideline_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "format: 1\nguideline: strengthening\nanswers: {}\n").unwrap();
        let mut p = Scripted::new(&[]);
        let err = run(&mut p, &guidelines(), &opts(&path)).unwrap_err();
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
    fn default_names_are_clear() {
        assert_eq!(
            default_answers_path(
                "Example Regional WEN (ERWEN)",
                "strengthening",
                "2026-11-23"
            ),
            PathBuf::from("example-regional-wen-erwen-strengthening-2026-11-23.yaml")
        );
        assert_eq!(
            default_answers_path("", "establishing", "2026-11-23"),
            PathBuf::from("wen-assessment-establishing-2026-11-23.yaml")
        );
    }

    #[test]
    fn wrap_keeps_words_whole() {
        assert_eq!(wrap("aaa bbb ccc", 8, "  "), "  aaa\n  bbb\n  ccc\n");
        assert_eq!(wrap("aaa bbb", 20, ""), "aaa bbb\n");
    }
}
