//! An answer file held open by an interactive session: locked for the whole
//! run, saved after every answer, and never saved over a change made by
//! someone else in the meantime.
//!
//! Before each save the file on disk is compared with the bytes last read or
//! written. If an editor (or anything else) changed it, the change is merged:
//! criteria and header fields changed on only one side take that side's
//! value. When both sides changed the same criterion differently, nothing is
//! written over the file; the session's answers go to a side file and the
//! session stops, so neither side's answers are lost.

use std::path::{Path, PathBuf};

use thiserror::Error;

use super::write::answer_out;
use super::write::to_yaml_checked;
use super::{Answer, AnswerFile, AnswersError, SaveError, load_answers, parse_answers};
use crate::diagnostic::Diagnostic;
use crate::files::{self, Lock, LockError};
use crate::yaml::emit;

/// Why the store could not open or save.
#[derive(Debug, Error)]
pub(crate) enum StoreError {
    /// Another session holds the file, or the lock could not be made.
    #[error(transparent)]
    Lock(#[from] LockError),
    /// The file could not be read or is invalid.
    #[error(transparent)]
    Answers(#[from] AnswersError),
    /// The file could not be written.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The file was changed outside the session on the same criteria.
    #[error(
        "{path}: changed by another program while this session ran, on the same {what} ({items}). The file keeps the other version; this session's answers are saved in {side}. Compare the two, then resume with: wen-assess assess --answers {path}"
    )]
    Conflict {
        /// The answer file.
        path: String,
        /// "criteria" or "fields".
        what: &'static str,
        /// The criteria or fields changed on both sides.
        items: String,
        /// Where this session's answers were saved.
        side: String,
    },
}

impl StoreError {
    /// The error in the catalogues' words; `None` for findings about the
    /// file, which speak for themselves.
    pub(crate) fn msg(&self) -> Option<crate::i18n::Msg> {
        match self {
            StoreError::Lock(e) => Some(e.msg()),
            StoreError::Answers(e) => e.msg(),
            StoreError::Save(e) => Some(e.msg()),
            StoreError::Conflict {
                path,
                what,
                items,
                side,
            } => Some(crate::msg!(
                if *what == "criteria" {
                    "store-conflict-criteria"
                } else {
                    "store-conflict-fields"
                },
                path = path,
                items = items,
                side = side
            )),
        }
    }
}

impl StoreError {
    /// The error as a reader of `t`'s language sees it: the catalogue's
    /// words, or the file's findings in that language.
    pub(crate) fn render(&self, t: &crate::i18n::Tr) -> String {
        match (self.msg(), self) {
            (Some(m), _) => m.render(t),
            (None, StoreError::Answers(e)) => e.render(t),
            (None, other) => other.to_string(),
        }
    }
}

/// What a save did besides writing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Saved {
    /// Criteria and fields changed outside the session and kept.
    pub merged: Vec<String>,
    /// The file had been deleted; it was written again, whole.
    pub recreated: bool,
}

/// Writes a file in place of another; [`files::write_file`] outside tests.
type Writer = fn(&Path, &[u8]) -> Result<(), files::WriteError>;

/// An answer file open for a session.
#[derive(Debug)]
pub(crate) struct Store {
    path: PathBuf,
    /// Held, never read: the lock lasts as long as the store and is
    /// removed when the store is dropped.
    _lock: Lock,
    /// The content as last read or written.
    base: AnswerFile,
    /// The bytes as last read or written.
    bytes: Vec<u8>,
    /// How the file is written (a failing one in tests: a full disk).
    write: Writer,
}

impl Store {
    /// Locks `path` without waiting. Fails when another session holds it or
    /// its folder does not exist, before anything is asked or written.
    pub(crate) fn lock(path: &Path) -> Result<Lock, StoreError> {
        Ok(files::lock(path)?)
    }

