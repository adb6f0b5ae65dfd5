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
    /// The text made for the file does not read back as what it should
    /// hold: a fault of wen-assess, caught before anything is replaced.
    #[error(
        "{path}: the text written for this file does not read back as the same answers ({detail}); nothing was written. This is a fault of wen-assess: please report it"
    )]
    ReadBack {
        /// The file.
        path: String,
        /// What differs, or the reader's error.
        detail: String,
    },
    /// The file is one flow mapping (`{format: 1, ...}`) with comments,
    /// which writing it afresh would lose.
    #[error(
        "{path}:{pos}: the file is written as one `{{...}}` mapping with comments, and writing it afresh would lose the comments; wen-assess reads such a file but does not rewrite it. Write it in the plain `key: value` form of the template, then try again; the file is unchanged"
    )]
    FlowComments {
        /// The file.
        path: String,
        /// Where its first comment is.
        pos: Pos,
    },
    /// Writing failed.
    #[error("{0}; the previous version of the file is unchanged")]
    Write(#[from] files::WriteError),
}

impl SaveError {
    /// The error in the catalogues' words.
    pub(crate) fn msg(&self) -> crate::i18n::Msg {
        use crate::msg;
        match self {
            SaveError::References { path, pos } => {
                msg!("save-references", path = path, pos = pos.to_string())
            }
            SaveError::LineEndings { path, pos } => {
                msg!("save-line-endings", path = path, pos = pos.to_string())
            }
            SaveError::Layout { path } => msg!("save-layout", path = path),
            SaveError::ReadBack { path, detail } => {
                msg!("save-read-back", path = path, detail = detail)
            }
            SaveError::FlowComments { path, pos } => {
                msg!("save-flow-comments", path = path, pos = pos.to_string())
            }
            SaveError::Write(e) => msg!("save-write", error = e.msg()),
        }
    }
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
    if !answer.votes.is_empty() {
        m.push(("votes".into(), votes_out(&answer.votes)));
    }
    m.extend(kept_out(&answer.extra));
    Out::Map(m)
}

/// `{2: 3, 3: 5}`: the levels someone proposed, with their counts.
pub(crate) fn votes_out(votes: &super::Votes) -> Out<'static> {
    Out::Map(
        votes
            .0
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(level, n)| (level.to_string(), Out::Int(i64::from(*n))))
            .collect(),
    )
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
    if let Some(scope) = &a.scope {
        let reads_as: fn(&str) -> bool = match scope {
            crate::model::Scope::Network => |s| s.trim() == "network",
            crate::model::Scope::Member => |s| s.trim() == "member",
        };
        top.push((
            "scope".into(),
            Out::Word {
                text: scope.as_str(),
                reads_as,
            },
        ));
    }
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
/// aliases or merge keys; `path` names the file in that message. The text
/// is read back and compared with `a` before it is returned.
pub fn to_yaml(a: &AnswerFile, path: &str) -> Result<String, SaveError> {
    to_yaml_checked(a, path).map(|(text, _)| text)
}

/// [`to_yaml`], with the answer file the text reads back as.
pub(crate) fn to_yaml_checked(
    a: &AnswerFile,
    path: &str,
) -> Result<(String, AnswerFile), SaveError> {
    let text = yaml_text(a, path)?;
    let back = match super::parse_answers(&text, path) {
        Ok((back, _)) => back,
        Err(e) => {
            let detail = match e {
                super::AnswersError::Invalid(d) => d
                    .iter()
                    .find(|d| d.is_error())
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                other => other.to_string(),
            };
            return Err(SaveError::ReadBack {
                path: path.to_string(),
                detail,
            });
        }
    };
    if let Some(field) = differs(a, &back) {
        return Err(SaveError::ReadBack {
            path: path.to_string(),
            detail: format!("{field} differs"),
        });
    }
    Ok((text, back))
}

