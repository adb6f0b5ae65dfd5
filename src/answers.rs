//! Answer files: load with positioned findings, save atomically, keep
//! everything the user wrote.
//!
//! An answer file stores ids and levels, never criteria text, so the same
//! file can be re-scored against a newer guideline or reported in another
//! language. Entries the tool does not know (a criterion the guideline no
//! longer has, a key the user added) are kept in order and written back.

use std::fs;
use std::io::Write;
use std::path::Path;

use thiserror::Error;

use crate::diagnostic::{self, Diagnostic};
use crate::model::{Guideline, MAX_LEVEL};
use crate::source_file::{self, ReadError};
use crate::tree_reader::{Fields, TreeReader};
use crate::yaml::{self, Node, Pos, Value};

/// The answer file format this version reads and writes.
pub const ANSWERS_FORMAT: i64 = 1;
/// Languages the tool can show.
pub const LANGUAGES: &[&str] = &["en", "fr", "es"];

/// Entries a known mapping had that the tool does not use, kept verbatim.
pub type Extra = Vec<(String, Node)>;

/// The answer to one criterion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// A level 0..=4.
    Level(u8),
    /// Not applicable, with the reason.
    NotApplicable {
        /// Why the criterion does not apply.
        reason: String,
    },
}

/// One entry of `answers:`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answer {
    /// The level or N/A; `None` while the criterion is not answered yet.
    pub response: Option<Response>,
    /// Free-text note.
    pub note: Option<String>,
    /// Links or document names.
    pub evidence: Vec<String>,
    /// Keys the user added.
    pub extra: Extra,
}

/// An answer with its criterion id and position in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The criterion id as written.
    pub criterion: String,
    /// Where the id stands (0:0 for entries made in memory).
    pub pos: Pos,
    /// The answer.
    pub answer: Answer,
}

/// Who or what a block of the header describes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Party {
    /// Name.
    pub name: String,
    /// Region (network) or role (respondent).
    pub region_or_role: String,
    /// Country (respondent only).
    pub country: String,
    /// Keys the user added.
    pub extra: Extra,
}

/// A whole answer file.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerFile {
    /// Guideline id, e.g. `strengthening`.
    pub guideline: String,
    /// Guideline version the answers were given against.
    pub guideline_version: String,
    /// Network name and region.
    pub network: Party,
    /// Respondent name, role and country.
    pub respondent: Party,
    /// Date of the assessment, `YYYY-MM-DD`.
    pub date: String,
    /// Language of the interface and reports: en, fr or es.
    pub language: String,
    /// Per-area target overrides, with positions.
    pub targets: Vec<(String, u8, Pos)>,
    /// Answers in file order.
    pub answers: Vec<Entry>,
    /// Top-level keys the user added.
    pub extra: Extra,
    /// Comment lines written above keys, kept when the file is saved again.
    pub comments: Comments,
}

/// Whole-line comments found above top-level keys (`format`, `answers`, ...)
/// and above each answer (`answers.<criterion id>`). Comments at the end of
/// a line are not kept.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Comments {
    above: std::collections::HashMap<String, Vec<String>>,
}

impl Comments {
    /// Finds the comment lines above each top-level key and each answer.
    pub fn from_text(text: &str) -> Self {
        let mut above = std::collections::HashMap::new();
        let mut pending: Vec<String> = Vec::new();
        let mut in_answers = false;
        for line in text.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with('#') {
                pending.push(line.trim_end().to_string());
                continue;
            }
            if trimmed.is_empty() {
                if !pending.is_empty() {
                    pending.push(String::new());
                }
                continue;
            }
            let indent = line.len() - trimmed.len();
            let key = trimmed
                .split_once(':')
                .map(|(k, _)| k.trim().trim_matches('"').trim_matches('\'').to_string());
            match (indent, key) {
                (0, Some(key)) => {
                    in_answers = key == "answers";
                    if !pending.is_empty() {
                        above.insert(key, std::mem::take(&mut pending));
                    }
                }
                (2, Some(id)) if in_answers && !pending.is_empty() => {
                    above.insert(format!("answers.{id}"), std::mem::take(&mut pending));
                }
                _ => {}
            }
            pending.clear();
        }
        for lines in above.values_mut() {
            while lines.last().is_some_and(|l| l.is_empty()) {
                lines.pop();
            }
        }
        Comments { above }
    }

    /// Writes the comments kept above `key`.
    fn write(&self, out: &mut String, key: &str) {
        for line in self.above.get(key).into_iter().flatten() {
            out.push_str(line);
            out.push('\n');
        }
    }
}