    /// Opens an existing answer file under a lock already taken.
    pub(crate) fn open(
        path: &Path,
        lock: Lock,
    ) -> Result<(Store, AnswerFile, Vec<Diagnostic>), StoreError> {
        let bytes = files::read_bytes(path, files::MAX_FILE_BYTES).map_err(AnswersError::from)?;
        let (file, warnings) = load_answers(path)?;
        Ok((
            Store {
                path: path.to_path_buf(),
                _lock: lock,
                base: file.clone(),
                bytes,
                write: files::write_file,
            },
            file,
            warnings,
        ))
    }

    /// Creates a new answer file under a lock already taken.
    pub(crate) fn create(path: &Path, lock: Lock, file: &AnswerFile) -> Result<Store, StoreError> {
        let text = super::save_answers(path, file)?;
        let (base, _) = parse_answers(&text, &path.display().to_string())?;
        Ok(Store {
            path: path.to_path_buf(),
            _lock: lock,
            base,
            bytes: text.into_bytes(),
            write: files::write_file,
        })
    }

    /// The answer file.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Saves `ours`, first merging any change made to the file outside the
    /// session. `ours` becomes what was written (with the outside changes).
    pub(crate) fn save(&mut self, ours: &mut AnswerFile) -> Result<Saved, StoreError> {
        let shown = self.path.display().to_string();
        let mut saved = Saved::default();
        let disk = match files::read_bytes(&self.path, files::MAX_FILE_BYTES) {
            Ok(bytes) => Some(bytes),
            // Deleted by someone else: the session holds every answer, so
            // writing the file again loses nothing; the user is told.
            Err(files::ReadError::Io { .. }) if !self.path.exists() => {
                saved.recreated = true;
                None
            }
            Err(e) => return Err(AnswersError::from(e).into()),
        };
        let mut target = ours.clone();
        if let Some(disk) = disk.filter(|d| *d != self.bytes) {
            let text = files::text_from_bytes(disk).map_err(|pos| {
                AnswersError::from(files::ReadError::NotText {
                    path: shown.clone(),
                    pos,
                })
            })?;
            let (theirs, _) = parse_answers(&text, &shown)?;
            match merge(&self.base, ours, &theirs) {
                Ok((merged, changed)) => {
                    target = merged;
                    saved.merged = changed;
                }
                Err((what, items)) => {
                    let side = match self.save_aside(ours) {
                        Ok(side) => side.display().to_string(),
                        Err(text) => {
                            format!("no file, as no folder could take one; here they are:\n{text}")
                        }
                    };
                    return Err(StoreError::Conflict {
                        path: shown,
                        what,
                        items: items.join(", "),
                        side,
                    });
                }
            }
        }
        let (text, written) = to_yaml_checked(&target, &shown)?;
        (self.write)(&self.path, text.as_bytes()).map_err(SaveError::from)?;
        self.base = written.clone();
        self.bytes = text.into_bytes();
        *ours = written;
        Ok(saved)
    }
}

impl Store {
    /// Writes the session's answers (`ours`, a complete answer file) to a
    /// new side file, for when they cannot go into the answer file:
    /// `NAME.session-PID.yaml` beside it, else in the temporary folder,
    /// else in the current one; never over an existing file. Returns its
    /// path, or, when no folder takes it, the text itself, so the caller
    /// can show it.
    pub(crate) fn save_aside(&self, ours: &AnswerFile) -> Result<PathBuf, String> {
        let mut mine = ours.clone();
        mine.source = super::Source::default();
        let stem = self.path.file_stem().map_or_else(
            || "answers".to_string(),
            |s| s.to_string_lossy().to_string(),
        );
        let stem = format!("{stem}.session-{}", std::process::id());
        // A fresh file never fails the checks an edit in place can.
        let text = to_yaml_checked(&mine, &stem)
            .map(|(text, _)| text)
            .unwrap_or_else(|_| super::write::yaml_unchecked(&mine));
        let beside = match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        for folder in [beside, std::env::temp_dir(), PathBuf::from(".")] {
            if let Ok(path) = files::write_new(&folder, &stem, "yaml", text.as_bytes()) {
                return Ok(path);
            }
        }
        Err(text)
    }
}

