//! The hidden sheet `wen-assess`: the format, the guideline the workbook
//! is for, its version and language (keys in column A, values in column
//! B), and the entries of an answer file that the tool keeps but does not
//! use, as YAML text over one or more `kept` rows.
//!
//! Kept entries go back where they were, but never over what the visible
//! sheets hold: a kept key that the Answers or Workshop sheet has (a
//! network's `name`, an answer's `level`, the file's `format`), or that is
//! there already, is reported at the kept cell and left out, so that no
//! key is ever written twice. Participants' entries are tied to the
//! person (name, agency, country), not to a row, so rows sorted or
//! deleted in a spreadsheet take their entries with them.

use std::collections::{HashMap, VecDeque};

use super::{SheetAt, WbReader, shown};
use crate::answers::read::{
    ANSWER_KEYS, FINDINGS_KEYS, NETWORK_KEYS, PARTICIPANT_KEYS, RESPONDENT_KEYS, TOP_KEYS,
};
use crate::answers::workbook::cells::{Cell, Value};
use crate::answers::workbook::layout::{
    META_FORMAT, META_GUIDELINE, META_KEPT, META_LANGUAGE, META_SCOPE, META_SHEET, META_VERSION,
};
use crate::answers::{ANSWERS_FORMAT, Answer, AnswerFile, AreaFindings, Entry, Extra, Participant};
use crate::diagnostic::{Code, quoted};
use crate::i18n::MsgArg;
use crate::model::{self, Guideline};
use crate::msg;
use crate::position::CellRef;
use crate::yaml::{self, Node};

/// What the hidden sheet says.
pub(super) struct HiddenSheet<'g> {
    /// The guideline id.
    pub id: String,
    /// The guideline version the workbook was made for.
    pub version: String,
    /// The answers' language.
    pub language: String,
    /// Whom the answers speak for, when the sheet says.
    pub scope: Option<model::Scope>,
    /// The guideline, when it is loaded.
    pub guideline: Option<&'g Guideline>,
    /// Where the guideline id stands.
    pub guideline_at: CellRef,
    /// The entries kept from an answer file, if any.
    pub kept: Option<Kept>,
}

/// The kept entries: their YAML text, and the cell it starts in.
pub(super) struct Kept {
    text: String,
    at: CellRef,
}

/// Who a participant is, for tying kept entries to the person.
type Identity = (String, String, String);