impl AnswerFile {
    /// A new, empty answer file for a guideline.
    pub fn new(guideline: &Guideline, date: &str) -> Self {
        AnswerFile {
            guideline: guideline.id.clone(),
            guideline_version: guideline.version.clone(),
            network: Party::default(),
            respondent: Party::default(),
            date: date.to_string(),
            language: "en".to_string(),
            targets: Vec::new(),
            answers: Vec::new(),
            extra: Vec::new(),
            comments: Comments::default(),
        }
    }

    /// The answer to a criterion, if there is an entry for it.
    pub fn answer(&self, criterion: &str) -> Option<&Answer> {
        self.answers
            .iter()
            .find(|e| e.criterion == criterion)
            .map(|e| &e.answer)
    }

    /// Sets the answer to a criterion, keeping its place in the file.
    pub fn set_answer(&mut self, criterion: &str, answer: Answer) {
        match self.answers.iter_mut().find(|e| e.criterion == criterion) {
            Some(entry) => entry.answer = answer,
            None => self.answers.push(Entry {
                criterion: criterion.to_string(),
                pos: Pos::default(),
                answer,
            }),
        }
    }

    /// The target of an area: the file's override, else the guideline's.
    pub fn target(&self, guideline: &Guideline, area: &str) -> u8 {
        self.targets
            .iter()
            .find(|(a, _, _)| a == area)
            .map_or(guideline.target, |(_, t, _)| *t)
    }
}

/// Why an answer file could not be used.
#[derive(Debug, Error)]
pub enum AnswersError {
    /// The file could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The file has errors.
    #[error("{}", .0.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Diagnostic>),
    /// Saving failed; the previous file is untouched.
    #[error(
        "{path}: could not save answers ({reason}); the previous version of the file is unchanged"
    )]
    Save {
        /// The path.
        path: String,
        /// The OS message.
        reason: String,
    },
}

/// Reads an answer file from disk. Warnings come back with the file.
pub fn load_answers(path: &Path) -> Result<(AnswerFile, Vec<Diagnostic>), AnswersError> {
    let text = source_file::read_text(path)?;
    parse_answers(&text, &path.display().to_string())
}

const TOP_KEYS: &[&str] = &[
    "format",
    "guideline",
    "guideline-version",
    "network",
    "respondent",
    "date",
    "language",
    "targets",
    "answers",
];
const ANSWER_KEYS: &[&str] = &["level", "reason", "note", "evidence"];

/// Parses an answer file. Errors (bad level, N/A without reason, wrong
/// types) make it unusable; warnings (unknown keys, kept) come back with it.
pub fn parse_answers(
    text: &str,
    file: &str,
) -> Result<(AnswerFile, Vec<Diagnostic>), AnswersError> {
    let root = yaml::parse(text).map_err(|e| {
        let code = if e.message.contains("duplicate") {
            "duplicate-key"
        } else {
            "yaml-syntax"
        };
        AnswersError::Invalid(vec![Diagnostic::error(code, file, e.pos, e.message)])
    })?;
    if root.get("areas").is_some() && root.get("answers").is_none() {
        let message = format!(
            "this is a guideline file (it has `areas:`), not an answer file; check it with `wen-assess validate {file}`"
        );
        return Err(AnswersError::Invalid(vec![Diagnostic::error(
            "not-answers",
            file,
            root.pos,
            message,
        )]));
    }
    let mut diagnostics = Vec::new();
    let parsed = {
        let mut r = TreeReader {
            file: file.to_string(),
            diagnostics: &mut diagnostics,
        };
        read_answer_file(&mut r, &root)
    };
    diagnostic::sort(&mut diagnostics);
    match parsed {
        Some(mut answers) if diagnostic::error_count(&diagnostics) == 0 => {
            answers.comments = Comments::from_text(text);
            Ok((answers, diagnostics))
        }
        _ => Err(AnswersError::Invalid(diagnostics)),
    }
}