/// Content of an answer, independent of where and how it was written.
fn answer_key(a: Option<&Answer>) -> Option<String> {
    a.map(|a| emit::render(&answer_out(a), ""))
}

/// The header fields of a file as comparable text, by name.
fn header(f: &AnswerFile) -> Vec<(&'static str, String)> {
    let extra = |e: &super::Extra| {
        e.iter()
            .map(|(k, n)| format!("{k}={}", n.to_json()))
            .collect::<Vec<_>>()
            .join(";")
    };
    vec![
        (
            "network",
            format!(
                "{}|{}|{}",
                f.network.name,
                f.network.region,
                extra(&f.network.extra)
            ),
        ),
        (
            "respondent",
            format!(
                "{}|{}|{}|{}",
                f.respondent.name,
                f.respondent.role,
                f.respondent.country,
                extra(&f.respondent.extra)
            ),
        ),
        ("date", f.date.clone()),
        ("language", f.language.clone()),
        (
            "targets",
            format!(
                "{:?}",
                f.targets.iter().map(|(a, t, _)| (a, t)).collect::<Vec<_>>()
            ),
        ),
        ("guideline-version", f.guideline_version.clone()),
        (
            "participants",
            f.participants
                .iter()
                .map(|p| format!("{}|{}|{}|{}", p.name, p.agency, p.country, extra(&p.extra)))
                .collect::<Vec<_>>()
                .join(";"),
        ),
        (
            "findings",
            f.findings
                .iter()
                .map(|x| {
                    format!(
                        "{}|{}|{}|{}|{}",
                        x.area,
                        x.strengths,
                        x.challenges,
                        x.priorities,
                        extra(&x.extra)
                    )
                })
                .collect::<Vec<_>>()
                .join(";"),
        ),
        ("extra", extra(&f.extra)),
    ]
}

