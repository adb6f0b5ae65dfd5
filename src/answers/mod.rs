//! Answer files: what they hold ([`AnswerFile`]), how they are read
//! (`read.rs`), checked against a guideline (`check.rs`) and written back
//! (`write.rs`), keeping everything the user wrote.
//!
//! An answer file stores ids and levels, never criteria text, so the same
//! file can be re-scored against a newer guideline or reported in another
//! language. Entries the tool does not know (a criterion the guideline no
//! longer has, a key the user added) are kept and written back as they were.

mod check;
mod migrate;
mod read;
pub(crate) mod store;
pub mod workbook;
mod write;

use std::sync::Arc;

pub(crate) use check::check_against;
pub(crate) use migrate::{Moved, migrate};
pub(crate) use read::{is_date, votes_of};
pub use read::{load_answers, parse_answers};
pub(crate) use workbook::{is_workbook_path, load_workbook, write_workbook_checked};
pub use workbook::{read_workbook, write_workbook};
pub use write::to_yaml;
pub use write::{SaveError, save_answers};
pub(crate) use write::{kept_out, votes_out as write_votes};

use crate::diagnostic::Diagnostic;
use crate::files::ReadError;
use crate::model::Guideline;
use crate::position::Location;
use crate::yaml::{Document, Node};

/// The answer file format this version reads and writes.
pub(crate) const ANSWERS_FORMAT: i64 = 1;

/// Entries a known mapping had that the tool does not use, kept as written.
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

/// How many people in a workshop room proposed each level (0 to 4) before
/// the room agreed on one (`votes: {2: 3, 3: 5}`, written by `wen-assess
/// serve`); all zero when the room did not propose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Votes(pub [u32; 5]);

impl Votes {
    /// True when nobody proposed a level.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|n| *n == 0)
    }

    /// The lowest and highest level proposed, if any was.
    pub fn range(&self) -> Option<(u8, u8)> {
        let proposed = |(level, n): (usize, &u32)| (*n > 0).then_some(level as u8);
        let low = self.0.iter().enumerate().find_map(proposed)?;
        let high = self.0.iter().enumerate().rev().find_map(proposed)?;
        Some((low, high))
    }

    /// True when the room was split: proposals two or more levels apart
    /// (neighbouring levels are the ordinary width of a discussion).
    pub fn split(&self) -> bool {
        self.range().is_some_and(|(low, high)| high - low >= 2)
    }
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
    /// The levels a workshop room proposed before agreeing on `response`.
    pub votes: Votes,
    /// Keys the user added (and a `reason` given with a level), kept.
    pub extra: Extra,
}

impl Answer {
    /// True when the answer holds nothing: no level or N/A, no note, no
    /// evidence, no votes, no key of its own.
    pub(crate) fn is_empty(&self) -> bool {
        self.response.is_none()
            && self.note.as_deref().is_none_or(str::is_empty)
            && self.evidence.is_empty()
            && self.votes.is_empty()
            && self.extra.is_empty()
    }
}

/// An answer with its criterion id and position in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The criterion id as written.
    pub criterion: String,
    /// Where the id stands: a line of an answer file, a cell of a
    /// workbook, or the whole file for entries made in memory.
    pub pos: Location,
    /// The answer.
    pub answer: Answer,
}

/// The network the assessment is about.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Network {
    /// Name, e.g. "Example Regional WEN".
    pub name: String,
    /// Region.
    pub region: String,
    /// Keys the user added.
    pub extra: Extra,
}

/// Who answered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Respondent {
    /// Name.
    pub name: String,
    /// Role, e.g. "Network coordinator".
    pub role: String,
    /// Country the answers speak for; `aggregate` keys on it.
    pub country: String,
    /// Keys the user added.
    pub extra: Extra,
}

/// Someone who took part in a workshop assessment.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Participant {
    /// Name.
    pub name: String,
    /// Agency, e.g. "Customs".
    pub agency: String,
    /// Country.
    pub country: String,
    /// Keys the user added.
    pub extra: Extra,
}

/// What a workshop agreed about one area, in words.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AreaFindings {
    /// Area id.
    pub area: String,
    /// Where the id stands.
    pub pos: Location,
    /// What works.
    pub strengths: String,
    /// What does not.
    pub challenges: String,
    /// What the members agreed to do first.
    pub priorities: String,
    /// Keys the user added.
    pub extra: Extra,
}

impl AreaFindings {
    /// True when nothing was written.
    pub(crate) fn is_empty(&self) -> bool {
        self.strengths.trim().is_empty()
            && self.challenges.trim().is_empty()
            && self.priorities.trim().is_empty()
    }
}

/// The text a file was read from, kept so that saving changes only what
/// changed. It is presentation, not content: two answer files with the same
/// content are equal whatever their source.
#[derive(Debug, Clone, Default)]
pub struct Source(pub Option<Arc<SourceText>>);

/// A file's text and its parsed tree.
#[derive(Debug)]
pub struct SourceText {
    /// The text as read.
    pub text: String,
    /// Its tree.
    pub doc: Document,
}

