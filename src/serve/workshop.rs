//! The session a server holds, and what each action of its pages does to
//! it: the same start as `assess` (identity questions, file name, resume),
//! then the engine's moves, answers saved the moment they are given,
//! participants and findings, and the room's proposals. No HTML here.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::answers::store::{Store, StoreError};
use crate::answers::{self, Answer, AnswerFile, AreaFindings, Participant, Response, Votes};
use crate::diagnostic::Diagnostic;
use crate::files::Lock;
use crate::i18n::{self, Arg, Tr};
use crate::model::{Guideline, Scope};
use crate::questionnaire::engine::Engine;
use crate::questionnaire::{
    SessionError, StartOptions, default_answers_path, free_path, in_folder, join_as_participant,
    prepare_resumed, probe_folder, respondent_of, same_respondent,
};

/// Most devices that may join a room, and most proposals kept per
/// criterion: a workshop is tens of people; the bound keeps a participant
/// who clears their cookies in a loop from filling the memory.
pub(crate) const MAX_DEVICES: usize = 500;
/// Longest name a participant may give, in characters.
pub(crate) const MAX_NAME_CHARS: usize = 80;

/// Where the session stands.
pub(crate) enum Phase {
    /// No answer file yet: the identity questions come first.
    New,
    /// The name the identity gives is another respondent's file: continue
    /// theirs, or start a new one.
    Choose(Box<Pending>),
    /// Answering.
    Open(Box<Session>),
    /// A save failed: what was answered went to a side file (the message
    /// says where), and nothing more is changed.
    Failed(String),
}

/// A new file's identity whose default name holds someone else's answers.
pub(crate) struct Pending {
    store: Store,
    theirs: AnswerFile,
    warnings: Vec<Diagnostic>,
    ours: AnswerFile,
    /// The file a new start would take.
    pub new_path: PathBuf,
    /// Who answered the existing file.
    pub who: String,
    pub lang: &'static str,
}

impl Pending {
    /// The existing file.
    pub(crate) fn path(&self) -> &Path {
        self.store.path()
    }
}

/// What the identity form holds.
#[derive(Debug, Clone, Default)]
pub(crate) struct Identity {
    pub guideline: String,
    pub network: String,
    pub region: String,
    /// One member state about itself, rather than the network as a whole.
    pub member: bool,
    pub country: String,
    pub name: String,
    pub role: String,
    pub language: String,
    /// A workshop: the participants come next.
    pub workshop: bool,
}

/// A field of the identity form that must be given again, with why.
pub(crate) type FieldError = (&'static str, String);

/// One participant's proposal for a criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Proposal {
    pub level: u8,
    /// The name they chose to give, if any.
    pub name: String,
}

/// The room: who joined, and what they proposed per criterion.
#[derive(Debug, Default)]
pub(crate) struct Room {
    devices: HashSet<String>,
    /// Criterion id -> device -> proposal.
    proposals: HashMap<String, HashMap<String, Proposal>>,
    /// Device -> the name it gave last, offered again on the next
    /// criterion so that a participant types it once.
    names: HashMap<String, String>,
}

impl Room {
    /// Devices that have joined.
    pub(crate) fn joined(&self) -> usize {
        self.devices.len()
    }

    /// The proposals for a criterion, by device.
    pub(crate) fn proposals(&self, criterion: &str) -> Option<&HashMap<String, Proposal>> {
        self.proposals.get(criterion)
    }

    /// The name a device gave last (empty when it gave none).
    pub(crate) fn name_of(&self, device: &str) -> &str {
        self.names.get(device).map_or("", String::as_str)
    }

    /// How many proposed each level for a criterion.
    pub(crate) fn tally(&self, criterion: &str) -> Votes {
        let mut votes = Votes::default();
        for p in self
            .proposals
            .get(criterion)
            .into_iter()
            .flat_map(|m| m.values())
        {
            votes.0[usize::from(p.level)] += 1;
        }
        votes
    }

    /// Counts a device in; false when the room is full.
    pub(crate) fn join(&mut self, device: &str) -> bool {
        if self.devices.contains(device) {
            return true;
        }
        if self.devices.len() >= MAX_DEVICES {
            return false;
        }
        self.devices.insert(device.to_string());
        true
    }
}

