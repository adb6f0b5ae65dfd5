//! The interactive assessment (`wen-assess assess`): start, one screen per
//! criterion laid out for the terminal's size, autosave after every answer,
//! resume at the next unanswered criterion, a review of every answer, then
//! the scores and the report.
//!
//! All terminal input and output go through a [`Prompter`]: the full-screen
//! dialoguer one, the line-by-line one for screen readers and dumb
//! terminals, or, in tests, a scripted fake.

pub mod engine;
pub mod plain;
pub mod screen;
pub mod terminal;

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::answers::store::{Store, StoreError};
use crate::answers::{self, Answer, AnswerFile, AnswersError, Participant, Response};
use crate::files::{self, Target};
use crate::i18n::{self, Arg, Tr};
use crate::model::Guideline;
use crate::report::{self, Format, View, gap, scores};
use crate::scoring;
use engine::Engine;
pub use plain::PlainPrompter;
use screen::Item;
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
    /// The folder new answer files go to (the current one).
    pub folder: PathBuf,
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
    },
    /// Something else, already phrased for the user.
    #[error("{0}")]
    Other(String),
}

/// Keys of the per-criterion menu after the five levels; a line-mode user
/// types them.
const NA: &str = "na";
const SKIP: &str = "s";
const BACK: &str = "p";
const JUMP: &str = "j";
const QUIT: &str = "q";
const GUIDANCE: &str = "g";

/// A name made safe for a file: transliterated to ASCII (`Réseau` ->
/// `reseau`, other scripts to their Latin reading), lower case, words
/// joined by `-`.
fn slug(s: &str) -> String {
    let ascii = deunicode::deunicode(s);
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Longest name part of a default file name, in characters: the whole name
/// stays well under the 255 bytes file systems allow.
const MAX_SLUG: usize = 60;

fn bounded_slug(s: &str) -> String {
    let mut s = slug(s);
    if s.len() > MAX_SLUG {
        s.truncate(MAX_SLUG);
        s = s.trim_end_matches('-').to_string();
    }
    s
}

/// The default answer file name: `<network>-<country>-<guideline>-<date>.yaml`
/// (the country only when one is given).
pub fn default_answers_path(network: &str, country: &str, guideline: &str, date: &str) -> PathBuf {
    let network = bounded_slug(network);
    let network = if network.is_empty() {
        "wen-assessment".to_string()
    } else {
        network
    };
    let country = bounded_slug(country);
    let name = if country.is_empty() {
        format!("{network}-{guideline}-{date}")
    } else {
        format!("{network}-{country}-{guideline}-{date}")
    };
    PathBuf::from(format!("{name}.yaml"))
}

/// A file name in a folder; in the current folder, the name alone.
fn in_folder(folder: &Path, name: PathBuf) -> PathBuf {
    if folder == Path::new(".") || folder.as_os_str().is_empty() {
        name
    } else {
        folder.join(name)
    }
}

/// `name.yaml` -> `name-2.yaml`, `name-3.yaml`, ... the first that is free.
fn free_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().to_string());
    (2..)
        .map(|n| path.with_file_name(format!("{stem}-{n}.yaml")))
        .find(|p| !p.exists())
        .unwrap_or_else(|| path.to_path_buf())
}

/// A session in progress.
struct Session<'p, 'g> {
    p: &'p mut dyn Prompter,
    t: Tr,
    path: PathBuf,
    store: Store,
    engine: Engine<'g>,
    /// Said at the top of the next screen (a screen clears what was said
    /// before it).
    notice: Vec<String>,
    /// Areas whose findings were offered in this session.
    findings_offered: Vec<usize>,
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
        notice: Vec::new(),
        findings_offered: Vec::new(),
    };
    s.questions()
}

/// Checks that a new answer file can be made in a folder before anything is
/// asked, so no typed answer is lost to a read-only folder.
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

/// One menu of items that each fit the terminal's width.
fn menu(p: &dyn Prompter, texts: &[String]) -> Vec<Item> {
    let (cols, _) = p.size();
    texts
        .iter()
        .map(|t| screen::short_item("", t, usize::from(cols)))
        .collect()
}