impl PartialEq for Source {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// A whole answer file.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerFile {
    /// Guideline id, e.g. `strengthening`.
    pub guideline: String,
    /// Guideline version the answers were given against.
    pub guideline_version: String,
    /// Network name and region.
    pub network: Network,
    /// Respondent name, role and country.
    pub respondent: Respondent,
    /// Date of the assessment, `YYYY-MM-DD`.
    pub date: String,
    /// Language of the interface and reports, e.g. `en`.
    pub language: String,
    /// Whom the answers speak for: the network as a whole, or one member
    /// state (the respondent's country) about itself; `None` when the file
    /// does not say (read as the network's).
    pub scope: Option<crate::model::Scope>,
    /// Per-area target overrides, with positions.
    pub targets: Vec<(String, u8, Location)>,
    /// Who took part, when the assessment was a workshop.
    pub participants: Vec<Participant>,
    /// Findings agreed per area, in file order.
    pub findings: Vec<AreaFindings>,
    /// Answers in file order.
    pub answers: Vec<Entry>,
    /// Top-level keys the user added.
    pub extra: Extra,
    /// The text the file was read from, if it was read from one.
    pub source: Source,
}

impl AnswerFile {
    /// A new, empty answer file for a guideline.
    pub(crate) fn new(guideline: &Guideline, date: &str) -> Self {
        AnswerFile {
            guideline: guideline.id.clone(),
            guideline_version: guideline.version.clone(),
            network: Network::default(),
            respondent: Respondent::default(),
            date: date.to_string(),
            language: "en".to_string(),
            scope: None,
            targets: Vec::new(),
            participants: Vec::new(),
            findings: Vec::new(),
            answers: Vec::new(),
            extra: Vec::new(),
            source: Source::default(),
        }
    }

    /// Whom the answers speak for: the file's `scope`, else the network.
    pub(crate) fn speaks_for(&self) -> crate::model::Scope {
        self.scope.unwrap_or_default()
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
                pos: Location::File,
                answer,
            }),
        }
    }

    /// The findings recorded for an area, if any.
    pub fn findings_of(&self, area: &str) -> Option<&AreaFindings> {
        self.findings.iter().find(|f| f.area == area)
    }

    /// Records the findings of an area, keeping its place in the file.
    pub(crate) fn set_findings(&mut self, findings: AreaFindings) {
        match self.findings.iter_mut().find(|f| f.area == findings.area) {
            Some(f) => {
                let extra = std::mem::take(&mut f.extra);
                *f = AreaFindings { extra, ..findings };
            }
            None => self.findings.push(findings),
        }
    }

    /// The target of an area: the file's override, else the guideline's.
    pub(crate) fn target(&self, guideline: &Guideline, area: &str) -> u8 {
        self.targets
            .iter()
            .find(|(a, _, _)| a == area)
            .map_or(guideline.target, |(_, t, _)| *t)
    }
}

/// Why an answer file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum AnswersError {
    /// The file could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The file has errors.
    #[error("{}", .0.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Diagnostic>),
    /// Saving failed; the previous file is untouched.
    #[error(transparent)]
    Save(#[from] SaveError),
}

impl AnswersError {
    /// The error in the catalogues' words (`None` for findings, which speak
    /// for themselves).
    pub(crate) fn msg(&self) -> Option<crate::i18n::Msg> {
        match self {
            AnswersError::Read(e) => Some(e.msg()),
            AnswersError::Invalid(_) => None,
            AnswersError::Save(e) => Some(e.msg()),
        }
    }

    /// The error as a reader of `t`'s language sees it: the catalogue's
    /// words, or the file's errors in that language, one per line.
    pub(crate) fn render(&self, t: &crate::i18n::Tr) -> String {
        match (self.msg(), self) {
            (Some(m), _) => m.render(t),
            (None, AnswersError::Invalid(ds)) => ds
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.render(t))
                .collect::<Vec<_>>()
                .join("\n"),
            (None, other) => other.to_string(),
        }
    }
}

/// A name (a country, a person, a network) in the form two spellings that
/// people read as the same share: Unicode NFC (so "Côte" typed with a
/// combining accent on one system and a precomposed one on another match),
/// lower case, typographic apostrophes as `'`, runs of spaces as one, no
/// spaces at the ends.
pub(crate) fn name_key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.nfc().flat_map(char::to_lowercase).map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02bc}' | '\u{00b4}' | '\u{2032}' => '\'',
            c => c,
        }));
    }
    out
}

/// True when two names read the same (see [`name_key`]).
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// `YYYY-MM-DD` for a count of days since 1970-01-01, in the proleptic
/// Gregorian calendar spreadsheets use: today's date for a new answer file,
/// and the dates stored in workbooks (Howard Hinnant's days-to-civil).
pub fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_as_people_read_them() {
        let nfd = "Co\u{302}te d'Ivoire";
        assert_ne!(nfd, "Côte d'Ivoire");
        assert!(same_name(nfd, "Côte d'Ivoire"));
        assert!(same_name("  côte  D\u{2019}IVOIRE ", "Côte d'Ivoire"));
        assert!(same_name("São Tomé", "SA\u{303}O TOME\u{301}"));
        assert!(!same_name("Niger", "Nigeria"));
        assert_eq!(name_key(""), "");
    }
}