fn read_answer_file(r: &mut TreeReader, root: &Node) -> Option<AnswerFile> {
    let f = r.fields(
        root,
        "the answer file",
        TOP_KEYS,
        &["format", "guideline", "answers"],
        false,
    )?;
    let extra = keep_unknown(r, &f, TOP_KEYS, "the answer file");
    if let Some(format) = f.get("format").and_then(|n| r.int(n, "`format`")) {
        if format.value != ANSWERS_FORMAT {
            r.error(
                "unsupported-format",
                format.pos,
                format!(
                    "answer file format {} is not supported; expected {ANSWERS_FORMAT}",
                    format.value
                ),
            );
        }
    }
    let guideline = r.opt_string(&f, "guideline", "the answer file")?;
    let version = r.opt_string(&f, "guideline-version", "the answer file");
    let date = r.opt_string(&f, "date", "the answer file");
    if let Some(d) = &date {
        if !is_date(&d.value) {
            r.warning(
                "invalid-date",
                d.pos,
                format!("date `{}` is not YYYY-MM-DD", d.value),
            );
        }
    }
    let language = r.opt_string(&f, "language", "the answer file");
    if let Some(l) = &language {
        if !l.value.is_empty() && !LANGUAGES.contains(&l.value.as_str()) {
            r.warning(
                "unknown-language",
                l.pos,
                format!(
                    "language `{}` is not one of {}; English is used",
                    l.value,
                    LANGUAGES.join(", ")
                ),
            );
        }
    }
    let network = f
        .get("network")
        .map(|n| read_party(r, n, "`network`", "region"))
        .unwrap_or_default();
    let respondent = f
        .get("respondent")
        .map(|n| read_party(r, n, "`respondent`", "role"))
        .unwrap_or_default();
    let mut targets = Vec::new();
    if let Some(node) = f.get("targets").filter(|n| n.value != Value::Null) {
        if let Some(map) = r.fields(node, "`targets`", &[], &[], false) {
            for (area, value) in map.others(&[]) {
                let area = area.value;
                if let Some(t) = r.int(value, &format!("the target of `{area}`")) {
                    if (0..=MAX_LEVEL as i64).contains(&t.value) {
                        targets.push((area, t.value as u8, t.pos));
                    } else {
                        r.error(
                            "invalid-target",
                            t.pos,
                            format!(
                                "target {} for `{area}` is outside the scale 0-{MAX_LEVEL}",
                                t.value
                            ),
                        );
                    }
                }
            }
        }
    }
    let mut answers = Vec::new();
    if let Some(node) = f.get("answers").filter(|n| n.value != Value::Null) {
        if let Some(Value::Map(entries)) = Some(&node.value) {
            for (key, value) in entries {
                let Some(id) = r.string(key, "a criterion id") else {
                    continue;
                };
                if let Some(answer) = read_answer(r, value, &id.value) {
                    answers.push(Entry {
                        criterion: id.value,
                        pos: id.pos,
                        answer,
                    });
                }
            }
        } else {
            r.error(
                "wrong-type",
                node.pos,
                format!(
                    "`answers` must be a mapping of criterion id to answer, found {}",
                    node.value.kind()
                ),
            );
        }
    }
    Some(AnswerFile {
        guideline: guideline.value,
        guideline_version: version.map(|v| v.value).unwrap_or_default(),
        network,
        respondent,
        date: date.map(|d| d.value).unwrap_or_default(),
        language: language.map(|l| l.value).unwrap_or_default(),
        targets,
        answers,
        extra,
        comments: Comments::default(),
    })
}

/// Reports keys a mapping should not have, and keeps them.
fn keep_unknown(r: &mut TreeReader, f: &Fields, known: &[&str], what: &str) -> Extra {
    let others = f.others(known);
    for (key, _) in &others {
        r.warning(
            "unknown-key",
            key.pos,
            format!("unknown key `{}` in {what} is kept but not used", key.value),
        );
    }
    others
        .into_iter()
        .map(|(k, n)| (k.value, n.clone()))
        .collect()
}

