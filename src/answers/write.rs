//! Writing answer files. A file read from text is saved as the smallest edit
//! of that text, so comments, quoting, key order and unknown entries stay as
//! the user wrote them; a new file is written in the canonical layout.

use std::path::Path;

use thiserror::Error;

use super::{ANSWERS_FORMAT, Answer, AnswerFile, Extra, Response};
use crate::files;
use crate::yaml::emit::{self, Out};
use crate::yaml::{Pos, Style};

/// Why an answer file could not be saved; the previous file is unchanged.
#[derive(Debug, Error)]
pub enum SaveError {
    /// The file uses anchors, aliases or merge keys, which a rewrite would
    /// expand or lose.
    #[error(
        "{path}:{pos}: the file uses YAML anchors, aliases or merge keys (`&`, `*`, `<<`); wen-assess reads such a file but does not rewrite it. Write the values out in full, then try again; the file is unchanged"
    )]
    References {
        /// The file.
        path: String,
        /// Where it first uses one.
        pos: Pos,
    },
    /// The file ends lines with a carriage return alone, which the
    /// in-place edit does not follow; a fresh file would lose its comments.
    #[error(
        "{path}:{pos}: the file ends lines with a carriage return alone (as on very old Macs); wen-assess reads such a file but does not rewrite it. Save it with ordinary line endings, then try again; the file is unchanged"
    )]
    LineEndings {
        /// The file.
        path: String,
        /// Where the first such line ends.
        pos: Pos,
    },
    /// The file uses a YAML form the in-place edit does not follow (an
    /// explicit `?` key, say); a fresh file would lose its comments.
    #[error(
        "{path}: the file uses a YAML form that wen-assess cannot edit in place (such as a `?` key), and writing it afresh would lose its comments and layout; wen-assess reads such a file but does not rewrite it. Write it in the plain `key: value` form of the template, then try again; the file is unchanged"
    )]
    Layout {
        /// The file.
        path: String,
    },
    /// Writing failed.
    #[error("{0}; the previous version of the file is unchanged")]
    Write(#[from] files::WriteError),
}

fn str_out(s: &str) -> Out<'static> {
    Out::Str(s.to_string())
}

/// Entries the tool keeps but does not use, to be written back as they are.
pub(crate) fn kept_out(extra: &Extra) -> impl Iterator<Item = (String, Out<'_>)> {
    extra.iter().map(|(k, node)| (k.clone(), Out::Keep(node)))
}

/// The keys of one answer, in canonical order.
pub(crate) fn answer_out(answer: &Answer) -> Out<'_> {
    let mut m: Vec<(String, Out)> = Vec::new();
    match &answer.response {
        None => m.push(("level".into(), Out::Null)),
        Some(Response::Level(n)) => m.push(("level".into(), Out::Int(i64::from(*n)))),
        Some(Response::NotApplicable { reason }) => {
            m.push((
                "level".into(),
                Out::Word {
                    text: "na",
                    reads_as: super::read::is_na,
                },
            ));
            m.push(("reason".into(), str_out(reason)));
        }
    }
    if let Some(note) = &answer.note {
        m.push(("note".into(), str_out(note)));
    }
    if !answer.evidence.is_empty() {
        m.push((
            "evidence".into(),
            Out::Seq(answer.evidence.iter().map(|e| str_out(e)).collect()),
        ));
    }
    m.extend(kept_out(&answer.extra));
    Out::Map(m)
}

/// The whole file as a tree, in canonical order.
fn file_out(a: &AnswerFile) -> Out<'_> {
    let mut top: Vec<(String, Out)> = vec![
        ("format".into(), Out::Int(ANSWERS_FORMAT)),
        ("guideline".into(), str_out(&a.guideline)),
        ("guideline-version".into(), str_out(&a.guideline_version)),
    ];
    let mut network = vec![
        ("name".into(), str_out(&a.network.name)),
        ("region".into(), str_out(&a.network.region)),
    ];
    network.extend(kept_out(&a.network.extra));
    top.push(("network".into(), Out::Map(network)));
    let mut respondent = vec![
        ("name".into(), str_out(&a.respondent.name)),
        ("role".into(), str_out(&a.respondent.role)),
        ("country".into(), str_out(&a.respondent.country)),
    ];
    respondent.extend(kept_out(&a.respondent.extra));
    top.push(("respondent".into(), Out::Map(respondent)));
    top.push(("date".into(), str_out(&a.date)));
    top.push(("language".into(), str_out(&a.language)));
    top.push((
        "targets".into(),
        Out::Map(
            a.targets
                .iter()
                .map(|(area, t, _)| (area.clone(), Out::Int(i64::from(*t))))
                .collect(),
        ),
    ));
    top.push((
        "participants".into(),
        Out::Seq(
            a.participants
                .iter()
                .map(|p| {
                    let mut m = vec![
                        ("name".to_string(), str_out(&p.name)),
                        ("agency".to_string(), str_out(&p.agency)),
                        ("country".to_string(), str_out(&p.country)),
                    ];
                    m.extend(kept_out(&p.extra));
                    Out::Map(m)
                })
                .collect(),
        ),
    ));
    top.push((
        "findings".into(),
        Out::Map(
            a.findings
                .iter()
                .map(|f| {
                    let mut m = Vec::new();
                    for (key, text) in [
                        ("strengths", &f.strengths),
                        ("challenges", &f.challenges),
                        ("priorities", &f.priorities),
                    ] {
                        if !text.is_empty() {
                            m.push((key.to_string(), str_out(text)));
                        }
                    }
                    m.extend(kept_out(&f.extra));
                    (f.area.clone(), Out::Map(m))
                })
                .collect(),
        ),
    ));
    top.extend(kept_out(&a.extra));
    top.push((
        "answers".into(),
        Out::Map(
            a.answers
                .iter()
                .map(|e| (e.criterion.clone(), answer_out(&e.answer)))
                .collect(),
        ),
    ));
    Out::Map(top)
}