impl WbReader<'_> {
    pub(super) fn hidden_sheet<'g>(
        &mut self,
        s: &SheetAt,
        guidelines: &'g [Guideline],
    ) -> Option<HiddenSheet<'g>> {
        // Keys in column A, values in column B, wherever the rows are; a
        // key's first row counts (`kept` may have many).
        let mut rows_of: HashMap<String, Vec<u32>> = HashMap::new();
        for row in s.sheet.rows() {
            if let Some(Cell {
                value: Value::Text(k),
                ..
            }) = s.sheet.get(row, 1)
            {
                rows_of.entry(k.trim().to_string()).or_default().push(row);
            }
        }
        let row_of = |k: &str| rows_of.get(k).and_then(|r| r.first()).copied();
        let at = |row: u32| s.cell(row, 2);
        let missing = |r: &mut Self, k: &str| {
            r.error(
                Code::MissingField,
                s.cell(1, 1),
                msg!("workbook-hidden-missing-row", sheet = META_SHEET, key = k),
            );
        };
        let Some(format_row) = row_of(META_FORMAT) else {
            missing(self, META_FORMAT);
            return None;
        };
        match s.sheet.get(format_row, 2).map(|c| c.value) {
            Some(Value::Number(f)) if f == ANSWERS_FORMAT as f64 => {}
            Some(Value::Text(t)) if t.trim() == ANSWERS_FORMAT.to_string() => {}
            other => {
                let shown = other.as_ref().map(shown).unwrap_or_default();
                self.error(
                    Code::UnsupportedFormat,
                    at(format_row),
                    msg!(
                        "workbook-format",
                        found = quoted(&shown),
                        expected = ANSWERS_FORMAT.to_string()
                    ),
                );
                return None;
            }
        }
        let Some(guideline_row) = row_of(META_GUIDELINE) else {
            missing(self, META_GUIDELINE);
            return None;
        };
        let id = self
            .text_at(s, guideline_row, 2, || msg!("workbook-what-guideline-id"))
            .trim()
            .to_string();
        if id.is_empty() {
            self.error(
                Code::MissingField,
                at(guideline_row),
                msg!("workbook-guideline-empty"),
            );
            return None;
        }
        let guideline = model::find(guidelines, &id).ok();
        if guideline.is_none() {
            self.error(
                Code::GuidelineMismatch,
                at(guideline_row),
                msg!(
                    "workbook-guideline-not-loaded",
                    id = quoted(&id),
                    available = model::loaded_ids(guidelines)
                ),
            );
            return None;
        }
        let version = row_of(META_VERSION)
            .map(|r| {
                self.text_at(s, r, 2, || msg!("workbook-what-guideline-version"))
                    .trim()
                    .to_string()
            })
            .unwrap_or_default();
        let language = match row_of(META_LANGUAGE) {
            Some(r) => {
                let l = self
                    .text_at(s, r, 2, || msg!("workbook-what-language"))
                    .trim()
                    .to_string();
                if let Some(message) = crate::answers::read::unknown_language(&l) {
                    self.warning(Code::UnknownLanguage, at(r), message);
                }
                l
            }
            None => String::new(),
        };
        // A scope that is not one is left unread: the visible sheets hold
        // the answers either way.
        let scope = row_of(META_SCOPE).and_then(|r| {
            model::Scope::parse(self.text_at(s, r, 2, || msg!("workbook-what-scope")).trim())
        });
        let kept = rows_of.get(META_KEPT).map(|rows| Kept {
            text: rows
                .iter()
                .map(|r| match s.sheet.get(*r, 2) {
                    Some(Cell {
                        value: Value::Text(t),
                        ..
                    }) => t,
                    _ => String::new(),
                })
                .collect(),
            at: at(rows[0]),
        });
        Some(HiddenSheet {
            id,
            version,
            language,
            scope,
            guideline,
            guideline_at: at(guideline_row),
            kept,
        })
    }

    /// Puts the entries kept from an answer file back where they were,
    /// beside what the visible sheets hold and never over it.
    pub(super) fn restore_kept(&mut self, a: &mut AnswerFile, kept: &Kept) {
        let at = &kept.at;
        let doc = match yaml::parse(&kept.text) {
            Ok(d) => d,
            Err(e) => {
                self.error(
                    Code::YamlSyntax,
                    at.clone(),
                    msg!(
                        "workbook-kept-not-yaml",
                        pos = e.pos.to_string(),
                        reason = e.message.to_string()
                    ),
                );
                return;
            }
        };
        let Some(top) = doc.root.as_map() else {
            return;
        };
        for (k, v) in top {
            let section = k.scalar_text().unwrap_or_default();
            match section.as_str() {
                "file" => {
                    let what = MsgArg::from(msg!("what-answer-file"));
                    let extra = self.admit(entries(v), TOP_KEYS, &[], &what, at);
                    a.extra = extra;
                }
                "network" => {
                    let what = MsgArg::from("`network`");
                    let extra = self.admit(entries(v), NETWORK_KEYS, &[], &what, at);
                    a.network.extra = extra;
                }
                "respondent" => {
                    let what = MsgArg::from("`respondent`");
                    let extra = self.admit(entries(v), RESPONDENT_KEYS, &[], &what, at);
                    a.respondent.extra = extra;
                }
                "participants" => self.restore_participants(a, v, at),
                "findings" => self.restore_findings(a, v, at),
                "answers" => self.restore_answers(a, v, at),
                _ => self.warning(
                    Code::UnknownKey,
                    at.clone(),
                    msg!("workbook-kept-unknown-section", section = quoted(&section)),
                ),
            }
        }
    }

    /// Kept entries of the answers, by criterion id: beside the row's
    /// level, reason, note and evidence, never instead of them.
    fn restore_answers(&mut self, a: &mut AnswerFile, v: &Node, at: &CellRef) {
        let mut index: HashMap<String, usize> = a
            .answers
            .iter()
            .enumerate()
            .map(|(i, e)| (e.criterion.clone(), i))
            .collect();
        for (id, extra) in entries(v) {
            let what = MsgArg::from(msg!("what-answer-to", id = quoted(&id)));
            let i = *index.entry(id.clone()).or_insert_with(|| {
                a.answers.push(Entry {
                    criterion: id.clone(),
                    pos: at.clone().into(),
                    answer: Answer::default(),
                });
                a.answers.len() - 1
            });
            // The reason too is the row's: an answer file's reason is text,
            // which the Reason cell shows, so the writer never keeps one.
            let present: Vec<String> = a.answers[i]
                .answer
                .extra
                .iter()
                .map(|(k, _)| k.clone())
                .collect();
            // The room's votes are kept here, the sheets having no column
            // for them.
            let mut kept = entries(&extra);
            if let Some(at_votes) = kept.iter().position(|(k, _)| k == "votes") {
                let (_, node) = kept.remove(at_votes);
                let (votes, problems) = crate::answers::votes_of(&node, &quoted(&id));
                for (_, code, message) in problems {
                    self.error(code, at.clone(), message);
                }
                a.answers[i].answer.votes = votes;
            }
            let extra = self.admit(kept, ANSWER_KEYS, &present, &what, at);
            a.answers[i].answer.extra.extend(extra);
        }
    }

    /// Kept entries of the findings, by area id.
    fn restore_findings(&mut self, a: &mut AnswerFile, v: &Node, at: &CellRef) {
        let mut index: HashMap<String, usize> = a
            .findings
            .iter()
            .enumerate()
            .map(|(i, f)| (f.area.clone(), i))
            .collect();
        for (area, extra) in entries(v) {
            let what = MsgArg::from(msg!("what-findings-of", area = quoted(&area)));
            let extra = self.admit(entries(&extra), FINDINGS_KEYS, &[], &what, at);
            match index.get(&area) {
                Some(&i) => a.findings[i].extra.extend(extra),
                None => {
                    index.insert(area.clone(), a.findings.len());
                    a.findings.push(AreaFindings {
                        area,
                        pos: at.clone().into(),
                        extra,
                        ..AreaFindings::default()
                    });
                }
            }
        }
    }

    /// Kept entries of the participants: a list of the people who have
    /// any, each named by name, agency and country and given to the row
    /// of that person, wherever it now stands. Workbooks written before
    /// numbered them by row instead (`1: {...}`), which is read as such.
    fn restore_participants(&mut self, a: &mut AnswerFile, v: &Node, at: &CellRef) {
        if let yaml::Value::Seq(items) = &v.value {
            let mut rows: HashMap<Identity, VecDeque<usize>> = HashMap::new();
            for (i, p) in a.participants.iter().enumerate() {
                let who = (p.name.clone(), p.agency.clone(), p.country.clone());
                rows.entry(who).or_default().push_back(i);
            }
            for item in items {
                let mut fields = entries(item);
                let mut take = |key: &str| {
                    fields
                        .iter()
                        .position(|(k, _)| k == key)
                        .and_then(|i| fields.remove(i).1.text())
                        .unwrap_or_default()
                };
                let who: Identity = (take("name"), take("agency"), take("country"));
                let extra = self.admit(
                    fields,
                    PARTICIPANT_KEYS,
                    &[],
                    &msg!("what-participant").into(),
                    at,
                );
                if extra.is_empty() {
                    continue;
                }
                match rows.get_mut(&who).and_then(VecDeque::pop_front) {
                    Some(i) => a.participants[i].extra.extend(extra),
                    // Someone with entries but no name, agency or country
                    // has no row: they come back as they were.
                    None if who.0.is_empty() && who.1.is_empty() && who.2.is_empty() => {
                        a.participants.push(Participant {
                            extra,
                            ..Participant::default()
                        });
                    }
                    None => {
                        let keys: Vec<String> = extra
                            .iter()
                            .map(|(k, _)| format!("`{}`", quoted(k)))
                            .collect();
                        self.warning(
                            Code::UnknownKey,
                            at.clone(),
                            msg!(
                                "workbook-participant-gone",
                                name = quoted(&who.0),
                                agency = quoted(&who.1),
                                country = quoted(&who.2),
                                keys = keys.join(", ")
                            ),
                        );
                    }
                }
            }
            return;
        }
        let kept = entries(v);
        // A participant the tool wrote is at most one past the rows and
        // the entries kept; a larger number is forged and would make the
        // list as long as it says.
        let most = a.participants.len() + kept.len();
        for (n, extra) in kept {
            let Some(i) = n.parse::<usize>().ok().filter(|i| (1..=most).contains(i)) else {
                self.warning(
                    Code::UnknownKey,
                    at.clone(),
                    msg!("workbook-participant-number", number = quoted(&n)),
                );
                continue;
            };
            if a.participants.len() < i {
                a.participants.resize_with(i, Participant::default);
            }
            let what = MsgArg::from(msg!("what-participant"));
            let extra = self.admit(entries(&extra), PARTICIPANT_KEYS, &[], &what, at);
            a.participants[i - 1].extra.extend(extra);
        }
    }

    /// The kept entries of one mapping that may be used: not a key the
    /// visible sheets hold (`known`), nor one already there (`present`).
    /// Each is warned about as an answer file's unknown key is; a clash
    /// is reported and left out, so that no key is written twice.
    fn admit(
        &mut self,
        kept: Extra,
        known: &[&str],
        present: &[String],
        what: &MsgArg,
        at: &CellRef,
    ) -> Extra {
        let mut out: Extra = Vec::with_capacity(kept.len());
        for (k, v) in kept {
            if known.contains(&k.as_str()) || present.contains(&k) {
                self.warning(
                    Code::DuplicateKey,
                    at.clone(),
                    msg!("workbook-kept-clash", key = quoted(&k), what = what.clone()),
                );
                continue;
            }
            self.warning(
                Code::UnknownKey,
                at.clone(),
                msg!("unknown-key-kept", key = quoted(&k), what = what.clone()),
            );
            out.push((k, v));
        }
        out
    }
}

/// The entries of a kept mapping (none for anything else).
fn entries(node: &Node) -> Extra {
    node.as_map()
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.scalar_text().unwrap_or_default(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}
