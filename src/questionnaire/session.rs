//! A session in progress: one screen per criterion, an answer saved the
//! moment it is confirmed (the level first, then its note and evidence),
//! the review of every answer, the participants and the findings agreed
//! per area, then the scores.

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use super::engine::Engine;
use super::screen::{self, Item};
use super::start::{Started, ask_participants, menu};
use super::terminal::Prompter;
use super::{BACK, JUMP, NA, Outcome, QUIT, READ_IN_FULL, SKIP, Saved, SessionError, StartOptions};
use crate::answers::store::{Store, StoreError};
use crate::answers::{self, Answer, Participant, Response};
use crate::i18n::{Arg, Tr};
use crate::report::{self, Format, View, gap, scores};
use crate::scoring;

/// Keys of the review's own items; a line-mode user types them.
const FINISH: &str = "f";
const PARTICIPANTS: &str = "w";
const FINDINGS: &str = "k";
const ADD: &str = "a";

/// What the criterion screen asked for.
enum Step {
    /// Go on with the session.
    Next,
    /// The user saved and quit.
    Quit,
}

/// A session in progress.
pub(super) struct Session<'p, 'g> {
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
    /// A file resumed: its participants may be added to or corrected first.
    resumed: bool,
}

impl<'p, 'g> Session<'p, 'g> {
    pub(super) fn new(p: &'p mut dyn Prompter, started: Started<'g>, _: &StartOptions) -> Self {
        let Started {
            guideline,
            answers,
            store,
            lang,
            resumed,
        } = started;
        Session {
            p,
            t: Tr::new(lang),
            path: store.path().to_path_buf(),
            store,
            engine: Engine::new(guideline, answers),
            notice: Vec::new(),
            findings_offered: Vec::new(),
            resumed,
        }
    }

    /// What the answer file holds now (every change is saved before the
    /// next prompt, so this is what an interrupt leaves).
    fn saved(&self) -> Saved {
        let progress = self.engine.progress(self.t.lang());
        Saved {
            answers: self.path.clone(),
            answered: progress.answered,
            total: progress.total,
            participants: self.engine.answers().participants.len(),
        }
    }

    /// A terminal error as the session reports it.
    fn t(&self) -> impl Fn(io::Error) -> SessionError + use<> {
        let saved = self.saved();
        let lang = self.t.lang();
        move |e| {
            if e.kind() == io::ErrorKind::Interrupted {
                SessionError::Interrupted {
                    saved: Some(saved.clone()),
                    lang,
                }
            } else {
                SessionError::Terminal(e)
            }
        }
    }

    /// `text` wrapped to the terminal's width, each line ended: a line the
    /// terminal would wrap itself throws off what a menu counts.
    fn wrapped(&self, text: &str) -> String {
        let (cols, _) = self.p.size();
        let mut out = screen::wrap(text, usize::from(cols).saturating_sub(1)).join("\n");
        out.push('\n');
        out
    }