/// A session in progress.
pub(crate) struct Session {
    pub engine: Engine<'static>,
    store: Store,
    pub lang: &'static str,
    /// Said at the top of the next page.
    pub notices: Vec<String>,
    /// Areas whose findings were offered.
    findings_offered: Vec<usize>,
    /// An area just left, whose findings to offer now.
    pub offer: Option<usize>,
    /// Changing one answer from the review: back to it afterwards.
    pub revising: bool,
    pub room: Room,
    /// An answer form sent back with an error, for the criterion it names:
    /// shown once by the next page, so that the error page is reached by
    /// a redirect and a reload never sends the form again.
    pub draft: Option<(String, super::pages::Draft)>,
}

/// Why an action was not done.
#[derive(Debug)]
pub(crate) enum Refusal {
    /// The form was for another criterion than the current one (another
    /// tab moved on): nothing changed.
    Stale,
    /// A reason is needed for N/A.
    NoReason,
    /// The session is not answering (not started, or failed).
    NotOpen,
}

/// The session's state and how it started.
pub(crate) struct Workshop {
    guidelines: &'static [Guideline],
    pub opts: StartOptions,
    /// The lock of an answer file given but not made yet.
    early_lock: Option<Lock>,
    pub phase: Phase,
}

impl Workshop {
    /// Opens the answer file given, if it exists (locked, migrated,
    /// checked), or locks the name given for a new one; else waits for the
    /// identity questions. A file another session holds is refused here,
    /// before anything is served.
    pub(crate) fn open(
        guidelines: &'static [Guideline],
        opts: StartOptions,
    ) -> Result<Workshop, SessionError> {
        let mut workshop = Workshop {
            guidelines,
            opts,
            early_lock: None,
            phase: Phase::New,
        };
        match workshop.opts.answers.clone() {
            Some(path) => {
                let lock = Store::lock(&path)?;
                if path.exists() {
                    let (store, answers, warnings) = Store::open(&path, lock)?;
                    workshop.phase =
                        Phase::Open(Box::new(workshop.resume(store, answers, warnings)?));
                } else {
                    workshop.early_lock = Some(lock);
                }
            }
            None => probe_folder(&workshop.opts.folder)?,
        }
        Ok(workshop)
    }

