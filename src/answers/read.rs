//! Reading answer files: YAML text -> [`AnswerFile`] with positioned
//! findings. Errors make a file unusable; warnings (unknown keys, kept) come
//! back with it.

use std::path::Path;
use std::sync::Arc;

use super::{
    ANSWERS_FORMAT, Answer, AnswerFile, AnswersError, AreaFindings, Entry, Extra, Network,
    Participant, Respondent, Response, Source, SourceText, Votes,
};
use crate::diagnostic::{self, Code, Diagnostic, quoted};
use crate::files;
use crate::i18n::Msg;
use crate::model::MAX_LEVEL;
use crate::msg;
use crate::tree_reader::{At, Fields, TreeReader, What, suggest};
use crate::yaml::{self, Node, SyntaxKind, Value};

/// Reads an answer file from disk. Warnings come back with the file.
pub fn load_answers(path: &Path) -> Result<(AnswerFile, Vec<Diagnostic>), AnswersError> {
    let text = files::read_text(path)?;
    parse_answers(&text, &path.display().to_string())
}

pub(crate) const TOP_KEYS: &[&str] = &[
    "format",
    "guideline",
    "guideline-version",
    "network",
    "respondent",
    "date",
    "language",
    "scope",
    "targets",
    "participants",
    "findings",
    "answers",
];
pub(crate) const ANSWER_KEYS: &[&str] = &["level", "reason", "note", "evidence", "votes"];
pub(crate) const NETWORK_KEYS: &[&str] = &["name", "region"];
pub(crate) const RESPONDENT_KEYS: &[&str] = &["name", "role", "country"];
pub(crate) const PARTICIPANT_KEYS: &[&str] = &["name", "agency", "country"];
pub(crate) const FINDINGS_KEYS: &[&str] = &["strengths", "challenges", "priorities"];