/// Asks for a text until it is not empty.
fn input_required(
    p: &mut dyn Prompter,
    prompt: &str,
    again: &str,
    t: &dyn Fn(io::Error) -> SessionError,
) -> Result<String, SessionError> {
    let mut value = p.input(prompt, "").map_err(t)?;
    while value.trim().is_empty() {
        value = p.input(again, "").map_err(t)?;
    }
    Ok(value.trim().to_string())
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
            probe_folder(&opts.folder)?;
            None
        }
    };
    let lang = i18n::choose(opts.lang.as_deref(), "", &opts.env_lang);
    let tr = Tr::new(lang);
    p.screen(&format!("{}\n\n", tr.t("welcome"))).map_err(&t)?;
    let guideline = match (&opts.guideline, guidelines) {
        (Some(id), _) => find(guidelines, id)?,
        // Nothing to choose from.
        (None, [only]) => only,
        (None, _) => {
            // Few items and room enough: each shows its title and the start
            // of its description, wrapped to the width.
            let (cols, _) = p.size();
            let items: Vec<Item> = guidelines
                .iter()
                .map(|g| {
                    let text = tr.labelled(g.title.get(lang), g.description.get(lang));
                    screen::wrapped_item("", &text, usize::from(cols), 3)
                })
                .collect();
            let i = p
                .select(&tr.t("which-assessment"), &items, 0, false)
                .map_err(&t)?
                .unwrap_or(0);
            &guidelines[i]
        }
    };
    let mut answers = AnswerFile::new(guideline, &opts.today);
    answers.network.name = input_required(p, &tr.t("ask-network"), &tr.t("ask-network-again"), &t)?;
    answers.network.region = p.input(&tr.t("ask-region"), "").map_err(&t)?;
    answers.respondent.name = p.input(&tr.t("ask-name"), "").map_err(&t)?;
    answers.respondent.role = p.input(&tr.t("ask-role"), "").map_err(&t)?;
    answers.respondent.country = p.input(&tr.t("ask-country"), "").map_err(&t)?;
    answers.language = match &opts.lang {
        Some(l) => l.clone(),
        None => {
            let codes = i18n::languages();
            let texts: Vec<String> = codes.iter().map(|c| i18n::language_name(c)).collect();
            let items = menu(p, &texts);
            let default = codes.iter().position(|l| *l == lang).unwrap_or(0);
            let choice = p
                .select(&tr.t("ask-language"), &items, default, false)
                .map_err(&t)?
                .unwrap_or(default);
            codes[choice].to_string()
        }
    };
    if p.confirm(&tr.t("ask-workshop"), false).map_err(&t)? {
        loop {
            let name = p.input(&tr.t("ask-participant"), "").map_err(&t)?;
            if name.trim().is_empty() {
                break;
            }
            let agency = p.input(&tr.t("ask-participant-agency"), "").map_err(&t)?;
            let country = p.input(&tr.t("ask-participant-country"), "").map_err(&t)?;
            answers.participants.push(Participant {
                name: name.trim().to_string(),
                agency,
                country,
                extra: Vec::new(),
            });
        }
    }
    let (mut path, mut lock) = match (&opts.answers, early_lock) {
        (Some(path), Some(lock)) => (path.clone(), lock),
        _ => {
            let path = in_folder(
                &opts.folder,
                default_answers_path(
                    &answers.network.name,
                    &answers.respondent.country,
                    &guideline.id,
                    &opts.today,
                ),
            );
            let lock = Store::lock(&path)?;
            (path, lock)
        }
    };
    if path.exists() {
        let (store, mut theirs, warnings) = Store::open(&path, lock)?;
        let same = answers::same_name;
        let same_person = same(&theirs.respondent.name, &answers.respondent.name)
            && same(&theirs.respondent.country, &answers.respondent.country);
        if same_person {
            p.say(&format!(
                "{}\n",
                tr.f(
                    "exists-resuming",
                    &[("path", Arg::Str(&path.display().to_string()))]
                )
            ))
            .map_err(&t)?;
            return resume(p, guidelines, opts, store, theirs, warnings);
        }
        // Another respondent's file: never write into it silently, and
        // never drop what was just typed.
        let who = [&theirs.respondent.name, &theirs.respondent.country]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let new_path = free_path(&path);
        p.say(&format!(
            "{}\n",
            tr.f(
                "exists-other-respondent",
                &[
                    ("path", Arg::Str(&path.display().to_string())),
                    ("who", Arg::Str(&who)),
                ]
            )
        ))
        .map_err(&t)?;
        let texts = vec![
            tr.t("continue-their-file"),
            tr.f(
                "start-new-file",
                &[("path", Arg::Str(&new_path.display().to_string()))],
            ),
        ];
        let items = menu(p, &texts);
        let choice = p
            .select(&tr.t("which-file"), &items, 1, false)
            .map_err(&t)?
            .unwrap_or(1);
        if choice == 0 {
            // The typed person joins that file as a participant.
            let me = Participant {
                name: answers.respondent.name.clone(),
                agency: answers.respondent.role.clone(),
                country: answers.respondent.country.clone(),
                extra: Vec::new(),
            };
            if !me.name.trim().is_empty()
                && !theirs
                    .participants
                    .iter()
                    .any(|x| same(&x.name, &me.name) && same(&x.country, &me.country))
            {
                theirs.participants.push(me);
            }
            return resume(p, guidelines, opts, store, theirs, warnings);
        }
        drop(store);
        path = new_path;
        lock = Store::lock(&path)?;
    }
    let store = Store::create(&path, lock, &answers)?;
    let (answers, _) = answers::load_answers(&path)?;
    p.say(&format!(
        "\n{}\n\n",
        tr.f(
            "saved-to",
            &[("path", Arg::Str(&path.display().to_string()))]
        )
    ))
    .map_err(&t)?;
    // The first question clears the screen: let the user read where the
    // answers go first.
    p.input(&tr.t("press-enter-start"), "").map_err(&t)?;
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
    // Answers given against an earlier version move to their new criteria;
    // what is answered from now on is answered against this version.
    let (_, notes) = answers::migrate(&mut answers, guideline, &file);
    warnings.extend(notes);
    warnings.extend(answers::check_against(&answers, guideline, &file));
    answers.guideline_version = guideline.version.clone();
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
    if !warnings.is_empty() {
        // Findings about the file are worth reading before the first
        // question clears the screen.
        for w in &warnings {
            p.say(&format!("{w}\n")).map_err(&t)?;
        }
        p.input(&tr.t("press-enter-continue"), "").map_err(&t)?;
    }
    Ok((guideline, answers, store))
}