    /// The guidelines offered.
    pub(crate) fn guidelines(&self) -> &'static [Guideline] {
        match &self.opts.guideline {
            Some(id) => {
                let found = self.guidelines.iter().position(|g| &g.id == id);
                found.map_or(self.guidelines, |i| &self.guidelines[i..=i])
            }
            None => self.guidelines,
        }
    }

    /// The answer file, once there is one.
    pub(crate) fn path(&self) -> Option<&Path> {
        match &self.phase {
            Phase::Open(s) => Some(s.store.path()),
            _ => None,
        }
    }

    /// The language of the pages: the session's, else `--lang` or the
    /// locale.
    pub(crate) fn lang(&self) -> &'static str {
        match &self.phase {
            Phase::Open(s) => s.lang,
            Phase::Choose(p) => p.lang,
            _ => self.start_lang(),
        }
    }

    fn start_lang(&self) -> &'static str {
        i18n::choose(self.opts.lang.as_deref(), "", &self.opts.env_lang)
    }

    /// A file resumed, as `assess` resumes it; what the file's checks found
    /// is said on the first page.
    fn resume(
        &self,
        store: Store,
        mut answers: AnswerFile,
        mut warnings: Vec<Diagnostic>,
    ) -> Result<Session, SessionError> {
        let path = store.path().to_path_buf();
        let (guideline, lang) = prepare_resumed(
            self.guidelines,
            &self.opts,
            &path,
            &mut answers,
            &mut warnings,
        )?;
        let t = Tr::new(lang);
        let engine = Engine::new(guideline, answers);
        let progress = engine.progress(lang);
        let mut notices = vec![t.f(
            "resuming",
            &[
                ("path", Arg::Str(&path.display().to_string())),
                ("answered", Arg::Count(progress.answered)),
                ("total", Arg::Count(progress.total)),
            ],
        )];
        notices.extend(warnings.iter().map(|w| w.render(&t)));
        Ok(Session {
            engine,
            store,
            lang,
            notices,
            findings_offered: Vec::new(),
            offer: None,
            revising: false,
            room: Room::default(),
            draft: None,
        })
    }

    /// The identity questions answered: the answer file is made (or an
    /// existing one of the same person resumed, or the choice offered when
    /// it is someone else's). Fields to give again come back with why.
    pub(crate) fn start(&mut self, form: Identity) -> Result<(), Vec<FieldError>> {
        if !matches!(self.phase, Phase::New) {
            return Ok(());
        }
        let t = Tr::new(self.start_lang());
        let mut errors = Vec::new();
        let guideline = match self.guidelines().iter().find(|g| g.id == form.guideline) {
            Some(g) => Some(g),
            None if self.guidelines().len() == 1 => self.guidelines().first(),
            None => {
                errors.push(("guideline", t.t("serve-need-guideline")));
                None
            }
        };
        if form.network.trim().is_empty() {
            errors.push(("network", t.t("serve-need-network")));
        }
        let has_member =
            guideline.is_some_and(|g| g.criteria().any(|(_, c)| c.scope == Scope::Member));
        let who = if form.member && has_member {
            Scope::Member
        } else {
            Scope::Network
        };
        if who == Scope::Member && form.country.trim().is_empty() {
            errors.push(("country", t.t("serve-need-country")));
        }
        let language = match &self.opts.lang {
            Some(l) => l.clone(),
            None if i18n::languages().contains(&form.language.as_str()) => form.language.clone(),
            None => self.start_lang().to_string(),
        };
        let Some(guideline) = guideline.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let mut answers = AnswerFile::new(guideline, &self.opts.today);
        answers.network.name = form.network.trim().to_string();
        answers.network.region = form.region.trim().to_string();
        answers.scope = Some(who);
        if who == Scope::Member {
            answers.respondent.country = form.country.trim().to_string();
        }
        answers.respondent.name = form.name.trim().to_string();
        answers.respondent.role = form.role.trim().to_string();
        answers.language = language;
        let lang = i18n::choose(Some(&answers.language), "", &self.opts.env_lang);
        let (path, lock) = match (self.opts.answers.clone(), self.early_lock.take()) {
            (Some(path), Some(lock)) => (path, lock),
            _ => {
                let path = in_folder(
                    &self.opts.folder,
                    default_answers_path(
                        &answers.network.name,
                        &answers.respondent.country,
                        &guideline.id,
                        &self.opts.today,
                    ),
                );
                match Store::lock(&path) {
                    Ok(lock) => (path, lock),
                    Err(e) => return Err(vec![("file", store_said(&e, &t))]),
                }
            }
        };
        let session = if path.exists() {
            let (store, theirs, warnings) = match Store::open(&path, lock) {
                Ok(opened) => opened,
                Err(e) => return Err(vec![("file", store_said(&e, &t))]),
            };
            if !same_respondent(&theirs, &answers) {
                self.phase = Phase::Choose(Box::new(Pending {
                    new_path: free_path(&path),
                    who: respondent_of(&theirs),
                    store,
                    theirs,
                    warnings,
                    ours: answers,
                    lang,
                }));
                return Ok(());
            }
            self.resume(store, theirs, warnings)
        } else {
            self.create(&path, lock, &answers, lang)
        };
        match session {
            Ok(mut s) => {
                if form.workshop {
                    // Who takes part is asked next, as `assess` asks it.
                    s.notices.push(s.t().t("serve-workshop-next"));
                }
                self.phase = Phase::Open(Box::new(s));
                Ok(())
            }
            Err(e) => Err(vec![("file", said(&e, &t))]),
        }
    }

    /// A new answer file, saved at once, as `assess` makes it.
    fn create(
        &self,
        path: &Path,
        lock: Lock,
        answers: &AnswerFile,
        lang: &'static str,
    ) -> Result<Session, SessionError> {
        let store = Store::create(path, lock, answers)?;
        let (answers, _) = answers::load_answers(path)?;
        let guideline =
            crate::model::find(self.guidelines, &answers.guideline).map_err(SessionError::Other)?;
        let t = Tr::new(lang);
        Ok(Session {
            engine: Engine::new(guideline, answers),
            store,
            lang,
            notices: vec![t.f(
                "serve-saved-to",
                &[("path", Arg::Str(&path.display().to_string()))],
            )],
            findings_offered: Vec::new(),
            offer: None,
            revising: false,
            room: Room::default(),
            draft: None,
        })
    }

    /// The choice between another respondent's file (`continue_theirs`:
    /// the person typed joins it as a participant) and a new file.
    pub(crate) fn choose(&mut self, continue_theirs: bool) -> Result<(), String> {
        let Phase::Choose(pending) = std::mem::replace(&mut self.phase, Phase::New) else {
            return Ok(());
        };
        let Pending {
            store,
            mut theirs,
            warnings,
            ours,
            new_path,
            lang,
            ..
        } = *pending;
        let lang_now = lang;
        let session = if continue_theirs {
            join_as_participant(&mut theirs, &ours);
            self.resume(store, theirs, warnings).and_then(|mut s| {
                // The participant added is saved at once.
                s.save().map_err(SaveFailed)?;
                Ok(s)
            })
        } else {
            drop(store);
            Store::lock(&new_path)
                .map_err(SessionError::from)
                .and_then(|lock| self.create(&new_path, lock, &ours, lang))
        };
        match session {
            Ok(s) => {
                self.phase = Phase::Open(Box::new(s));
                Ok(())
            }
            Err(e) => Err(said(&e, &Tr::new(lang_now))),
        }
    }

    /// The open session, if answering.
    pub(crate) fn session(&mut self) -> Result<&mut Session, Refusal> {
        match &mut self.phase {
            Phase::Open(s) => Ok(s),
            _ => Err(Refusal::NotOpen),
        }
    }

    /// Runs an action that saves; a failed save ends the session's changes
    /// (the answers went aside, as the message says).
    pub(crate) fn saving(
        &mut self,
        action: impl FnOnce(&mut Session) -> Result<(), SaveOutcome>,
    ) -> Result<(), Refusal> {
        let session = self.session()?;
        match action(session) {
            Ok(()) => Ok(()),
            Err(SaveOutcome::Refused(r)) => Err(r),
            Err(SaveOutcome::Failed(message)) => {
                self.phase = Phase::Failed(message);
                Ok(())
            }
        }
    }
}