fn read_party(r: &mut TreeReader, node: &Node, what: &str, second: &str) -> Party {
    let known: &[&str] = if second == "role" {
        &["name", "role", "country"]
    } else {
        &["name", "region"]
    };
    let Some(f) = r.fields(node, what, known, &[], false) else {
        return Party::default();
    };
    let get = |r: &mut TreeReader, key: &str| {
        r.opt_string(&f, key, what)
            .map(|s| s.value)
            .unwrap_or_default()
    };
    Party {
        name: get(r, "name"),
        region_or_role: get(r, second),
        country: if second == "role" {
            get(r, "country")
        } else {
            String::new()
        },
        extra: keep_unknown(r, &f, known, what),
    }
}

fn read_answer(r: &mut TreeReader, node: &Node, id: &str) -> Option<Answer> {
    let what = format!("the answer to `{id}`");
    if node.value == Value::Null {
        return Some(Answer::default());
    }
    let f = r.fields(node, &what, ANSWER_KEYS, &[], false)?;
    let extra = keep_unknown(r, &f, ANSWER_KEYS, &what);
    let reason = r.opt_string(&f, "reason", &what);
    let response = match f.get("level") {
        None => None,
        Some(level) => match &level.value {
            Value::Null => None,
            Value::Int(n) if (0..=MAX_LEVEL as i64).contains(n) => Some(Response::Level(*n as u8)),
            Value::Str(s) if s.eq_ignore_ascii_case("na") || s.eq_ignore_ascii_case("n/a") => {
                match &reason {
                    Some(reason) if !reason.value.trim().is_empty() => {
                        Some(Response::NotApplicable {
                            reason: reason.value.clone(),
                        })
                    }
                    _ => {
                        r.error(
                            "na-without-reason",
                            level.pos,
                            format!("`{id}` is marked `na` but has no `reason:`; say why it does not apply"),
                        );
                        None
                    }
                }
            }
            _ => {
                let shown = level
                    .scalar_text()
                    .unwrap_or_else(|| level.value.kind().to_string());
                r.error(
                    "invalid-level",
                    level.pos,
                    format!("level of `{id}` must be 0, 1, 2, 3, 4 or na, found `{shown}`"),
                );
                None
            }
        },
    };
    if let (Some(reason), Some(Response::Level(_))) = (&reason, &response) {
        r.warning(
            "reason-without-na",
            reason.pos,
            format!(
                "`{id}` has a `reason:` but a level, not `na`; the reason is kept but not used"
            ),
        );
    }
    // A reason that is not an N/A reason is kept, so it is not lost on save.
    let mut extra = extra;
    if let (Some(reason), Some(Response::Level(_)) | None) = (&reason, &response) {
        let node = Node {
            value: Value::Str(reason.value.clone()),
            pos: reason.pos,
        };
        extra.insert(0, ("reason".to_string(), node));
    }
    let note = r.opt_string(&f, "note", &what).map(|n| n.value);
    let evidence = match f.get("evidence") {
        None => Vec::new(),
        Some(node) if matches!(node.value, Value::Str(_)) => {
            vec![node.as_str().unwrap_or_default().to_string()]
        }
        Some(node) => r
            .strings(node, &format!("the evidence of `{id}`"))
            .into_iter()
            .map(|s| s.value)
            .collect(),
    };
    Some(Answer {
        response,
        note,
        evidence,
        extra,
    })
}

fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(d[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(d[8..10].parse::<u8>(), Ok(1..=31))
}

/// Checks an answer file against the guideline it will be scored with:
/// another guideline is an error; another version, unknown criteria and
/// unknown areas are warnings (the entries are kept, not scored).
pub fn check_against(answers: &AnswerFile, guideline: &Guideline, file: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if answers.guideline != guideline.id {
        out.push(Diagnostic::error(
            "guideline-mismatch",
            file,
            Pos::default(),
            format!(
                "answers are for guideline `{}`, not `{}`",
                answers.guideline, guideline.id
            ),
        ));
        return out;
    }
    if !answers.guideline_version.is_empty() && answers.guideline_version != guideline.version {
        out.push(Diagnostic::warning(
            "guideline-version",
            file,
            Pos::default(),
            format!(
                "answers were given against `{}` {} and are scored against {}",
                guideline.id, answers.guideline_version, guideline.version
            ),
        ));
    }
    for entry in &answers.answers {
        if guideline.criterion(&entry.criterion).is_none() {
            out.push(Diagnostic::warning(
                "unknown-criterion",
                file,
                entry.pos,
                format!(
                    "`{}` is not a criterion of `{}` {}; the answer is kept but not scored",
                    entry.criterion, guideline.id, guideline.version
                ),
            ));
        }
    }
    for (area, _, pos) in &answers.targets {
        if guideline.area(area).is_none() {
            out.push(Diagnostic::warning(
                "unknown-area",
                file,
                *pos,
                format!(
                    "`{area}` is not an area of `{}`; its target is ignored",
                    guideline.id
                ),
            ));
        }
    }
    out
}

/// Writes an answer file as YAML. Strings are always double-quoted (with
/// JSON escapes, which YAML accepts), so no note can change the structure.
pub fn to_yaml(a: &AnswerFile) -> String {
    let mut out = String::new();
    let c = &a.comments;
    c.write(&mut out, "format");
    out.push_str(&format!("format: {ANSWERS_FORMAT}\n"));
    c.write(&mut out, "guideline");
    out.push_str(&format!("guideline: {}\n", quote(&a.guideline)));
    c.write(&mut out, "guideline-version");
    out.push_str(&format!(
        "guideline-version: {}\n",
        quote(&a.guideline_version)
    ));
    c.write(&mut out, "network");
    out.push_str("network:\n");
    out.push_str(&format!("  name: {}\n", quote(&a.network.name)));
    out.push_str(&format!("  region: {}\n", quote(&a.network.region_or_role)));
    write_extra(&mut out, &a.network.extra, "  ");
    c.write(&mut out, "respondent");
    out.push_str("respondent:\n");
    out.push_str(&format!("  name: {}\n", quote(&a.respondent.name)));
    out.push_str(&format!(
        "  role: {}\n",
        quote(&a.respondent.region_or_role)
    ));
    out.push_str(&format!("  country: {}\n", quote(&a.respondent.country)));
    write_extra(&mut out, &a.respondent.extra, "  ");
    c.write(&mut out, "date");
    out.push_str(&format!("date: {}\n", quote(&a.date)));
    c.write(&mut out, "language");
    out.push_str(&format!("language: {}\n", quote(&a.language)));
    c.write(&mut out, "targets");
    if a.targets.is_empty() {
        out.push_str("targets: {}\n");
    } else {
        out.push_str("targets:\n");
        for (area, t, _) in &a.targets {
            out.push_str(&format!("  {}: {t}\n", key(area)));
        }
    }
    for (k, node) in &a.extra {
        c.write(&mut out, k);
        out.push_str(&format!("{}: {}\n", key(k), node_to_json(node)));
    }
    c.write(&mut out, "answers");
    if a.answers.is_empty() {
        out.push_str("answers: {}\n");
    } else {
        out.push_str("answers:\n");
    }
    for e in &a.answers {
        c.write(&mut out, &format!("answers.{}", e.criterion));
        out.push_str(&format!("  {}:\n", key(&e.criterion)));
        write_answer_body(&mut out, &e.answer, "    ");
    }
    out
}

/// Writes the keys of one answer at an indent.
pub fn write_answer_body(out: &mut String, answer: &Answer, indent: &str) {
    match &answer.response {
        None => out.push_str(&format!("{indent}level: ~\n")),
        Some(Response::Level(n)) => out.push_str(&format!("{indent}level: {n}\n")),
        Some(Response::NotApplicable { reason }) => {
            out.push_str(&format!("{indent}level: na\n"));
            out.push_str(&format!("{indent}reason: {}\n", quote(reason)));
        }
    }
    if let Some(note) = &answer.note {
        out.push_str(&format!("{indent}note: {}\n", quote(note)));
    }
    if !answer.evidence.is_empty() {
        out.push_str(&format!("{indent}evidence:\n"));
        for e in &answer.evidence {
            out.push_str(&format!("{indent}  - {}\n", quote(e)));
        }
    }
    write_extra(out, &answer.extra, indent);
}

fn write_extra(out: &mut String, extra: &Extra, indent: &str) {
    for (key, node) in extra {
        out.push_str(&format!(
            "{indent}{}: {}\n",
            self::key(key),
            node_to_json(node)
        ));
    }
}

/// A mapping key: plain when it is an id-like word, quoted otherwise.
pub fn key(s: &str) -> String {
    let plain = s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
        );
    if plain { s.to_string() } else { quote(s) }
}