/// What the criterion screen asked for.
enum Step {
    /// Go on with the session.
    Next,
    /// The user saved and quit.
    Quit,
}

impl Session<'_, '_> {
    fn t(&self) -> impl Fn(io::Error) -> SessionError + '_ {
        terminal(Some(&self.path))
    }

    /// A menu prompt; in line mode without the arrow-key hint.
    fn prompt(&self, id: &str) -> String {
        if self.p.line_mode() {
            self.t.t(&format!("{id}-typed"))
        } else {
            self.t.t(id)
        }
    }

    /// Saves the answers; changes made to the file by someone else in the
    /// meantime are merged in, and said.
    fn save(&mut self) -> Result<(), SessionError> {
        let saved = match self.store.save(self.engine.answers_mut()) {
            Ok(saved) => saved,
            // A conflict has put this session's answers aside already.
            Err(e @ StoreError::Conflict { .. }) => return Err(e.into()),
            // Whatever else failed (the file turned unreadable or into a
            // folder, a full disk, a lost permission), what was confirmed
            // goes to a side file before the session ends.
            Err(e) => {
                return Err(SessionError::NotSaved {
                    path: self.path.clone(),
                    reason: e.to_string(),
                    aside: self.store.save_aside(self.engine.answers()),
                });
            }
        };
        if saved.recreated {
            let note = self.t.f(
                "recreated",
                &[("path", Arg::Str(&self.path.display().to_string()))],
            );
            self.notice.push(note);
        }
        if !saved.merged.is_empty() {
            let note = self
                .t
                .f("merged", &[("items", Arg::Str(&saved.merged.join(", ")))]);
            self.notice.push(note);
        }
        Ok(())
    }

    fn questions(&mut self) -> Result<Outcome, SessionError> {
        loop {
            if self.engine.is_past_end() {
                let left = self.engine.unanswered_count();
                if left > 0 {
                    let ask = self.t.f("answer-skipped", &[("count", Arg::Count(left))]);
                    if self.p.confirm(&ask, true).map_err(self.t())? {
                        self.engine.go_to_first_unanswered();
                        continue;
                    }
                }
                match self.review()? {
                    Some(index) => {
                        self.engine.go_to(index);
                        if let Step::Quit = self.one_question(true)? {
                            return self.paused();
                        }
                        // Back to the review after the change.
                        self.engine.go_to(usize::MAX);
                        continue;
                    }
                    None => return self.finish(),
                }
            }
            if let Step::Quit = self.one_question(false)? {
                return self.paused();
            }
        }
    }

    /// Every criterion with its answer; picks one to change (its index), or
    /// `None` to finish.
    fn review(&mut self) -> Result<Option<usize>, SessionError> {
        let t = self.t;
        let lang = t.lang();
        let g = self.engine.guideline();
        let (cols, _) = self.p.size();
        let mut items = vec![screen::short_item(
            "f",
            &t.t("review-finish"),
            usize::from(cols),
        )];
        for (i, (area, c)) in g.criteria().enumerate() {
            let answer = gap::response_text(
                g,
                self.engine
                    .answers()
                    .answer(&c.id)
                    .and_then(|a| a.response.as_ref()),
                &t,
            );
            let text = t.f(
                "review-item",
                &[
                    ("area", Arg::Str(area.title.get(lang))),
                    ("title", Arg::Str(c.title.get(lang))),
                    ("answer", Arg::Str(&answer)),
                ],
            );
            items.push(screen::short_item(
                &(i + 1).to_string(),
                &text,
                usize::from(cols),
            ));
        }
        self.p
            .screen(&format!("{}\n", t.t("review-title")))
            .map_err(self.t())?;
        let choice = self
            .p
            .select(&self.prompt("review-prompt"), &items, 0, false)
            .map_err(self.t())?
            .unwrap_or(0);
        Ok(choice.checked_sub(1))
    }

    fn paused(&mut self) -> Result<Outcome, SessionError> {
        self.save()?;
        let pr = self.engine.progress(self.t.lang());
        let text = self.t.f(
            "paused",
            &[
                ("path", Arg::Str(&self.path.display().to_string())),
                ("answered", Arg::Count(pr.answered)),
                ("total", Arg::Count(pr.total)),
            ],
        );
        self.p.say(&format!("{text}\n")).map_err(self.t())?;
        Ok(Outcome::Paused {
            answers: self.path.clone(),
        })
    }

    /// The screen of the current criterion and what its menu asks for. In a
    /// review (`revising`), moving elsewhere is left to the review.
    fn one_question(&mut self, revising: bool) -> Result<Step, SessionError> {
        let Some((_, c)) = self.engine.current() else {
            return Ok(Step::Next);
        };
        let g = self.engine.guideline();
        let t = self.t;
        let lang = t.lang();
        let pr = self.engine.progress(lang);
        let previous = self.engine.answers().answer(&c.id).cloned();
        let (current, default) = match previous.as_ref().and_then(|a| a.response.as_ref()) {
            Some(Response::Level(n)) => (
                Some(t.labelled(
                    &t.t("current-answer"),
                    &format!("{n} {}", g.level_label(*n, lang)),
                )),
                *n as usize,
            ),
            Some(Response::NotApplicable { reason }) => (
                Some(t.labelled(
                    &t.t("current-answer"),
                    &format!("{} ({reason})", t.t("not-applicable")),
                )),
                5,
            ),
            None => (None, 0),
        };
        let mut actions = vec![(NA.to_string(), t.t("menu-na"))];
        if !revising {
            actions.push((SKIP.to_string(), t.t("menu-skip")));
            actions.push((BACK.to_string(), t.t("menu-previous")));
            actions.push((JUMP.to_string(), t.t("menu-jump")));
        }
        actions.push((QUIT.to_string(), t.t("menu-quit")));
        let content = screen::CriterionContent {
            header: format!(
                "── {} {}/{} · {} ──",
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
            ),
            title: format!("{} ({})", c.title.get(lang), c.id),
            question: c.question.get(lang).to_string(),
            guidance: t.labelled(&t.t("guidance"), c.guidance.get(lang)),
            current,
            levels: std::array::from_fn(|n| {
                format!(
                    "{n} {}",
                    t.labelled(g.level_label(n as u8, lang), c.levels[n].get(lang))
                )
            }),
            actions,
            show_guidance: (GUIDANCE.to_string(), t.t("show-guidance")),
        };
        let key = loop {
            let (cols, rows) = self.p.size();
            let notice: Vec<String> = self
                .notice
                .drain(..)
                .flat_map(|n| screen::wrap(&n, usize::from(cols).saturating_sub(1)))
                .collect();
            let rows = rows.saturating_sub(notice.len() as u16);
            let layout = screen::criterion(&content, cols, rows);
            let mut text = String::new();
            for line in notice {
                text.push_str(&line);
                text.push('\n');
            }
            text.push_str(&layout.lines.join("\n"));
            text.push('\n');
            self.p.screen(&text).map_err(self.t())?;
            let choice = self
                .p
                .select(&self.prompt("your-answer"), &layout.items, default, false)
                .map_err(self.t())?
                .unwrap_or(default);
            let key = layout.items[choice].key.clone();
            if key == GUIDANCE {
                let (cols, _) = self.p.size();
                let mut text = screen::wrap(&content.title, usize::from(cols) - 1).join("\n");
                text.push_str("\n\n");
                text.push_str(&screen::wrap(&content.guidance, usize::from(cols) - 1).join("\n"));
                text.push_str("\n\n");
                self.p.screen(&text).map_err(self.t())?;
                self.p.input(&t.t("press-enter"), "").map_err(self.t())?;
                continue;
            }
            break key;
        };
        let old = previous.unwrap_or_default();
        let area_before = self.engine.area_of(self.engine.position());
        let step = self.act(&key, &old, t)?;
        // Leaving an area whose criteria are all answered: the moment to
        // record what the workshop agreed about it.
        let area_after = self.engine.area_of(self.engine.position());
        if let Some(area) = area_before
            && area_after != Some(area)
            && !revising
            && matches!(step, Step::Next)
        {
            self.offer_findings(area)?;
        }
        Ok(step)
    }

    /// Does what the menu key asks.
    fn act(&mut self, key: &str, old: &Answer, t: Tr) -> Result<Step, SessionError> {
        match key {
            "0" | "1" | "2" | "3" | "4" => {
                let level = key.parse::<u8>().unwrap_or(0);
                let (note, evidence) = self.note_and_evidence(old)?;
                self.engine.answer(Answer {
                    response: Some(Response::Level(level)),
                    note,
                    evidence,
                    extra: Vec::new(),
                });
                self.save()?;
            }
            NA => {
                let initial = match &old.response {
                    Some(Response::NotApplicable { reason }) => reason.clone(),
                    _ => String::new(),
                };
                let mut reason = self.p.input(&t.t("why-na"), &initial).map_err(self.t())?;
                while reason.trim().is_empty() {
                    reason = self.p.input(&t.t("why-na-again"), "").map_err(self.t())?;
                }
                let (note, evidence) = self.note_and_evidence(old)?;
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
                self.notice.push(t.t("first-question"));
            }
            BACK => {}
            JUMP => self.jump()?,
            QUIT => return Ok(Step::Quit),
            _ => {}
        }
        Ok(Step::Next)
    }

    /// Offers to record the findings agreed for an area once it is fully
    /// answered; optional, and asked once per session.
    fn offer_findings(&mut self, area: usize) -> Result<(), SessionError> {
        let (done, total) = self.engine.area_counts()[area];
        if done < total || self.findings_offered.contains(&area) {
            return Ok(());
        }
        self.findings_offered.push(area);
        let t = self.t;
        let g = self.engine.guideline();
        let a = &g.areas[area];
        let ask = t.f("ask-findings", &[("area", Arg::Str(a.title.get(t.lang())))]);
        if !self.p.confirm(&ask, false).map_err(self.t())? {
            return Ok(());
        }
        let old = self
            .engine
            .answers()
            .findings_of(&a.id)
            .cloned()
            .unwrap_or_default();
        let strengths = self
            .p
            .input(&t.t("ask-strengths"), &old.strengths)
            .map_err(self.t())?;
        let challenges = self
            .p
            .input(&t.t("ask-challenges"), &old.challenges)
            .map_err(self.t())?;
        let priorities = self
            .p
            .input(&t.t("ask-priorities"), &old.priorities)
            .map_err(self.t())?;
        let findings = answers::AreaFindings {
            area: a.id.clone(),
            strengths,
            challenges,
            priorities,
            ..old
        };
        if !findings.is_empty() {
            self.engine.answers_mut().set_findings(findings);
            self.save()?;
        }
        Ok(())
    }

    /// The areas with their progress, and a way back.
    fn jump(&mut self) -> Result<(), SessionError> {
        let t = self.t;
        let lang = t.lang();
        let g = self.engine.guideline();
        let counts = self.engine.area_counts();
        let mut texts: Vec<String> = g
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
        texts.push(t.t("menu-back"));
        let (cols, _) = self.p.size();
        let mut items: Vec<Item> = texts
            .iter()
            .enumerate()
            .map(|(i, text)| screen::short_item(&(i + 1).to_string(), text, usize::from(cols)))
            .collect();
        if let Some(last) = items.last_mut() {
            last.key = BACK.to_string();
        }
        let choice = self
            .p
            .select(&t.t("jump-to"), &items, 0, true)
            .map_err(self.t())?;
        if let Some(area) = choice.filter(|i| *i < g.areas.len()) {
            self.engine.jump_to_area(area);
        }
        Ok(())
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
        Ok(((!note.trim().is_empty()).then_some(note), evidence))
    }

    fn finish(&mut self) -> Result<Outcome, SessionError> {
        self.save()?;
        let g = self.engine.guideline();
        let answers = self.engine.answers();
        let card = scoring::score(g, answers);
        let t = self.t;
        let file = self.path.display().to_string();
        let (cols, _) = self.p.size();
        let mut text = format!("{}\n\n", t.t("complete"));
        let view = scores::build(&file, g, answers, &card, t.lang());
        let table = report::render(
            View::Scores(&view),
            Format::Table {
                width: cols.clamp(40, 120),
            },
        )
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
        self.p.screen(&text).map_err(self.t())?;
        let md = report::default_report_path(&self.path, "md");
        let pdf = report::default_report_path(&self.path, "pdf");
        let path_arg = |p: &Path| p.display().to_string();
        let texts = vec![
            t.f("report-markdown", &[("path", Arg::Str(&path_arg(&md)))]),
            t.f("report-pdf", &[("path", Arg::Str(&path_arg(&pdf)))]),
            t.t("report-both"),
            t.t("report-none"),
        ];
        let items = menu(self.p, &texts);
        let wanted: Vec<PathBuf> = match self
            .p
            .select(&t.t("report-question"), &items, 0, false)
            .map_err(self.t())?
            .unwrap_or(3)
        {
            0 => vec![md],
            1 => vec![pdf],
            2 => vec![md, pdf],
            _ => Vec::new(),
        };
        if wanted.is_empty() {
            let later = t.f("report-later", &[("path", Arg::Str(&file))]);
            self.p.say(&format!("{later}\n")).map_err(self.t())?;
            return Ok(Outcome::Finished {
                answers: self.path.clone(),
                reports: wanted,
            });
        }
        let bytes = files::read_bytes(&self.path, files::MAX_FILE_BYTES)
            .map_err(|e| SessionError::Other(e.to_string()))?;
        let view = gap::build(g, answers, &card, &bytes, &[], t.lang());
        for path in &wanted {
            let format = if path.extension().is_some_and(|x| x == "pdf") {
                Format::Pdf
            } else {
                Format::Markdown
            };
            let content = report::render(View::Gap(&view), format)
                .map_err(|e| SessionError::Other(e.to_string()))?;
            let mut inputs = files::Inputs::default();
            inputs.add_file(&self.path);
            files::write(
                &Target::Path(path.clone()),
                &content,
                &inputs,
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
            _: usize,
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
        Reply::Text("Ann"),
        Reply::Text("Coordinator"),
        Reply::Text("Testonia"),
        // Not a workshop.
        Reply::Yes(false),
        // Press Enter to start.
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
            Key("na"),
            Text(""),
            Text("Host pays"),
            Text(""),
            Text(""),   // finance N/A
            Yes(false), // no findings for Finance
            Yes(true),  // the skipped one now
            Key("4"),
            Text(""),
            Text(""),   // meetings = 4
            Yes(false), // no findings for Governance
            Key("f"),   // review: finish
            Pick(2),    // both reports
        ]);
        let mut p = Scripted::new(&script);
        let outcome = run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap();
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
        assert_eq!(saved.respondent.country, "Testonia");
        let mandate = saved.answer("governance.mandate").unwrap();
        assert_eq!(mandate.response, Some(Response::Level(2)));
        assert_eq!(mandate.evidence, ["mou.pdf"]);
        assert_eq!(
            level_of(&path, "finance.core-funding"),
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
    fn interrupt_keeps_confirmed_answers_and_resume_skips_answered_ones() {
        use Reply::*;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let mut script = START.to_vec();
        script.extend([Key("1"), Text("draft"), Text(""), Key("3"), Interrupt]);
        let mut p = Scripted::new(&script);
        let err = run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap_err();
        assert!(matches!(err, SessionError::Interrupted { answers: Some(ref a) } if a == &path));
        let (saved, _) = answers::load_answers(&path).unwrap();
        assert_eq!(
            saved.answer("governance.mandate").unwrap().note.as_deref(),
            Some("draft")
        );
        assert!(saved.answer("governance.meetings").is_none());

        // Resume: starts at meetings, then save-and-quit.
        let mut p = Scripted::new(&[Key("4"), Text(""), Text(""), Yes(false), Key("q")]);
        let outcome = run(&mut p, &guidelines(), &opts(Some(&path), dir.path())).unwrap();
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
                reports: Vec::new()
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
        let mut script = START.to_vec();
        script.extend([Key("2"), Text(""), Text(""), Key("q")]);
        let mut p = Scripted::new(&script);
        let Outcome::Paused { answers: file } = run(&mut p, &guidelines(), &first).unwrap() else {
            panic!()
        };
        assert_eq!(
            file.file_name().unwrap(),
            "test-wen-testonia-minimal-2026-11-23.yaml"
        );
        // Same network and country, another person: a new file for them.
        let mut p = Scripted::new(&[
            Text("Test WEN"),
            Text("Testland"),
            Text("Bea"),
            Text("Focal point"),
            Text("Testonia"),
            Yes(false),
            Pick(1),
            Text(""),
            Key("1"),
            Text(""),
            Text(""),
            Key("q"),
        ]);
        let Outcome::Paused { answers: second } = run(&mut p, &guidelines(), &first).unwrap()
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
        assert_eq!(
            level_of(&file, "governance.mandate"),
            Some(Response::Level(2))
        );
        // A third continues Ann's file, and is recorded as a participant.
        let mut p = Scripted::new(&[
            Text("Test WEN"),
            Text(""),
            Text("Cy"),
            Text("Customs"),
            Text("Testonia"),
            Yes(false),
            Pick(0),
            Key("q"),
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
            Text(""),
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
            Text("Ann"),
            Text("Coordinator"),
            Text("Testonia"),
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