/// A save that failed after the start, as the start reports it.
#[derive(Debug)]
struct SaveFailed(String);

impl From<SaveFailed> for SessionError {
    fn from(e: SaveFailed) -> Self {
        SessionError::Other(crate::msg!("serve-said", text = e.0))
    }
}

/// An error of the store in the reader's language (findings about the
/// file speak for themselves).
fn store_said(e: &StoreError, t: &Tr) -> String {
    e.render(t)
}

/// An error of the start in the reader's language.
pub(crate) fn said(e: &SessionError, t: &Tr) -> String {
    match e {
        SessionError::Answers(a) => a.render(t),
        SessionError::Store(s) => store_said(s, t),
        SessionError::Other(m) => m.render(t),
        other => other.to_string(),
    }
}

/// Why an action that saves did not complete.
pub(crate) enum SaveOutcome {
    /// Refused before anything changed.
    Refused(Refusal),
    /// The save failed; the message says where the answers went.
    Failed(String),
}

impl From<Refusal> for SaveOutcome {
    fn from(r: Refusal) -> Self {
        SaveOutcome::Refused(r)
    }
}

impl Session {
    /// The texts of the session's language.
    pub(crate) fn t(&self) -> Tr {
        Tr::new(self.lang)
    }

    /// The answer file.
    pub(crate) fn path(&self) -> &Path {
        self.store.path()
    }

    /// Saves, merging changes made to the file meanwhile (and saying so).
    /// A failure puts the session's answers in a side file, and says where.
    fn save(&mut self) -> Result<(), String> {
        let t = self.t();
        let path = self.store.path().display().to_string();
        match self.store.save(self.engine.answers_mut()) {
            Ok(saved) => {
                if saved.recreated {
                    self.notices
                        .push(t.f("recreated", &[("path", Arg::Str(&path))]));
                }
                if !saved.merged.is_empty() {
                    let items = saved.merged.join(", ");
                    self.notices
                        .push(t.f("merged", &[("items", Arg::Str(&items))]));
                }
                Ok(())
            }
            // A conflict has put the answers aside already, and says where.
            Err(e @ StoreError::Conflict { .. }) => Err(store_said(&e, &t)),
            Err(e) => {
                let mut message = t.f(
                    "not-saved",
                    &[
                        ("path", Arg::Str(&path)),
                        ("reason", Arg::Str(&e.render(&t))),
                    ],
                );
                message.push('\n');
                match self.store.save_aside(self.engine.answers()) {
                    Ok(aside) => message.push_str(&t.f(
                        "not-saved-aside",
                        &[
                            ("path", Arg::Str(&path)),
                            ("aside", Arg::Str(&aside.display().to_string())),
                        ],
                    )),
                    Err(text) => {
                        message.push_str(&t.t("not-saved-nowhere"));
                        message.push('\n');
                        message.push_str(&text);
                    }
                }
                Err(message)
            }
        }
    }

    fn saved(&mut self) -> Result<(), SaveOutcome> {
        self.save().map_err(SaveOutcome::Failed)
    }

    /// After a move forward from `area_before`: the findings of the area
    /// left are offered, once, as `assess` offers them.
    fn after_forward(&mut self, area_before: Option<usize>) {
        if let Some(area) = self.engine.area_left(area_before, &self.findings_offered) {
            self.findings_offered.push(area);
            self.offer = Some(area);
        }
    }