/// A merge that could not be done: what collided ("criteria" or "fields")
/// and which.
type Collision = (&'static str, Vec<String>);

/// Three-way merge of `ours` and `theirs`, both changed from `base`. Each
/// criterion and header field takes the side that changed it; both changed
/// differently is a conflict, returned with what collided.
fn merge(
    base: &AnswerFile,
    ours: &AnswerFile,
    theirs: &AnswerFile,
) -> Result<(AnswerFile, Vec<String>), Collision> {
    let mut merged = theirs.clone();
    let mut taken = Vec::new();
    let mut conflicts = Vec::new();
    // Header fields: take ours where only ours changed.
    let (hb, ho, ht) = (header(base), header(ours), header(theirs));
    for ((name, b), ((_, o), (_, t))) in hb.iter().zip(ho.iter().zip(&ht)) {
        match (o != b, t != b) {
            (true, false) => match *name {
                "network" => merged.network = ours.network.clone(),
                "respondent" => merged.respondent = ours.respondent.clone(),
                "date" => merged.date = ours.date.clone(),
                "language" => merged.language = ours.language.clone(),
                "targets" => merged.targets = ours.targets.clone(),
                "guideline-version" => merged.guideline_version = ours.guideline_version.clone(),
                "participants" => merged.participants = ours.participants.clone(),
                "findings" => merged.findings = ours.findings.clone(),
                _ => merged.extra = ours.extra.clone(),
            },
            (true, true) if o != t => conflicts.push(name.to_string()),
            (false, true) => taken.push(name.to_string()),
            _ => {}
        }
    }
    if !conflicts.is_empty() {
        return Err(("fields", conflicts));
    }
    let mut ids: Vec<&str> = base
        .answers
        .iter()
        .chain(&ours.answers)
        .chain(&theirs.answers)
        .map(|e| e.criterion.as_str())
        .collect();
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(*id));
    for id in ids {
        let (b, o, t) = (
            answer_key(base.answer(id)),
            answer_key(ours.answer(id)),
            answer_key(theirs.answer(id)),
        );
        match (o != b, t != b) {
            (true, false) => match ours.answer(id) {
                Some(a) => merged.set_answer(id, a.clone()),
                None => merged.answers.retain(|e| e.criterion != id),
            },
            (true, true) if o != t => conflicts.push(id.to_string()),
            (false, true) => taken.push(id.to_string()),
            _ => {}
        }
    }
    if conflicts.is_empty() {
        Ok((merged, taken))
    } else {
        Err(("criteria", conflicts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Response;

    const FILE: &str =
        "format: 1\nguideline: minimal\nanswers:\n  a.one:\n    level: 1\n  a.two:\n    level: ~\n";

    fn level(n: u8) -> Answer {
        Answer {
            response: Some(Response::Level(n)),
            ..Answer::default()
        }
    }

    #[test]
    fn an_outside_change_to_another_criterion_is_merged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, FILE).unwrap();
        let lock = Store::lock(&path).unwrap();
        let (mut store, mut ours, _) = Store::open(&path, lock).unwrap();
        // An editor sets a.one to 4 and adds a comment.
        std::fs::write(&path, FILE.replace("level: 1", "level: 4 # by hand")).unwrap();
        ours.set_answer("a.two", level(2));
        let saved = store.save(&mut ours).unwrap();
        assert_eq!(saved.merged, ["a.one"]);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text,
            "format: 1\nguideline: minimal\nanswers:\n  a.one:\n    level: 4 # by hand\n  a.two:\n    level: 2\n"
        );
        assert_eq!(
            ours.answer("a.one").unwrap().response,
            Some(Response::Level(4))
        );
    }

    #[test]
    fn a_full_disk_fails_the_save_and_the_answers_go_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, FILE).unwrap();
        let lock = Store::lock(&path).unwrap();
        let (mut store, mut ours, _) = Store::open(&path, lock).unwrap();
        store.write = |path, _| {
            Err(files::WriteError::Io {
                path: path.display().to_string(),
                reason: files::describe_io(&std::io::Error::from(std::io::ErrorKind::StorageFull)),
            })
        };
        ours.set_answer("a.two", level(3));
        let err = store.save(&mut ours).unwrap_err();
        assert!(
            err.to_string().contains("no space left on the device"),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), FILE);
        let side = store.save_aside(&ours).unwrap();
        assert_eq!(
            side,
            dir.path()
                .join(format!("a.session-{}.yaml", std::process::id()))
        );
        let (aside, _) = load_answers(&side).unwrap();
        assert_eq!(
            aside.answer("a.two").unwrap().response,
            Some(Response::Level(3))
        );
        assert_eq!(
            aside.answer("a.one").unwrap().response,
            Some(Response::Level(1))
        );
        // A second failure never replaces the first side file.
        let second = store.save_aside(&ours).unwrap();
        assert_ne!(second, side);
        assert!(side.exists() && second.exists());
    }

    #[test]
    fn the_same_criterion_changed_on_both_sides_keeps_both() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, FILE).unwrap();
        let lock = Store::lock(&path).unwrap();
        let (mut store, mut ours, _) = Store::open(&path, lock).unwrap();
        let theirs = FILE.replace("level: ~", "level: 3");
        std::fs::write(&path, &theirs).unwrap();
        ours.set_answer("a.two", level(1));
        let err = store.save(&mut ours).unwrap_err();
        assert!(matches!(err, StoreError::Conflict { .. }), "{err}");
        assert!(err.to_string().contains("same criteria (a.two)"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
        let side = dir
            .path()
            .join(format!("a.session-{}.yaml", std::process::id()));
        let (mine, _) = load_answers(&side).unwrap();
        assert_eq!(
            mine.answer("a.two").unwrap().response,
            Some(Response::Level(1))
        );
    }
}