/// The first field whose content differs between two answer files (not
/// their positions or layout), if one does. A missing note and an empty one
/// are the same.
pub(crate) fn differs(a: &AnswerFile, b: &AnswerFile) -> Option<String> {
    let header = [
        ("guideline", &a.guideline, &b.guideline),
        (
            "guideline-version",
            &a.guideline_version,
            &b.guideline_version,
        ),
        ("network name", &a.network.name, &b.network.name),
        ("network region", &a.network.region, &b.network.region),
        ("respondent name", &a.respondent.name, &b.respondent.name),
        ("respondent role", &a.respondent.role, &b.respondent.role),
        (
            "respondent country",
            &a.respondent.country,
            &b.respondent.country,
        ),
        ("date", &a.date, &b.date),
        ("language", &a.language, &b.language),
    ];
    if a.speaks_for() != b.speaks_for() {
        return Some("scope".into());
    }
    if let Some((name, _, _)) = header.iter().find(|(_, x, y)| x != y) {
        return Some(name.to_string());
    }
    // Order is layout, not content: a workbook lists targets, findings and
    // answers in the guideline's order, whatever the file's was.
    let targets = |f: &AnswerFile| {
        let mut v: Vec<_> = f.targets.iter().map(|(a, t, _)| (a.clone(), *t)).collect();
        v.sort();
        v
    };
    if targets(a) != targets(b) {
        return Some("targets".into());
    }
    // An entry with nothing in it says nothing.
    let people = |f: &AnswerFile| {
        f.participants
            .iter()
            .filter(|p| {
                !(p.name.is_empty()
                    && p.agency.is_empty()
                    && p.country.is_empty()
                    && p.extra.is_empty())
            })
            .map(|p| {
                (
                    p.name.clone(),
                    p.agency.clone(),
                    p.country.clone(),
                    p.extra.len(),
                )
            })
            .collect::<Vec<_>>()
    };
    if people(a) != people(b) {
        return Some("participants".into());
    }
    let findings = |f: &AnswerFile| {
        let mut v: Vec<_> = f
            .findings
            .iter()
            .filter(|x| !x.is_empty() || !x.extra.is_empty())
            .map(|x| {
                (
                    x.area.clone(),
                    x.strengths.clone(),
                    x.challenges.clone(),
                    x.priorities.clone(),
                    x.extra.len(),
                )
            })
            .collect();
        v.sort();
        v
    };
    if findings(a) != findings(b) {
        return Some("findings".into());
    }
    let extras = |f: &AnswerFile| {
        (
            f.extra.len(),
            f.network.extra.len(),
            f.respondent.extra.len(),
        )
    };
    if extras(a) != extras(b) {
        return Some("kept entries".into());
    }
    // An entry that holds nothing need not be written to say so.
    fn answered(f: &AnswerFile) -> Vec<&super::Entry> {
        let mut v: Vec<&super::Entry> = f.answers.iter().filter(|e| !e.answer.is_empty()).collect();
        v.sort_by(|x, y| x.criterion.cmp(&y.criterion));
        v
    }
    let (xs, ys) = (answered(a), answered(b));
    if xs.len() != ys.len() {
        return Some("the number of answers".into());
    }
    let note = |x: &Answer| x.note.clone().unwrap_or_default();
    for (x, y) in xs.into_iter().zip(ys) {
        if x.criterion != y.criterion
            || x.answer.response != y.answer.response
            || note(&x.answer) != note(&y.answer)
            || x.answer.evidence != y.answer.evidence
            || x.answer.votes != y.answer.votes
            || x.answer.extra.len() != y.answer.extra.len()
        {
            return Some(format!("the answer to `{}`", x.criterion));
        }
    }
    None
}

/// A fresh answer file's text, not read back: the last resort of a
/// session that must put its answers somewhere.
pub(crate) fn yaml_unchecked(a: &AnswerFile) -> String {
    emit::render(&file_out(a), "")
}

/// The text of an answer file, unchecked (see [`to_yaml`]).
fn yaml_text(a: &AnswerFile, path: &str) -> Result<String, SaveError> {
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
                // has no layout of lines to keep; without comments, nothing
                // is lost by writing it afresh.
                None if src.doc.root.style != Style::Indented
                    && first_comment(text, &src.doc.root).is_none() =>
                {
                    Ok(emit::render(&tree, text))
                }
                None if src.doc.root.style != Style::Indented => Err(SaveError::FlowComments {
                    path: path.to_string(),
                    pos: first_comment(text, &src.doc.root).unwrap_or_default(),
                }),
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

/// Where the first comment of a text is: a `#` at the start of a line or
/// after a space or tab, outside every scalar of the tree.
fn first_comment(text: &str, root: &crate::yaml::Node) -> Option<Pos> {
    fn scalars(node: &crate::yaml::Node, out: &mut Vec<std::ops::Range<usize>>) {
        match &node.value {
            crate::yaml::Value::Seq(items) => items.iter().for_each(|i| scalars(i, out)),
            crate::yaml::Value::Map(entries) => entries.iter().for_each(|(k, v)| {
                scalars(k, out);
                scalars(v, out);
            }),
            _ => out.push(node.span.clone()),
        }
    }
    let mut spans = Vec::new();
    scalars(root, &mut spans);
    spans.sort_by_key(|r| r.start);
    let bytes = text.as_bytes();
    let mut next = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b != b'#' || !(i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r')) {
            continue;
        }
        while next < spans.len() && spans[next].end <= i {
            next += 1;
        }
        if spans.get(next).is_none_or(|r| r.start > i) {
            return Some(Pos::after(&text[..i]));
        }
    }
    None
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