    /// A menu prompt; in line mode without the arrow-key hint.
    /// A menu prompt; in line mode without the arrow-key hint, and so too
    /// where the hint would not fit on the prompt's line (a prompt the
    /// terminal wraps is drawn twice when the menu moves).
    fn prompt(&self, id: &str) -> String {
        let full = self.t.t(id);
        let (cols, _) = self.p.size();
        // "? " before it, " › [Page 1/3] " after it, one column free.
        let fits = console::measure_text_width(&full) + 18 < usize::from(cols);
        if self.p.line_mode() || !fits {
            self.t.t(&format!("{id}-typed"))
        } else {
            full
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
                    reason: e.render(&self.t),
                    aside: self.store.save_aside(self.engine.answers()),
                    lang: self.t.lang(),
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

    pub(super) fn run(mut self) -> Result<Outcome, SessionError> {
        let count = self.engine.answers().participants.len();
        if self.resumed && count > 0 {
            let ask = self
                .t
                .f("ask-edit-participants", &[("count", Arg::Count(count))]);
            if self.p.confirm(&ask, false).map_err(self.t())? {
                self.participants()?;
            }
        }
        self.questions()
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

    /// Every criterion asked with its answer, the participants and the
    /// findings; picks a criterion to change (its index in the order
    /// asked), or `None` to finish.
    fn review(&mut self) -> Result<Option<usize>, SessionError> {
        loop {
            let t = self.t;
            let lang = t.lang();
            let g = self.engine.guideline();
            let (cols, _) = self.p.size();
            let cols = usize::from(cols);
            let mut items = vec![
                screen::short_item(FINISH, &t.t("review-finish"), cols),
                screen::short_item(
                    PARTICIPANTS,
                    &t.f(
                        "review-participants",
                        &[(
                            "count",
                            Arg::Count(self.engine.answers().participants.len()),
                        )],
                    ),
                    cols,
                ),
                screen::short_item(FINDINGS, &t.t("review-findings"), cols),
            ];
            let own = items.len();
            for (i, (area, c)) in self.engine.asked().enumerate() {
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
                items.push(screen::short_item(&(i + 1).to_string(), &text, cols));
            }
            // What happened to the file since (an editor's change kept,
            // the file written again) is said above the review too.
            let mut top = String::new();
            for note in self.notice.drain(..) {
                top.push_str(&note);
                top.push('\n');
            }
            top.push_str(&t.t("review-title"));
            let top = self.wrapped(&top);
            self.p.screen(&top).map_err(self.t())?;
            let choice = self
                .p
                .select(&self.prompt("review-prompt"), &items, Some(0), false)
                .map_err(self.t())?
                .unwrap_or(0);
            match items[choice].key.as_str() {
                FINISH => return Ok(None),
                PARTICIPANTS => self.participants()?,
                FINDINGS => self.findings_menu()?,
                _ => return Ok(Some(choice - own)),
            }
        }
    }

    /// The participants: add one, or pick one to correct (an empty name
    /// removes them); each change is saved at once.
    fn participants(&mut self) -> Result<(), SessionError> {
        loop {
            let t = self.t;
            let (cols, _) = self.p.size();
            let cols = usize::from(cols);
            let list = &self.engine.answers().participants;
            let mut items: Vec<Item> = list
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let text = t.f(
                        "participant-item",
                        &[
                            ("name", Arg::Str(&p.name)),
                            ("agency", Arg::Str(&p.agency)),
                            ("country", Arg::Str(&p.country)),
                        ],
                    );
                    screen::short_item(&(i + 1).to_string(), &text, cols)
                })
                .collect();
            items.push(screen::short_item(ADD, &t.t("participant-add"), cols));
            items.push(screen::short_item(BACK, &t.t("menu-back"), cols));
            let title = self.wrapped(&t.t("participants-screen-title"));
            self.p.screen(&title).map_err(self.t())?;
            let default = items.len() - 2;
            let Some(choice) = self
                .p
                .select(
                    &self.prompt("participants-prompt"),
                    &items,
                    Some(default),
                    true,
                )
                .map_err(self.t())?
            else {
                return Ok(());
            };
            match items[choice].key.as_str() {
                BACK => return Ok(()),
                ADD => {
                    let mut added = Vec::new();
                    let tr = self.t;
                    let err = self.t();
                    ask_participants(self.p, &tr, &mut added, &err)?;
                    if !added.is_empty() {
                        self.engine.answers_mut().participants.extend(added);
                        self.save()?;
                    }
                }
                _ => {
                    let old = self.engine.answers().participants[choice].clone();
                    let name = self
                        .p
                        .input(&t.t("ask-participant-edit"), &old.name)
                        .map_err(self.t())?;
                    if name.trim().is_empty() {
                        self.engine.answers_mut().participants.remove(choice);
                    } else {
                        let agency = self
                            .p
                            .input(&t.t("ask-participant-agency"), &old.agency)
                            .map_err(self.t())?;
                        let country = self
                            .p
                            .input(&t.t("ask-participant-country"), &old.country)
                            .map_err(self.t())?;
                        self.engine.answers_mut().participants[choice] = Participant {
                            name: name.trim().to_string(),
                            agency,
                            country,
                            ..old
                        };
                    }
                    self.save()?;
                }
            }
        }
    }

    /// The areas, to record or correct the findings of one.
    fn findings_menu(&mut self) -> Result<(), SessionError> {
        let t = self.t;
        let lang = t.lang();
        let g = self.engine.guideline();
        let counts = self.engine.area_counts();
        let areas: Vec<usize> = (0..g.areas.len()).filter(|a| counts[*a].1 > 0).collect();
        let texts: Vec<String> = areas
            .iter()
            .map(|a| {
                let recorded = self
                    .engine
                    .answers()
                    .findings_of(&g.areas[*a].id)
                    .is_some_and(|f| !f.is_empty());
                let title = g.areas[*a].title.get(lang);
                if recorded {
                    t.f("findings-recorded", &[("area", Arg::Str(title))])
                } else {
                    title.to_string()
                }
            })
            .collect();
        let mut items = menu(self.p, &texts);
        let (cols, _) = self.p.size();
        items.push(screen::short_item(
            BACK,
            &t.t("menu-back"),
            usize::from(cols),
        ));
        let choice = self
            .p
            .select(&t.t("findings-which"), &items, Some(0), true)
            .map_err(self.t())?;
        if let Some(i) = choice.filter(|i| *i < areas.len()) {
            self.ask_findings(areas[i])?;
        }
        Ok(())
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
        let who = self.engine.who();
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
                Some(*n as usize),
            ),
            Some(Response::NotApplicable { reason }) => (
                Some(t.labelled(
                    &t.t("current-answer"),
                    &format!("{} ({reason})", t.t("not-applicable")),
                )),
                Some(5),
            ),
            // Nothing chosen yet: line mode takes no level for a stray Enter.
            None => (None, None),
        };
        let mut actions = vec![(NA.to_string(), t.t("menu-na"))];
        if !revising {
            actions.push((SKIP.to_string(), t.t("menu-skip")));
            actions.push((BACK.to_string(), t.t("menu-previous")));
            actions.push((JUMP.to_string(), t.t("menu-jump")));
        }
        actions.push((QUIT.to_string(), t.t("menu-quit")));
        let levels = c.levels_for(who);
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
            question: c.question_for(who).get(lang).to_string(),
            guidance: t.labelled(&t.t("guidance"), c.guidance_for(who).get(lang)),
            current,
            levels: std::array::from_fn(|n| {
                format!(
                    "{n} {}",
                    t.labelled(g.level_label(n as u8, lang), levels[n].get(lang))
                )
            }),
            actions,
            read_in_full: (READ_IN_FULL.to_string(), t.t("menu-read-in-full")),
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
                .unwrap_or(0);
            let key = layout.items[choice].key.clone();
            if key == READ_IN_FULL {
                self.read_in_full(&content)?;
                continue;
            }
            break key;
        };
        let old = previous.unwrap_or_default();
        let area_before = self.engine.area_of(self.engine.position());
        let step = self.act(&key, &old, t)?;
        // Leaving an area forward, by an answer or a skip: the moment to
        // record what the workshop agreed about it.
        let forward = key != BACK && key != JUMP;
        if forward
            && !revising
            && matches!(step, Step::Next)
            && let Some(area) = self.engine.area_left(area_before, &self.findings_offered)
        {
            self.offer_findings(area)?;
        }
        Ok(step)
    }

    /// The guidance and the five levels in full, a page at a time.
    fn read_in_full(&mut self, content: &screen::CriterionContent) -> Result<(), SessionError> {
        let (cols, rows) = self.p.size();
        let pages = screen::reading_pages(content, cols, rows);
        let last = pages.len().saturating_sub(1);
        for (i, page) in pages.iter().enumerate() {
            let mut text = page.join("\n");
            text.push_str("\n\n");
            self.p.screen(&text).map_err(self.t())?;
            let prompt = if i < last {
                self.t.t("press-enter-more")
            } else {
                self.t.t("press-enter")
            };
            self.p.input(&prompt, "").map_err(self.t())?;
        }
        Ok(())
    }

    /// Does what the menu key asks. A level or N/A is saved as soon as it is
    /// chosen, then again with its note and evidence: Ctrl-C while typing
    /// the note keeps the level.
    fn act(&mut self, key: &str, old: &Answer, t: Tr) -> Result<Step, SessionError> {
        let response = match key {
            "0" | "1" | "2" | "3" | "4" => Response::Level(key.parse::<u8>().unwrap_or(0)),
            NA => {
                let initial = match &old.response {
                    Some(Response::NotApplicable { reason }) => reason.clone(),
                    _ => String::new(),
                };
                let mut reason = self.p.input(&t.t("why-na"), &initial).map_err(self.t())?;
                while reason.trim().is_empty() {
                    reason = self.p.input(&t.t("why-na-again"), "").map_err(self.t())?;
                }
                Response::NotApplicable { reason }
            }
            SKIP => {
                self.engine.skip();
                return Ok(Step::Next);
            }
            BACK => {
                if !self.engine.back() {
                    self.notice.push(t.t("first-question"));
                }
                return Ok(Step::Next);
            }
            JUMP => {
                self.jump()?;
                return Ok(Step::Next);
            }
            QUIT => return Ok(Step::Quit),
            _ => return Ok(Step::Next),
        };
        self.engine.record(Answer {
            response: Some(response.clone()),
            ..old.clone()
        });
        self.save()?;
        let (note, evidence) = self.note_and_evidence(old)?;
        self.engine.record(Answer {
            response: Some(response),
            note,
            evidence,
            votes: old.votes,
            extra: Vec::new(),
        });
        self.save()?;
        self.engine.next();
        Ok(Step::Next)
    }

    /// Offers to record the findings agreed for an area the respondent
    /// just left (which one, and whether, [`Engine::area_left`] says).
    fn offer_findings(&mut self, area: usize) -> Result<(), SessionError> {
        self.findings_offered.push(area);
        let t = self.t;
        let a = &self.engine.guideline().areas[area];
        let ask = t.f("ask-findings", &[("area", Arg::Str(a.title.get(t.lang())))]);
        if self.p.confirm(&ask, false).map_err(self.t())? {
            self.ask_findings(area)?;
        }
        Ok(())
    }

    /// Asks for the strengths, challenges and priorities of an area, each
    /// starting from what is recorded, and saves them.
    fn ask_findings(&mut self, area: usize) -> Result<(), SessionError> {
        self.findings_offered.push(area);
        let t = self.t;
        let a = &self.engine.guideline().areas[area];
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
        if !findings.is_empty() || self.engine.answers().findings_of(&a.id).is_some() {
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
        let areas: Vec<usize> = (0..g.areas.len()).filter(|a| counts[*a].1 > 0).collect();
        let mut texts: Vec<String> = areas
            .iter()
            .map(|&a| {
                t.f(
                    "area-choice",
                    &[
                        ("area", Arg::Str(g.areas[a].title.get(lang))),
                        ("answered", Arg::Count(counts[a].0)),
                        ("total", Arg::Count(counts[a].1)),
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
            .select(&t.t("jump-to"), &items, Some(0), true)
            .map_err(self.t())?;
        if let Some(i) = choice.filter(|i| *i < areas.len()) {
            self.engine.jump_to_area(areas[i]);
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

    /// The scores on screen, then which reports to write (the command
    /// writes them).
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
        .map_err(|e| SessionError::Other(crate::msg!("render-failed", error = e.to_string())))?;
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
            .select(&t.t("report-question"), &items, Some(0), false)
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
        }
        Ok(Outcome::Finished {
            answers: self.path.clone(),
            reports: wanted,
            lang: t.lang(),
        })
    }
}