/// Parses an answer file. Errors (bad level, N/A without reason, wrong
/// types) make it unusable; warnings (unknown keys, kept) come back with it.
pub fn parse_answers(
    text: &str,
    file: &str,
) -> Result<(AnswerFile, Vec<Diagnostic>), AnswersError> {
    let doc = yaml::parse(text).map_err(|e| {
        let code = match e.kind {
            SyntaxKind::DuplicateKey => Code::DuplicateKey,
            _ => Code::YamlSyntax,
        };
        AnswersError::Invalid(vec![Diagnostic::error(code, file, e.pos, e.message)])
    })?;
    let root = &doc.root;
    if root.get("areas").is_some() && root.get("answers").is_none() {
        let message = msg!("not-answers", file = file);
        return Err(AnswersError::Invalid(vec![Diagnostic::error(
            Code::NotAnswers,
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
        read_answer_file(&mut r, root)
    };
    diagnostic::sort(&mut diagnostics);
    match parsed {
        Some(mut answers) if diagnostic::error_count(&diagnostics) == 0 => {
            answers.source = Source(Some(Arc::new(SourceText {
                text: text.to_string(),
                doc,
            })));
            Ok((answers, diagnostics))
        }
        _ => Err(AnswersError::Invalid(diagnostics)),
    }
}

fn read_answer_file(r: &mut TreeReader, root: &Node) -> Option<AnswerFile> {
    if let crate::yaml::Value::Str(_) = &root.value {
        // A whole file that reads as one piece of text is another kind of
        // file: a CSV, a report, a letter.
        r.error(Code::WrongType, root.pos, msg!("answers-not-a-mapping"));
        return None;
    }
    let f = r.fields(
        root,
        msg!("what-answer-file"),
        TOP_KEYS,
        &["format", "guideline", "answers"],
        false,
    )?;
    let extra = keep_unknown(r, &f, TOP_KEYS, msg!("what-answer-file"));
    if let Some(format) = f.get("format").and_then(|n| r.int(n, "`format`"))
        && format.value != ANSWERS_FORMAT
    {
        r.error(
            Code::UnsupportedFormat,
            format.pos,
            msg!(
                "answers-format",
                found = format.value.to_string(),
                expected = ANSWERS_FORMAT.to_string()
            ),
        );
    }
    // Required: a missing key is reported by `fields`, an empty one here
    // (`guideline:` with nothing after it).
    let guideline = r.string(
        f.get("guideline")?,
        msg!(
            "field-of",
            what = msg!("what-answer-file"),
            key = "guideline"
        ),
    )?;
    let version = r.opt_string(&f, "guideline-version", msg!("what-answer-file"));
    let date = r.opt_string(&f, "date", msg!("what-answer-file"));
    if let Some(d) = &date
        && let Some(message) = invalid_date(&d.value)
    {
        r.warning(Code::InvalidDate, d.pos, message);
    }
    let language = r.opt_string(&f, "language", msg!("what-answer-file"));
    if let Some(l) = &language
        && let Some(message) = unknown_language(&l.value)
    {
        r.warning(Code::UnknownLanguage, l.pos, message);
    }
    let scope = r
        .opt_string(&f, "scope", msg!("what-answer-file"))
        .and_then(|s| match crate::model::Scope::parse(s.value.trim()) {
            Some(value) => Some(value),
            None => {
                r.error(
                    Code::InvalidScope,
                    s.pos,
                    msg!("answers-scope", found = quoted(&s.value)),
                );
                None
            }
        });
    let network = f
        .get("network")
        .and_then(|n| r.fields(n, "`network`", NETWORK_KEYS, &[], false))
        .map(|nf| Network {
            name: text_field(r, &nf, "name", "`network`"),
            region: text_field(r, &nf, "region", "`network`"),
            extra: keep_unknown(r, &nf, NETWORK_KEYS, "`network`"),
        })
        .unwrap_or_default();
    let respondent = f
        .get("respondent")
        .and_then(|n| r.fields(n, "`respondent`", RESPONDENT_KEYS, &[], false))
        .map(|rf| Respondent {
            name: text_field(r, &rf, "name", "`respondent`"),
            role: text_field(r, &rf, "role", "`respondent`"),
            country: text_field(r, &rf, "country", "`respondent`"),
            extra: keep_unknown(r, &rf, RESPONDENT_KEYS, "`respondent`"),
        })
        .unwrap_or_default();
    let mut targets = Vec::new();
    if let Some(node) = f.get("targets").filter(|n| n.value != Value::Null)
        && let Some(map) = r.fields(node, "`targets`", &[], &[], false)
    {
        for (area, value) in map.others(&[]) {
            let area = area.value;
            if let Some(t) = r.int(value, msg!("what-target-of", area = quoted(&area))) {
                if (0..=MAX_LEVEL as i64).contains(&t.value) {
                    targets.push((area, t.value as u8, t.pos.into()));
                } else {
                    r.error(
                        Code::InvalidTarget,
                        t.pos,
                        msg!(
                            "target-outside-scale",
                            target = t.value.to_string(),
                            area = quoted(&area)
                        ),
                    );
                }
            }
        }
    }
    let mut participants = Vec::new();
    if let Some(node) = f.get("participants") {
        let items = r.list(node, "`participants`").unwrap_or_default();
        let items = if within(r, node.pos, items.len(), MAX_ITEMS, "`participants`") {
            items
        } else {
            &[]
        };
        for item in items {
            let what = msg!("what-participant");
            if let Some(pf) = r.fields(item, what.clone(), PARTICIPANT_KEYS, &[], false) {
                participants.push(Participant {
                    name: text_field(r, &pf, "name", &what),
                    agency: text_field(r, &pf, "agency", &what),
                    country: text_field(r, &pf, "country", &what),
                    extra: keep_unknown(r, &pf, PARTICIPANT_KEYS, what.clone()),
                });
            }
        }
    }
    let mut findings = Vec::new();
    if let Some(node) = f.get("findings").filter(|n| n.value != Value::Null)
        && let Some(map) = r.fields(node, "`findings`", &[], &[], false)
    {
        for (area, value) in map.others(&[]) {
            let what = msg!("what-findings-of", area = quoted(&area.value));
            if value.value == Value::Null {
                continue;
            }
            if let Some(ff) = r.fields(value, what.clone(), FINDINGS_KEYS, &[], false) {
                findings.push(AreaFindings {
                    pos: area.pos.into(),
                    strengths: text_field(r, &ff, "strengths", &what),
                    challenges: text_field(r, &ff, "challenges", &what),
                    priorities: text_field(r, &ff, "priorities", &what),
                    extra: keep_unknown(r, &ff, FINDINGS_KEYS, what.clone()),
                    area: area.value,
                });
            }
        }
    }
    let mut answers = Vec::new();
    if let Some(node) = f.get("answers").filter(|n| n.value != Value::Null) {
        if let Value::Map(entries) = &node.value {
            let entries = if within(r, node.pos, entries.len(), MAX_ANSWERS, "`answers`") {
                &entries[..]
            } else {
                &[]
            };
            for (key, value) in entries {
                let Some(id) = r.string(key, msg!("what-criterion-id")) else {
                    continue;
                };
                if let Some(answer) = read_answer(r, value, &id.value) {
                    answers.push(Entry {
                        criterion: id.value,
                        pos: id.pos.into(),
                        answer,
                    });
                }
            }
        } else {
            r.error(
                Code::WrongType,
                node.pos,
                msg!(
                    "answers-not-a-map",
                    found = crate::tree_reader::kind(&node.value)
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
        scope,
        targets,
        participants,
        findings,
        answers,
        extra,
        source: Source::default(),
    })
}

/// Most answers a file may hold: a guideline has tens of criteria, and a
/// file keeps a few more from older versions.
pub(crate) const MAX_ANSWERS: usize = 5_000;
/// Most participants, evidence items of one answer, or unknown keys of one
/// mapping.
pub(crate) const MAX_ITEMS: usize = 1_000;
/// Longest text (a note, a reason, a name, findings), in characters: some
/// fifty pages.
pub(crate) const MAX_TEXT_CHARS: usize = 100_000;

/// Reports a list or mapping of `count` entries when it is over `limit`;
/// true when it is within.
fn within(
    r: &mut TreeReader,
    pos: crate::yaml::Pos,
    count: usize,
    limit: usize,
    what: impl Into<What>,
) -> bool {
    if count <= limit {
        return true;
    }
    r.error(
        Code::LimitExceeded,
        pos,
        msg!(
            "too-many-entries",
            what = what.into(),
            count = count.to_string(),
            limit = limit.to_string()
        ),
    );
    false
}

/// A text as typed, if it is within [`MAX_TEXT_CHARS`].
fn bounded(r: &mut TreeReader, text: At<String>, what: impl Into<What>) -> Option<At<String>> {
    let chars = text.value.chars().count();
    if chars <= MAX_TEXT_CHARS {
        return Some(text);
    }
    r.error(
        Code::LimitExceeded,
        text.pos,
        msg!(
            "text-too-long",
            what = what.into(),
            chars = chars.to_string(),
            limit = MAX_TEXT_CHARS.to_string()
        ),
    );
    None
}

/// A text field as typed, empty when absent or null.
fn text_field(r: &mut TreeReader, f: &Fields, key: &str, what: impl Into<What>) -> String {
    let what = what.into();
    let text = r.opt_string(f, key, what.clone());
    text.and_then(|t| bounded(r, t, msg!("what-key-of", key = key, what = what)))
        .map(|s| s.value)
        .unwrap_or_default()
}

/// Reports keys a mapping should not have, and keeps them. A key one or two
/// letters away from a known one gets a suggestion.
fn keep_unknown(r: &mut TreeReader, f: &Fields, known: &[&str], what: impl Into<What>) -> Extra {
    let what = what.into();
    // Counted before anything is made of them: a hostile file may hold
    // hundreds of thousands.
    if let (count, Some(first)) = f.count_others(known)
        && !within(
            r,
            first.pos,
            count,
            MAX_ITEMS,
            msg!("what-unknown-keys-of", what = what.clone()),
        )
    {
        return Vec::new();
    }
    let others = f.others(known);
    for (key, _) in &others {
        let message = match suggest(&key.value, known) {
            Some(k) => msg!(
                "unknown-key-kept-suggest",
                key = quoted(&key.value),
                what = what.clone(),
                suggestion = k
            ),
            None => msg!(
                "unknown-key-kept",
                key = quoted(&key.value),
                what = what.clone()
            ),
        };
        r.warning(Code::UnknownKey, key.pos, message);
    }
    others
        .into_iter()
        .map(|(k, n)| (k.value, n.clone()))
        .collect()
}

fn read_answer(r: &mut TreeReader, node: &Node, id: &str) -> Option<Answer> {
    let id = quoted(id).into_owned();
    let what = msg!("what-answer-to", id = &id);
    if node.value == Value::Null {
        return Some(Answer::default());
    }
    let f = r.fields(node, what.clone(), ANSWER_KEYS, &[], false)?;
    let mut extra = keep_unknown(r, &f, ANSWER_KEYS, what.clone());
    let reason = r
        .opt_string(&f, "reason", what.clone())
        .and_then(|t| bounded(r, t, msg!("what-reason-of", what = what.clone())));
    let response = match f.get("level") {
        None => None,
        Some(level) => match &level.value {
            Value::Null => None,
            // Only the digit itself: `0x3`, `+3`, `03` or `-0` are numbers
            // to YAML but not a level anyone writes.
            Value::Int(n)
                if (0..=MAX_LEVEL as i64).contains(n)
                    && level.text().as_deref() == Some(n.to_string().as_str()) =>
            {
                Some(Response::Level(*n as u8))
            }
            Value::Str(s) if is_na(s) => match &reason {
                Some(reason) if !reason.value.trim().is_empty() => Some(Response::NotApplicable {
                    reason: reason.value.clone(),
                }),
                _ => {
                    r.error(
                        Code::NaWithoutReason,
                        level.pos,
                        msg!("na-without-reason", id = &id),
                    );
                    None
                }
            },
            Value::Str(s)
                if level.is_quoted()
                    && s.trim()
                        .parse::<i64>()
                        .is_ok_and(|n| (0..=MAX_LEVEL as i64).contains(&n)) =>
            {
                r.error(
                    Code::InvalidLevel,
                    level.pos,
                    msg!(
                        "level-quoted",
                        id = &id,
                        quoted = crate::yaml::emit::quote(s),
                        level = s.trim()
                    ),
                );
                None
            }
            _ => {
                let shown: What = match level.text() {
                    Some(t) => quoted(&t).into_owned().into(),
                    None => crate::tree_reader::kind(&level.value).into(),
                };
                r.error(
                    Code::InvalidLevel,
                    level.pos,
                    msg!("level-invalid", id = &id, found = shown),
                );
                None
            }
        },
    };
    if let (Some(reason), Some(Response::Level(_))) = (&reason, &response) {
        r.warning(
            Code::ReasonWithoutNa,
            reason.pos,
            msg!("reason-without-na", id = &id),
        );
    }
    // A reason that is not an N/A reason is kept, so it is not lost on save.
    if let (Some(_), Some(Response::Level(_)) | None) = (&reason, &response)
        && let Some(node) = f.get("reason")
    {
        extra.insert(0, ("reason".to_string(), node.clone()));
    }
    let note = r
        .opt_string(&f, "note", what.clone())
        .and_then(|t| bounded(r, t, msg!("what-note-of", what = what.clone())))
        .map(|n| n.value);
    let of = msg!("what-evidence-of", id = &id);
    let items = match f.get("evidence") {
        None => Vec::new(),
        Some(node) if !matches!(node.value, Value::Seq(_) | Value::Map(_) | Value::Null) => {
            r.string(node, of.clone()).into_iter().collect()
        }
        Some(node) => match r.list(node, of.clone()) {
            Some(list) if within(r, node.pos, list.len(), MAX_ITEMS, of.clone()) => {
                r.strings(node, of.clone())
            }
            _ => Vec::new(),
        },
    };
    // Every item trimmed, blank ones left out, as the workbook and the
    // questionnaire do: spaces around a document name mean nothing.
    let evidence = items
        .into_iter()
        .filter_map(|t| bounded(r, t, of.clone()))
        .map(|t| t.value.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    let votes = f
        .get("votes")
        .map(|node| read_votes(r, node, &id))
        .unwrap_or_default();
    Some(Answer {
        response,
        note,
        evidence,
        votes,
        extra,
    })
}

/// Most people a room's votes may count for one level: a workshop is tens
/// of people, and a count past this is a typing slip or a forged file.
pub(crate) const MAX_VOTES: i64 = 100_000;

/// `votes: {2: 3, 3: 5}`: how many proposed each level. Keys are the
/// levels 0-4 written as digits, values whole counts; anything else is an
/// error at its place.
fn read_votes(r: &mut TreeReader, node: &Node, id: &str) -> Votes {
    let (votes, problems) = votes_of(node, id);
    for (pos, code, message) in problems {
        r.error(code, pos, message);
    }
    votes
}

/// The votes a node holds, and what is wrong with it, entry by entry (the
/// answer file's reader and the workbook's hidden sheet say it each at
/// their own place). `id` names the criterion in the messages.
pub(crate) fn votes_of(node: &Node, id: &str) -> (Votes, Vec<(crate::yaml::Pos, Code, Msg)>) {
    let mut votes = Votes::default();
    let mut problems = Vec::new();
    if node.value == Value::Null {
        return (votes, problems);
    }
    let Value::Map(entries) = &node.value else {
        let message = msg!(
            "votes-not-a-map",
            id = id,
            found = crate::tree_reader::kind(&node.value)
        );
        problems.push((node.pos, Code::WrongType, message));
        return (votes, problems);
    };
    for (key, count) in entries {
        // A level as a digit, plain or quoted (the writer quotes keys that
        // do not start with a letter: `"2": 3`).
        let level = match (&key.value, key.text()) {
            (Value::Int(n), Some(text))
                if (0..=MAX_LEVEL as i64).contains(n) && text == n.to_string() =>
            {
                *n as usize
            }
            (Value::Str(s), _) if s.len() == 1 && ("0"..="4").contains(&s.as_str()) => {
                usize::from(s.as_bytes()[0] - b'0')
            }
            _ => {
                let found = key.text().unwrap_or_default();
                let message = msg!("votes-level", id = id, found = quoted(&found));
                problems.push((key.pos, Code::InvalidLevel, message));
                continue;
            }
        };
        match (&count.value, count.text()) {
            (Value::Int(n), Some(text)) if (0..=MAX_VOTES).contains(n) && text == n.to_string() => {
                votes.0[level] = *n as u32;
            }
            _ => {
                let found = count.text().unwrap_or_default();
                let message = msg!(
                    "votes-count",
                    id = id,
                    level = level.to_string(),
                    found = quoted(&found),
                    limit = MAX_VOTES.to_string()
                );
                problems.push((count.pos, Code::WrongType, message));
            }
        }
    }
    (votes, problems)
}

/// The spellings of `level: na` the reader takes: `na`, `n/a`, in any case.
pub(crate) fn is_na(s: &str) -> bool {
    s.eq_ignore_ascii_case("na") || s.eq_ignore_ascii_case("n/a")
}

/// The finding on a date that is not `YYYY-MM-DD`, if it is not.
pub(crate) fn invalid_date(d: &str) -> Option<Msg> {
    // Empty is a date not given yet (a blank template), not a wrong one.
    (!d.is_empty() && !is_date(d)).then(|| msg!("invalid-date", date = quoted(d)))
}

/// The finding on a language no catalogue has, if it is one (an empty
/// language is English, said nowhere).
pub(crate) fn unknown_language(l: &str) -> Option<Msg> {
    let known = crate::i18n::languages();
    (!l.is_empty() && !known.contains(&l)).then(|| {
        msg!(
            "unknown-language",
            language = quoted(l),
            known = known.join(", ")
        )
    })
}

/// `YYYY-MM-DD` with a month of 1-12 and a day of 1-31.
pub(crate) fn is_date(d: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::Pos;

    pub(crate) const FILE: &str = "format: 1
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
    fn reads_everything_and_warns_about_unknown_keys() {
        let (a, warnings) = parse_answers(FILE, "a.yaml").unwrap();
        let codes: Vec<&str> = warnings.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, ["unknown-key", "unknown-key", "unknown-key"]);
        assert_eq!(a.answers.len(), 4);
        assert_eq!(
            a.answer("governance.meetings").unwrap().response,
            Some(Response::NotApplicable {
                reason: "No meetings yet".into()
            })
        );
        assert_eq!(a.network.extra[0].0, "motto");
        assert_eq!(a.guideline_version, "1.0.0");
    }

    #[test]
    fn text_fields_keep_what_was_typed() {
        let text = "format: 1\nguideline: g\nguideline-version: 1.10\nnetwork: {name: Off, region: 0755}\nrespondent: {country: NO}\nanswers:\n  a.b: {level: 1, note: yes, evidence: [on, 1e3, .5]}\n";
        let (a, _) = parse_answers(text, "x.yaml").unwrap();
        assert_eq!(a.guideline_version, "1.10");
        assert_eq!(a.network.name, "Off");
        assert_eq!(a.network.region, "0755");
        assert_eq!(a.respondent.country, "NO");
        let ab = a.answer("a.b").unwrap();
        assert_eq!(ab.note.as_deref(), Some("yes"));
        assert_eq!(ab.evidence, ["on", "1e3", ".5"]);
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
        let text = "format: 1\nguideline: g\nanswers:\n  a.b:\n    level: \"3\"\n";
        let Err(AnswersError::Invalid(d)) = parse_answers(text, "x.yaml") else {
            panic!("accepted a quoted level")
        };
        assert_eq!(
            d[0].to_string(),
            "x.yaml:5:12: error[invalid-level]: level of `a.b` is the quoted text \"3\", not a number; write it without quotes: `level: 3`"
        );
    }

    #[test]
    fn a_misspelt_key_gets_a_suggestion() {
        let text = "format: 1\nguideline: g\nanswers:\n  a.b:\n    levle: 3\n";
        let (_, w) = parse_answers(text, "x.yaml").unwrap();
        assert_eq!(
            w[0].to_string(),
            "x.yaml:5:5: warning[unknown-key]: unknown key `levle` in the answer to `a.b` is kept but not used; did you mean `level`?"
        );
        assert_eq!(w[0].pos(), Some(Pos::new(5, 5)));
    }

    #[test]
    fn votes_count_each_level_proposed() {
        let text = "format: 1\nguideline: g\nanswers:\n  a.b:\n    level: 2\n    votes: {1: 3, \"3\": 5}\n";
        let (a, w) = parse_answers(text, "x.yaml").unwrap();
        assert!(w.is_empty(), "{w:?}");
        let votes = a.answer("a.b").unwrap().votes;
        assert_eq!(votes.0, [0, 3, 0, 5, 0]);
        assert!(votes.split());
        assert_eq!(votes.range(), Some((1, 3)));
        for (bad, found) in [
            (
                "{5: 1}",
                "x.yaml:5:13: error[invalid-level]: `votes` of `a.b` counts level `5`; the levels are 0, 1, 2, 3 and 4",
            ),
            (
                "{2: -1}",
                "x.yaml:5:16: error[wrong-type]: `votes` of `a.b` for level 2 must be a whole number from 0 to 100000, found `-1`",
            ),
            (
                "{2: many}",
                "x.yaml:5:16: error[wrong-type]: `votes` of `a.b` for level 2 must be a whole number from 0 to 100000, found `many`",
            ),
            (
                "[2, 3]",
                "x.yaml:5:12: error[wrong-type]: `votes` of `a.b` must be a mapping of level to count (`votes: {2: 3, 3: 5}`), found a list",
            ),
        ] {
            let text = format!("format: 1\nguideline: g\nanswers:\n  a.b:\n    votes: {bad}\n");
            let Err(AnswersError::Invalid(d)) = parse_answers(&text, "x.yaml") else {
                panic!("accepted votes {bad}")
            };
            assert_eq!(d[0].to_string(), found);
        }
    }

    #[test]
    fn na_needs_a_reason() {
        let text = "format: 1\nguideline: g\nanswers:\n  a.b: {level: na}\n";
        let Err(AnswersError::Invalid(d)) = parse_answers(text, "x.yaml") else {
            panic!()
        };
        assert_eq!(d[0].code, Code::NaWithoutReason);
    }
}