/// A YAML double-quoted scalar.
pub fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// A node as JSON text, which is also valid YAML flow syntax.
fn node_to_json(node: &Node) -> String {
    serde_json::to_string(&node.to_json()).unwrap_or_else(|_| "null".to_string())
}

/// Saves an answer file atomically: the text goes to a temporary file in the
/// same folder, is flushed to disk, then renamed over the target. A crash or
/// a full disk leaves either the old file or the new one, never half of one.
pub fn save_answers(path: &Path, answers: &AnswerFile) -> Result<(), AnswersError> {
    save_text_atomically(path, &to_yaml(answers)).map_err(|e| AnswersError::Save {
        path: path.display().to_string(),
        reason: source_file::describe_io(&e),
    })
}

/// Writes `text` to `path` through a temporary file and a rename.
pub fn save_text_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    save_bytes_atomically(path, text.as_bytes())
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a
/// reader never sees a half-written file.
pub fn save_bytes_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => Path::new(".").to_path_buf(),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "answers.yaml".to_string());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        // Make the rename itself durable; not every platform can open a dir.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "format: 1
guideline: minimal
guideline-version: 1.0.0
network: {name: Example WEN, region: Somewhere, motto: kept}
respondent: {name: A. Person, role: Coordinator, country: Freedonia}
date: 2026-11-23
language: en
targets: {finance: 4}
reviewer: someone
answers:
  governance.mandate:
    level: 2
    note: \"Signed by 3 of 5: see | table\"
    evidence: [minutes.pdf]
    owner: secretariat
  governance.meetings:
    level: na
    reason: No meetings yet
  finance.old-criterion:
    level: 1
  finance.core-funding:
    level: ~
    note: to discuss
";

    #[test]
    fn round_trip_keeps_everything() {
        let (a, warnings) = parse_answers(FILE, "a.yaml").unwrap();
        let codes: Vec<&str> = warnings.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["unknown-key", "unknown-key", "unknown-key"]);
        let text = to_yaml(&a);
        let (b, _) = parse_answers(&text, "b.yaml").unwrap();
        let strip = |mut f: AnswerFile| {
            f.answers.iter_mut().for_each(|e| e.pos = Pos::default());
            f.targets.iter_mut().for_each(|t| t.2 = Pos::default());
            for (_, n) in f.extra.iter_mut().chain(f.network.extra.iter_mut()) {
                n.pos = Pos::default();
            }
            for e in &mut f.answers {
                e.answer
                    .extra
                    .iter_mut()
                    .for_each(|(_, n)| n.pos = Pos::default());
            }
            f
        };
        assert_eq!(strip(a.clone()), strip(b));
        assert_eq!(a.answers.len(), 4);
        assert_eq!(
            a.answer("governance.meetings").unwrap().response,
            Some(Response::NotApplicable {
                reason: "No meetings yet".into()
            })
        );
        assert!(text.contains("reviewer: \"someone\""));
        assert!(text.contains("owner: \"secretariat\""));
        assert!(text.contains("motto: \"kept\""));
    }

    #[test]
    fn bad_levels_are_errors_with_positions() {
        for (level, shown) in [("5", "5"), ("-1", "-1"), ("two", "two"), ("2.5", "2.5")] {
            let text = format!("format: 1\nguideline: g\nanswers:\n  a.b:\n    level: {level}\n");
            let Err(AnswersError::Invalid(d)) = parse_answers(&text, "x.yaml") else {
                panic!("accepted level {level}")
            };
            assert_eq!(
                d[0].to_string(),
                format!(
                    "x.yaml:5:12: error[invalid-level]: level of `a.b` must be 0, 1, 2, 3, 4 or na, found `{shown}`"
                )
            );
        }
    }

    #[test]
    fn na_needs_a_reason() {
        let text = "format: 1\nguideline: g\nanswers:\n  a.b: {level: na}\n";
        let Err(AnswersError::Invalid(d)) = parse_answers(text, "x.yaml") else {
            panic!()
        };
        assert_eq!(d[0].code, "na-without-reason");
    }

    #[test]
    fn atomic_save_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        fs::write(&path, "old").unwrap();
        let (a, _) = parse_answers(FILE, "a.yaml").unwrap();
        save_answers(&path, &a).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), to_yaml(&a));
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