    /// Records the answer to the current criterion (`criterion` must be
    /// it), with what the room proposed, saves, and moves on: to the next
    /// unanswered criterion, or back to the review when revising.
    pub(crate) fn record(
        &mut self,
        criterion: &str,
        response: Response,
        note: Option<String>,
        evidence: Vec<String>,
    ) -> Result<(), SaveOutcome> {
        let Some((_, c)) = self.engine.current() else {
            return Err(Refusal::Stale.into());
        };
        if c.id != criterion {
            return Err(Refusal::Stale.into());
        }
        if let Response::NotApplicable { reason } = &response
            && reason.trim().is_empty()
        {
            return Err(Refusal::NoReason.into());
        }
        let old = self
            .engine
            .answers()
            .answer(&c.id)
            .cloned()
            .unwrap_or_default();
        let proposed = self.room.tally(&c.id);
        let area_before = self.engine.area_of(self.engine.position());
        self.engine.record(Answer {
            response: Some(response),
            note: note.filter(|n| !n.trim().is_empty()),
            evidence,
            // A revision without new proposals keeps the room's earlier ones.
            votes: if proposed.is_empty() {
                old.votes
            } else {
                proposed
            },
            extra: Vec::new(),
        });
        self.saved()?;
        if self.revising {
            self.review();
        } else {
            self.engine.next();
            self.after_forward(area_before);
        }
        Ok(())
    }

    /// Leaves the current criterion as it is and moves on.
    pub(crate) fn skip(&mut self) {
        let area_before = self.engine.area_of(self.engine.position());
        self.engine.skip();
        self.after_forward(area_before);
    }

    /// One criterion back; said when this is the first.
    pub(crate) fn back(&mut self) {
        if !self.engine.back() {
            let first = self.t().t("first-question");
            self.notices.push(first);
        }
    }

    /// To an area's first unanswered criterion.
    pub(crate) fn jump(&mut self, area: usize) {
        self.revising = false;
        self.engine.jump_to_area(area);
    }

    /// From the review, to change one answer (its index in the order asked).
    pub(crate) fn change(&mut self, index: usize) {
        if index < self.engine.asked().count() {
            self.engine.go_to(index);
            self.revising = true;
        }
    }

    /// To the review.
    pub(crate) fn review(&mut self) {
        self.revising = false;
        self.engine.go_to(usize::MAX);
    }

    /// From the review, to the criteria skipped.
    pub(crate) fn first_unanswered(&mut self) {
        self.revising = false;
        self.engine.go_to_first_unanswered();
    }

    /// Adds a participant, or corrects the one at `index` (an empty name
    /// removes them), and saves.
    pub(crate) fn set_participant(
        &mut self,
        index: Option<usize>,
        person: Participant,
    ) -> Result<(), SaveOutcome> {
        let list = &mut self.engine.answers_mut().participants;
        match index {
            None if person.name.trim().is_empty() => return Ok(()),
            None => list.push(person),
            Some(i) if i >= list.len() => return Err(Refusal::Stale.into()),
            Some(i) if person.name.trim().is_empty() => {
                list.remove(i);
            }
            Some(i) => {
                let extra = std::mem::take(&mut list[i].extra);
                list[i] = Participant { extra, ..person };
            }
        }
        self.saved()
    }

    /// Records the findings of an area (by index) and saves.
    pub(crate) fn set_findings(
        &mut self,
        area: usize,
        strengths: String,
        challenges: String,
        priorities: String,
    ) -> Result<(), SaveOutcome> {
        let Some(a) = self.engine.guideline().areas.get(area) else {
            return Err(Refusal::Stale.into());
        };
        self.offer = None;
        let findings = AreaFindings {
            area: a.id.clone(),
            strengths,
            challenges,
            priorities,
            ..AreaFindings::default()
        };
        if !findings.is_empty() || self.engine.answers().findings_of(&a.id).is_some() {
            self.engine.answers_mut().set_findings(findings);
            self.saved()?;
        }
        Ok(())
    }

    /// A participant's proposal for the current criterion (`criterion`
    /// must be it); false when it is not, or the room is full.
    pub(crate) fn propose(&mut self, device: &str, criterion: &str, level: u8, name: &str) -> bool {
        let current = match self.engine.current() {
            Some((_, c)) if c.id == criterion && level <= 4 => c.id.clone(),
            _ => return false,
        };
        if !self.room.join(device) {
            return false;
        }
        let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
        self.room.names.insert(device.to_string(), name.clone());
        self.room
            .proposals
            .entry(current)
            .or_default()
            .insert(device.to_string(), Proposal { level, name });
        true
    }
}