/// The text of an answer file: the file it was read from with only the
/// changes made since, or a fresh file. Fails for a file that uses anchors,
/// aliases or merge keys; `path` names the file in that message.
pub fn to_yaml(a: &AnswerFile, path: &str) -> Result<String, SaveError> {
    let tree = file_out(a);
    match &a.source.0 {
        None => Ok(emit::render(&tree, "")),
        Some(src) => {
            if let Some(pos) = src.doc.references {
                return Err(SaveError::References {
                    path: path.to_string(),
                    pos,
                });
            }
            // The reader skips a byte-order mark (Notepad writes one), so
            // the positions are those of the text after it; it is kept.
            let (bom, text) = match src.text.strip_prefix('\u{feff}') {
                Some(rest) => ("\u{feff}", rest),
                None => ("", src.text.as_str()),
            };
            match emit::update(text, &src.doc.root, &tree) {
                Some(updated) => Ok(format!("{bom}{updated}")),
                // A file written as one flow mapping (`{format: 1, ...}`)
                // has no layout of lines and comments to keep.
                None if src.doc.root.style != Style::Indented => Ok(emit::render(&tree, text)),
                // Any other file the edit cannot follow would lose its
                // comments and layout in a fresh file: refused, and said why.
                None => Err(match lone_carriage_return(text) {
                    Some(pos) => SaveError::LineEndings {
                        path: path.to_string(),
                        pos,
                    },
                    None => SaveError::Layout {
                        path: path.to_string(),
                    },
                }),
            }
        }
    }
}

/// Where the first line ending in a carriage return without a line feed
/// ends, if any line does.
fn lone_carriage_return(text: &str) -> Option<Pos> {
    let bytes = text.as_bytes();
    let at = bytes
        .iter()
        .enumerate()
        .position(|(i, b)| *b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))?;
    Some(Pos::after(&text[..at]))
}

/// Saves an answer file atomically (see [`files::write_atomic`]).
pub fn save_answers(path: &Path, answers: &AnswerFile) -> Result<String, SaveError> {
    let text = to_yaml(answers, &path.display().to_string())?;
    files::write_file(path, text.as_bytes())?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::super::parse_answers;
    use super::*;

    const FILE: &str = "# Assessment of the Example WEN
format: 1
guideline: minimal
guideline-version: 1.10   # as written
network: {name: Example WEN, region: 0755, motto: kept}
respondent: {name: A. Person, role: Coordinator, country: NO}
date: 2026-11-23
language: en
targets: {finance: 4}
0x10: yes
answers:
  # the mandate
  governance.mandate:
    level: 2 # agreed in May
    note: \"Signed by 3 of 5\"
    evidence: [on, 1e3, .5]
    owner: secretariat
  finance.old-criterion:
    level: 1
";

    #[test]
    fn unchanged_file_saves_byte_for_byte() {
        let (a, _) = parse_answers(FILE, "a.yaml").unwrap();
        assert_eq!(to_yaml(&a, "a.yaml").unwrap(), FILE);
    }

    #[test]
    fn a_new_answer_changes_only_its_lines() {
        let (mut a, _) = parse_answers(FILE, "a.yaml").unwrap();
        let mut mandate = a.answer("governance.mandate").unwrap().clone();
        mandate.response = Some(Response::Level(3));
        a.set_answer("governance.mandate", mandate);
        a.set_answer(
            "governance.meetings",
            Answer {
                response: Some(Response::NotApplicable {
                    reason: "none yet".into(),
                }),
                ..Answer::default()
            },
        );
        let text = to_yaml(&a, "a.yaml").unwrap();
        assert_eq!(
            text,
            FILE.replace("level: 2 # agreed", "level: 3 # agreed")
                + "  governance.meetings:\n    level: na\n    reason: \"none yet\"\n"
        );
        let (b, _) = parse_answers(&text, "b.yaml").unwrap();
        assert_eq!(b.respondent.country, "NO");
        assert_eq!(b.network.region, "0755");
        assert_eq!(b.guideline_version, "1.10");
    }

    #[test]
    fn anchors_and_merge_keys_are_never_rewritten() {
        let text = "format: 1\nguideline: g\nbase: &b {level: 1}\nanswers:\n  a.b:\n    <<: *b\n";
        let (a, _) = parse_answers(text, "a.yaml").unwrap();
        let err = to_yaml(&a, "a.yaml").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("a.yaml:3:10: the file uses YAML anchors"),
            "{err}"
        );
    }

    #[test]
    fn fresh_files_round_trip() {
        let (a, _) = parse_answers(FILE, "a.yaml").unwrap();
        let mut fresh = a.clone();
        fresh.source = super::super::Source::default();
        let text = to_yaml(&fresh, "x").unwrap();
        let (b, _) = parse_answers(&text, "b.yaml").unwrap();
        assert_eq!(b.extra[0].0, "0x10");
        assert_eq!(b.extra[0].1.text().as_deref(), Some("yes"));
        assert_eq!(b.network.region, "0755");
        let mandate = |f: &AnswerFile| f.answer("governance.mandate").cloned().unwrap();
        assert_eq!(mandate(&a).evidence, mandate(&b).evidence);
        assert_eq!(mandate(&a).response, mandate(&b).response);
        assert_eq!(a.answers.len(), b.answers.len());
    }
}
