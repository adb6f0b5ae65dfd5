//! Findings about a file: what, where, how bad.
//!
//! Where a finding stands is a [`Location`] (`position.rs`): a line and
//! column of a text file, computed once by the YAML reader, or a cell of a
//! workbook, named by the workbook reader; everything else only carries
//! them. The human form is `file:line:col: error[code]: message`, the form
//! compilers use, so editors and CI logs can jump to it; a cell is named as
//! spreadsheets name it, `country.xlsx:Answers!F12: error[code]: message`.

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::position::Location;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file cannot be used as it is.
    Error,
    /// The file can be used, but something deserves a look.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A finding's stable code, written in kebab-case (`duplicate-id`).
/// `docs/diagnostics.md` lists every code with its meaning; a test keeps the
/// two in step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// An answer file given to `validate` (score it instead)
    NotAGuideline,
    /// Not valid YAML, empty, nested deeper than 32 levels, or expanding to too many values
    YamlSyntax,
    /// A key twice in one mapping, also through a merge key `<<`
    DuplicateKey,
    /// A key the format does not have (typo; a key one or two letters away is suggested)
    UnknownKey,
    /// A required key is missing
    MissingField,
    /// E.g. text where a list is expected
    WrongType,
    /// `format` other than 1
    UnsupportedFormat,
    /// An id not in kebab-case, or a criterion id not `<area>.<name>`
    InvalidId,
    /// `version` not `MAJOR.MINOR.PATCH`
    InvalidVersion,
    /// A declared language that is not a two-letter code
    InvalidLanguage,
    /// An area, criterion, reference, language or scale level twice
    DuplicateId,
    /// A text without one of the declared languages
    MissingTranslation,
    /// A blank text
    EmptyText,
    /// A text in a language the file does not declare
    UndeclaredLanguage,
    /// A text holding a control character other than a line feed (a CR, ESC, or a bidirectional override such as U+202E)
    ControlCharacter,
    /// The scale lacks a level 0-4 or has one outside it
    InvalidScale,
    /// `target` outside 0-4
    InvalidTarget,
    /// `areas` is empty
    NoAreas,
    /// An area without criteria
    EmptyArea,
    /// A weight not above 0 (or over 100)
    InvalidWeight,
    /// A criterion without a descriptor for one of the levels 0-4
    MissingLevel,
    /// A descriptor for a level outside 0-4
    InvalidLevel,
    /// No next step for one of the levels 0-3
    MissingNextStep,
    /// A next step for level 4 or outside 0-3
    InvalidNextStep,
    /// A criterion names a reference not in `references`
    UnresolvedReference,
    /// A reference no criterion names
    UnusedReference,
    /// A reference URL not starting with `http://` or `https://`
    InvalidUrl,
    /// `derived-from` names a part other than 1 or 2, or a category other than the five areas
    InvalidDerivedFrom,
    /// A `replaces` entry that is not an `<area>.<name>` id, or a criterion replacing itself
    InvalidReplaces,
    /// A criterion replaces an id that is still a criterion of the file
    ReplacesCurrent,
    /// Two criteria replace the same old id
    ReplacesClaimedTwice,
    /// `replaces` links that lead back to where they start
    ReplacesCycle,
    /// A criterion `scope` other than `network` or `member`
    InvalidScope,
    /// A criterion without `scope` (taken as `network`)
    MissingScope,
    /// A member-scope criterion without the `member:` texts a member state answers
    MissingMemberTexts,
    /// `member:` texts on a network-scope criterion (not used)
    UnusedMemberTexts,
    /// A criterion weighing other than 1 without `weight-reason`
    MissingWeightReason,
    /// A valid file with the id and version of a built-in guideline but other content
    ReusedBuiltinVersion,
    /// `--against`: a criterion of the old version gone with no `replaces:` naming it (a warning when the major version grows)
    RemovedCriterion,
    /// `--against`: criteria added, removed or renamed without a higher version, or a version lower than the old one
    VersionNotRaised,
    /// `--against`: a scope, weight or level texts changed under the same version
    UnversionedChange,
    /// `--against`: the two versions have different guideline ids
    ChangedGuidelineId,
    /// A guideline file given where answers are expected
    NotAnswers,
    /// `level: na` without a `reason:`
    NaWithoutReason,
    /// A `reason:` beside a level (kept, not used)
    ReasonWithoutNa,
    /// `date` not `YYYY-MM-DD`
    InvalidDate,
    /// A `language` the tool has no catalogue for
    UnknownLanguage,
    /// Answers for another guideline than the one scoring them
    GuidelineMismatch,
    /// Answers given against another version of the guideline
    GuidelineVersion,
    /// An answer to a criterion the guideline does not have (kept, listed in reports)
    UnknownCriterion,
    /// A member state's file answering a network-scope criterion (kept, not scored)
    NetworkScopeAnswer,
    /// A target for an area the guideline does not have
    UnknownArea,
    /// An answer given under an id a newer guideline replaced, moved to its new criterion
    MigratedAnswer,
    /// An answer under a replaced id whose new criterion is answered already (kept, not scored)
    MigrationConflict,
    /// A file given as a workbook that is not one: not a zip archive (a CSV or a YAML file renamed), an Excel 97-2003 or password-protected file, a damaged archive, or another kind of document
    NotAWorkbook,
    /// A workbook whose parts would expand beyond what a workbook can need (a zip bomb, or cells repeated millions of times), refused before decompressing
    ZipBomb,
    /// A sheet of the workbook (Answers, Workshop or the hidden `wen-assess` sheet) deleted or renamed
    MissingSheet,
    /// The Answers or Workshop sheet is hidden, or several sheets go by its name (a copy such as `Answers (2)`); the message says which one is read
    AmbiguousSheet,
    /// A column the reader needs (ID, Level, Reason, Note, Evidence, or one of the Workshop tables) deleted or its header renamed
    MissingColumn,
    /// A formula where an answer is expected (a level, a note, a target...)
    FormulaInCell,
    /// Merged cells in a sheet the reader reads
    MergedCells,
    /// An answer file past a limit no real one reaches (answers, evidence items, participants, unknown keys, text length)
    LimitExceeded,
    /// A workbook that looks open in a spreadsheet program (its lock file is beside it): changes not saved there are not read
    WorkbookOpen,
}

impl Code {
    /// Every code, in the order `docs/diagnostics.md` lists them.
    pub(crate) const ALL: &'static [Code] = &[
        Code::NotAGuideline,
        Code::YamlSyntax,
        Code::DuplicateKey,
        Code::UnknownKey,
        Code::MissingField,
        Code::WrongType,
        Code::UnsupportedFormat,
        Code::InvalidId,
        Code::InvalidVersion,
        Code::InvalidLanguage,
        Code::DuplicateId,
        Code::MissingTranslation,
        Code::EmptyText,
        Code::UndeclaredLanguage,
        Code::ControlCharacter,
        Code::InvalidScale,
        Code::InvalidTarget,
        Code::NoAreas,
        Code::EmptyArea,
        Code::InvalidWeight,
        Code::MissingLevel,
        Code::InvalidLevel,
        Code::MissingNextStep,
        Code::InvalidNextStep,
        Code::UnresolvedReference,
        Code::UnusedReference,
        Code::InvalidUrl,
        Code::InvalidDerivedFrom,
        Code::InvalidReplaces,
        Code::ReplacesCurrent,
        Code::ReplacesClaimedTwice,
        Code::ReplacesCycle,
        Code::InvalidScope,
        Code::MissingScope,
        Code::MissingMemberTexts,
        Code::UnusedMemberTexts,
        Code::MissingWeightReason,
        Code::ReusedBuiltinVersion,
        Code::RemovedCriterion,
        Code::VersionNotRaised,
        Code::UnversionedChange,
        Code::ChangedGuidelineId,
        Code::NotAnswers,
        Code::NaWithoutReason,
        Code::ReasonWithoutNa,
        Code::InvalidDate,
        Code::UnknownLanguage,
        Code::GuidelineMismatch,
        Code::GuidelineVersion,
        Code::UnknownCriterion,
        Code::NetworkScopeAnswer,
        Code::UnknownArea,
        Code::MigratedAnswer,
        Code::MigrationConflict,
        Code::NotAWorkbook,
        Code::ZipBomb,
        Code::MissingSheet,
        Code::AmbiguousSheet,
        Code::MissingColumn,
        Code::FormulaInCell,
        Code::MergedCells,
        Code::LimitExceeded,
        Code::WorkbookOpen,
    ];

    /// The code as written in findings.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Code::NotAGuideline => "not-a-guideline",
            Code::YamlSyntax => "yaml-syntax",
            Code::DuplicateKey => "duplicate-key",
            Code::UnknownKey => "unknown-key",
            Code::MissingField => "missing-field",
            Code::WrongType => "wrong-type",
            Code::UnsupportedFormat => "unsupported-format",
            Code::InvalidId => "invalid-id",
            Code::InvalidVersion => "invalid-version",
            Code::InvalidLanguage => "invalid-language",
            Code::DuplicateId => "duplicate-id",
            Code::MissingTranslation => "missing-translation",
            Code::EmptyText => "empty-text",
            Code::UndeclaredLanguage => "undeclared-language",
            Code::ControlCharacter => "control-character",
            Code::InvalidScale => "invalid-scale",
            Code::InvalidTarget => "invalid-target",
            Code::NoAreas => "no-areas",
            Code::EmptyArea => "empty-area",
            Code::InvalidWeight => "invalid-weight",
            Code::MissingLevel => "missing-level",
            Code::InvalidLevel => "invalid-level",
            Code::MissingNextStep => "missing-next-step",
            Code::InvalidNextStep => "invalid-next-step",
            Code::UnresolvedReference => "unresolved-reference",
            Code::UnusedReference => "unused-reference",
            Code::InvalidUrl => "invalid-url",
            Code::InvalidDerivedFrom => "invalid-derived-from",
            Code::InvalidReplaces => "invalid-replaces",
            Code::ReplacesCurrent => "replaces-current",
            Code::ReplacesClaimedTwice => "replaces-claimed-twice",
            Code::ReplacesCycle => "replaces-cycle",
            Code::InvalidScope => "invalid-scope",
            Code::MissingScope => "missing-scope",
            Code::MissingMemberTexts => "missing-member-texts",
            Code::UnusedMemberTexts => "unused-member-texts",
            Code::MissingWeightReason => "missing-weight-reason",
            Code::ReusedBuiltinVersion => "reused-builtin-version",
            Code::RemovedCriterion => "removed-criterion",
            Code::VersionNotRaised => "version-not-raised",
            Code::UnversionedChange => "unversioned-change",
            Code::ChangedGuidelineId => "changed-guideline-id",
            Code::NotAnswers => "not-answers",
            Code::NaWithoutReason => "na-without-reason",
            Code::ReasonWithoutNa => "reason-without-na",
            Code::InvalidDate => "invalid-date",
            Code::UnknownLanguage => "unknown-language",
            Code::GuidelineMismatch => "guideline-mismatch",
            Code::GuidelineVersion => "guideline-version",
            Code::UnknownCriterion => "unknown-criterion",
            Code::NetworkScopeAnswer => "network-scope-answer",
            Code::UnknownArea => "unknown-area",
            Code::MigratedAnswer => "migrated-answer",
            Code::MigrationConflict => "migration-conflict",
            Code::NotAWorkbook => "not-a-workbook",
            Code::ZipBomb => "zip-bomb",
            Code::MissingSheet => "missing-sheet",
            Code::AmbiguousSheet => "ambiguous-sheet",
            Code::MissingColumn => "missing-column",
            Code::FormulaInCell => "formula-in-cell",
            Code::MergedCells => "merged-cells",
            Code::LimitExceeded => "limit-exceeded",
            Code::WorkbookOpen => "workbook-open",
        }
    }
}

impl Code {
    /// The code written `name`, if there is one.
    pub(crate) fn parse(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }

    /// The codes close to a name that is none, closest first: a few edits
    /// away (`mising-scope`), or holding it as a word (`scope`).
    pub(crate) fn close_to(name: &str) -> Vec<Code> {
        let name = name.trim().to_ascii_lowercase();
        let mut close: Vec<(usize, Code)> = Code::ALL
            .iter()
            .filter_map(|c| {
                let distance = crate::tree_reader::edit_distance(&name, c.as_str());
                if distance <= 3 {
                    Some((distance, *c))
                } else if !name.is_empty()
                    && (c.as_str().split('-').any(|w| w == name) || c.as_str().contains(&name))
                {
                    Some((4, *c))
                } else {
                    None
                }
            })
            .collect();
        close.sort();
        close.into_iter().take(5).map(|(_, c)| c).collect()
    }

    /// True for the codes `validate` reports as warnings: the ones
    /// `--allow` silences. A new warning of guideline files joins here and
    /// in the table of `docs/diagnostics.md` (a test compares the two).
    pub(crate) fn warns_in_guidelines(self) -> bool {
        matches!(
            self,
            Code::UndeclaredLanguage
                | Code::UnusedReference
                | Code::MissingScope
                | Code::UnusedMemberTexts
                | Code::MissingWeightReason
                | Code::InvalidDate
                | Code::ReusedBuiltinVersion
                | Code::RemovedCriterion
                | Code::UnversionedChange
                | Code::ChangedGuidelineId
        )
    }
}

/// The codes `validate` reports as warnings, comma-separated, for messages.
fn warning_codes() -> String {
    let codes: Vec<&str> = Code::ALL
        .iter()
        .filter(|c| c.warns_in_guidelines())
        .map(|c| c.as_str())
        .collect();
    codes.join(", ")
}

/// Why a value given on the command line (a code for `--allow` or
/// `--deny`, a port, an address) was refused: a catalogue message, which
/// the command line's errors show in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CodeError(pub crate::i18n::Msg);

impl fmt::Display for CodeError {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl std::error::Error for CodeError {}

fn unknown_code(name: &str) -> CodeError {
    let close: Vec<&str> = Code::close_to(name).iter().map(|c| c.as_str()).collect();
    let name = crate::escape::controls(&quoted(name));
    CodeError(if close.is_empty() {
        crate::msg!(
            "help-reason-unknown-code",
            code = name,
            codes = warning_codes()
        )
    } else {
        crate::msg!(
            "help-reason-unknown-code-close",
            code = name,
            codes = close.join(", ")
        )
    })
}

/// Reads the code given to `--deny`: any code there is.
pub(crate) fn parse_code(name: &str) -> Result<Code, CodeError> {
    Code::parse(name).ok_or_else(|| unknown_code(name))
}

/// Reads the code given to `--allow`: a code of a warning, since an error
/// means the file cannot be used, and a CI step that allowed one would pass
/// a file every command then refuses.
pub(crate) fn parse_allowed_code(name: &str) -> Result<Code, CodeError> {
    let code = parse_code(name)?;
    if code.warns_in_guidelines() {
        Ok(code)
    } else {
        Err(CodeError(crate::msg!(
            "help-reason-error-code",
            code = code.as_str(),
            codes = warning_codes()
        )))
    }
}

/// Reads `serve --port`: a whole number from 0 (a free port) to 65535,
/// refused in the catalogue's words.
pub(crate) fn parse_port(text: &str) -> Result<u16, CodeError> {
    text.trim()
        .parse::<u16>()
        .map_err(|_| CodeError(crate::msg!("help-reason-port")))
}

/// Reads `template --date`: a date written YYYY-MM-DD, as answer files
/// hold it (a template with another date would warn at every command).
pub(crate) fn parse_date(text: &str) -> Result<String, CodeError> {
    let text = text.trim();
    if crate::answers::is_date(text) {
        Ok(text.to_string())
    } else {
        Err(CodeError(crate::msg!("help-reason-date")))
    }
}

/// Reads `serve --listen`: an IP address (a host name is not resolved, so
/// that the address listened on is the one the room is told).
pub(crate) fn parse_address(text: &str) -> Result<std::net::IpAddr, CodeError> {
    text.trim()
        .parse()
        .map_err(|_| CodeError(crate::msg!("help-reason-address")))
}

/// What `--allow` and `--deny` make of findings.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Policy {
    /// Warnings with these codes are not shown.
    pub allow: Vec<Code>,
    /// Warnings with these codes are errors.
    pub deny: Vec<Code>,
}

impl Policy {
    /// The findings to show, and how many warnings were silenced.
    pub(crate) fn apply(&self, diagnostics: Vec<Diagnostic>) -> (Vec<Diagnostic>, usize) {
        let before = diagnostics.len();
        let kept: Vec<Diagnostic> = diagnostics
            .into_iter()
            .filter(|d| d.is_error() || !self.allow.contains(&d.code))
            .map(|d| {
                if self.deny.contains(&d.code) {
                    Diagnostic {
                        severity: Severity::Error,
                        ..d
                    }
                } else {
                    d
                }
            })
            .collect();
        let silenced = before - kept.len();
        (kept, silenced)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One finding with a stable kebab-case code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code, e.g. `duplicate-id`.
    pub code: Code,
    /// The file as the user named it: always a path, never a cell.
    pub file: String,
    /// Where in the file.
    pub location: Location,
    /// One-line explanation.
    pub message: Message,
}

/// What a finding says: text (the checks of guideline files, written for
/// their authors in English), or a catalogue message shown in the reader's
/// language (findings about answer files and workbooks, read by focal
/// points).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Text as it is.
    Text(String),
    /// A message of the catalogues.
    Localized(crate::i18n::Msg),
}

impl Message {
    /// The message in `t`'s language (text as it is).
    pub(crate) fn render(&self, t: &crate::i18n::Tr) -> String {
        match self {
            Message::Text(s) => s.clone(),
            Message::Localized(m) => m.render(t),
        }
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Message::Text(s) => f.write_str(s),
            Message::Localized(m) => write!(f, "{m}"),
        }
    }
}

impl From<String> for Message {
    fn from(s: String) -> Self {
        Message::Text(s)
    }
}

impl From<&str> for Message {
    fn from(s: &str) -> Self {
        Message::Text(s.to_string())
    }
}

impl From<crate::i18n::Msg> for Message {
    fn from(m: crate::i18n::Msg) -> Self {
        Message::Localized(m)
    }
}

impl Diagnostic {
    /// An error at a location (a [`Pos`] of a text file, a cell of a
    /// workbook, or [`Location::File`]).
    pub(crate) fn error(
        code: Code,
        file: &str,
        at: impl Into<Location>,
        message: impl Into<Message>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_string(),
            location: at.into(),
            message: message.into(),
        }
    }

    /// A warning at a location.
    pub(crate) fn warning(
        code: Code,
        file: &str,
        at: impl Into<Location>,
        message: impl Into<Message>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, at, message)
        }
    }

    /// The line and column of a finding in a text file; `None` for a cell
    /// or the whole file.
    #[cfg(test)]
    pub(crate) fn pos(&self) -> Option<crate::position::Pos> {
        match self.location {
            Location::Text(pos) => Some(pos),
            _ => None,
        }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// JSON (`validate --format json`): `file` is the path; a finding in a
/// text file has `line` and `column` (both 0 for the whole file, as ever),
/// one in a workbook `sheet` and `cell` (`"F12"`).
impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("severity", &self.severity)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("file", &self.file)?;
        match &self.location {
            Location::File => {
                map.serialize_entry("line", &0)?;
                map.serialize_entry("column", &0)?;
            }
            Location::Text(pos) => {
                map.serialize_entry("line", &pos.line)?;
                map.serialize_entry("column", &pos.col)?;
            }
            Location::Cell(cell) => {
                map.serialize_entry("sheet", &*cell.sheet)?;
                map.serialize_entry("cell", &cell.name())?;
            }
        }
        map.serialize_entry("message", &self.message.to_string())?;
        map.end()
    }
}

impl Diagnostic {
    /// The finding as a line, its message in `t`'s language: the position,
    /// the severity and the code stay as they are in every language, so
    /// editors and CI logs read them the same.
    pub(crate) fn render(&self, t: &crate::i18n::Tr) -> String {
        // File names, sheet names and messages may quote what a file holds:
        // shown escaped, they cannot act on a terminal or forge a line.
        let file = crate::escape::controls(&self.file);
        let at = match &self.location {
            Location::File => format!("{file}: "),
            Location::Text(pos) => format!("{file}:{}:{}: ", pos.line, pos.col),
            Location::Cell(cell) => {
                format!("{file}:{}: ", crate::escape::controls(&cell.to_string()))
            }
        };
        format!(
            "{at}{}[{}]: {}",
            self.severity,
            self.code,
            crate::escape::controls(&self.message.render(t))
        )
    }
}

impl fmt::Display for Diagnostic {
    /// In English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&crate::i18n::Tr::new("en")))
    }
}

/// Sorts findings by file, then location (the whole file, then lines, then
/// cells by sheet, row and column), then code, so output is stable.
pub(crate) fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| (&a.file, &a.location, a.code).cmp(&(&b.file, &b.location, b.code)));
}

/// Characters of a value a message quotes: enough to recognise it, and a
/// line of a terminal at most.
pub(crate) const QUOTED_CHARS: usize = 80;

/// A value as a message quotes it: whole when it is short, else its first
/// [`QUOTED_CHARS`] characters and `…`, so that a cell or a scalar of
/// megabytes gives a message of one line.
pub(crate) fn quoted(value: &str) -> Cow<'_, str> {
    match value.char_indices().nth(QUOTED_CHARS) {
        None => Cow::Borrowed(value),
        Some((end, _)) => Cow::Owned(format!("{}…", &value[..end])),
    }
}

/// Counts the errors among findings.
pub(crate) fn error_count(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::position::{CellRef, Pos};

    #[test]
    fn every_code_is_unique_and_in_a_table_of_the_docs() {
        let docs = include_str!("../docs/diagnostics.md");
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert!(
                docs.contains(&format!("| `{code}` |")),
                "{code} is not in a code table of docs/diagnostics.md"
            );
        }
    }

    #[test]
    fn human_form_matches_compilers() {
        let d = Diagnostic::error(Code::DuplicateId, "g.yaml", Pos::new(3, 7), "id `a` again");
        assert_eq!(
            d.to_string(),
            "g.yaml:3:7: error[duplicate-id]: id `a` again"
        );
        let w = Diagnostic::warning(Code::UnusedReference, "g.yaml", Pos::default(), "x");
        assert_eq!(w.to_string(), "g.yaml: warning[unused-reference]: x");
    }

    fn answers_cell(row: u32, col: u32) -> CellRef {
        CellRef {
            sheet_index: 1,
            sheet: "Answers".into(),
            row,
            col,
        }
    }

    #[test]
    fn a_cell_is_named_after_the_file_and_kept_apart_from_it() {
        let d = Diagnostic::error(Code::InvalidLevel, "c.xlsx", answers_cell(12, 6), "x");
        assert_eq!(d.to_string(), "c.xlsx:Answers!F12: error[invalid-level]: x");
        assert_eq!(d.file, "c.xlsx");
        assert_eq!(d.pos(), None);
        assert_eq!(
            serde_json::to_value(&d).unwrap(),
            serde_json::json!({
                "severity": "error",
                "code": "invalid-level",
                "file": "c.xlsx",
                "sheet": "Answers",
                "cell": "F12",
                "message": "x",
            })
        );
        let whole = Diagnostic::error(Code::NotAWorkbook, "c.xlsx", Location::File, "y");
        assert_eq!(
            serde_json::to_value(&whole).unwrap()["line"],
            serde_json::json!(0)
        );
        // A sheet name holding a control character cannot act on a terminal.
        let odd = CellRef {
            sheet: "A\u{1b}[2J".into(),
            ..answers_cell(1, 1)
        };
        let d = Diagnostic::warning(Code::MergedCells, "c.xlsx", odd, "z");
        assert_eq!(
            d.to_string(),
            "c.xlsx:'A\\e[2J'!A1: warning[merged-cells]: z"
        );
    }

    #[test]
    fn quoted_values_are_cut_at_characters() {
        assert_eq!(quoted("short"), "short");
        let long = "é".repeat(QUOTED_CHARS + 1);
        let cut = quoted(&long);
        assert_eq!(cut.chars().count(), QUOTED_CHARS + 1);
        assert!(cut.ends_with("é…"));
        assert_eq!(quoted(&"x".repeat(QUOTED_CHARS)).len(), QUOTED_CHARS);
    }

    /// The codes `--allow` takes are the warnings `docs/diagnostics.md`
    /// gives for guideline files: the `warning` rows of its first table,
    /// the error that turns into a warning, and `invalid-date`, listed with
    /// answer files and named below the table.
    #[test]
    fn allow_takes_the_warnings_the_docs_give_for_guideline_files() {
        let docs = include_str!("../docs/diagnostics.md");
        let section = docs
            .split("## Guideline files")
            .nth(1)
            .and_then(|s| s.split("\n## ").next())
            .expect("a section on guideline files");
        let mut documented: Vec<&str> = section
            .lines()
            .filter_map(|l| {
                let rest = l.strip_prefix("| `")?;
                let (code, rest) = rest.split_once("` | ")?;
                (rest.starts_with("warning |") || rest.contains("(a warning when")).then_some(code)
            })
            .collect();
        assert!(section.contains("`invalid-date` (a warning)"));
        documented.push("invalid-date");
        documented.sort_unstable();
        let mut allowed: Vec<&str> = Code::ALL
            .iter()
            .filter(|c| c.warns_in_guidelines())
            .map(|c| c.as_str())
            .collect();
        allowed.sort_unstable();
        assert_eq!(documented, allowed);
    }

    #[test]
    fn unknown_codes_are_refused_with_the_close_ones() {
        assert_eq!(parse_code("missing-scope"), Ok(Code::MissingScope));
        assert_eq!(
            parse_code("mising-scope").map_err(|e| e.to_string()),
            Err("no finding has the code `mising-scope`; close codes: missing-scope".into())
        );
        assert_eq!(
            parse_code("scope").map_err(|e| e.to_string()),
            Err("no finding has the code `scope`; close codes: invalid-scope, missing-scope, network-scope-answer".into())
        );
        assert!(
            parse_code("zzzzzzzzzzzz")
                .unwrap_err()
                .to_string()
                .starts_with("no finding has the code `zzzzzzzzzzzz`; the codes of warnings are: undeclared-language, unused-reference, ")
        );
        assert_eq!(parse_allowed_code("missing-scope"), Ok(Code::MissingScope));
        assert!(
            parse_allowed_code("duplicate-id")
                .unwrap_err()
                .to_string()
                .starts_with("`duplicate-id` is an error, and --allow silences warnings only; the codes of warnings are: ")
        );
    }

    /// `--allow` drops warnings of its codes and counts them, never errors
    /// (a code can be both: `removed-criterion`); `--deny` makes warnings errors.
    #[test]
    fn policy_silences_warnings_and_denies_them() {
        let at = Pos::new(1, 1);
        let found = vec![
            Diagnostic::warning(Code::MissingScope, "g.yaml", at, "a"),
            Diagnostic::warning(Code::RemovedCriterion, "g.yaml", at, "b"),
            Diagnostic::error(Code::RemovedCriterion, "g.yaml", at, "c"),
            Diagnostic::warning(Code::UnusedReference, "g.yaml", at, "d"),
        ];
        let policy = Policy {
            allow: vec![Code::MissingScope, Code::RemovedCriterion],
            deny: vec![Code::UnusedReference],
        };
        let (kept, silenced) = policy.apply(found);
        let shown: Vec<String> = kept.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown,
            [
                "g.yaml:1:1: error[removed-criterion]: c",
                "g.yaml:1:1: error[unused-reference]: d"
            ]
        );
        assert_eq!(silenced, 2);
    }

    /// The tables of codes in `docs/diagnostics.md` (`| `code` | error |`
    /// rows) list exactly the codes the program has, each once, in the order of
    /// [`Code::ALL`], which names every variant.
    #[test]
    fn the_docs_tables_list_every_code() {
        let docs = include_str!("../docs/diagnostics.md");
        let listed: Vec<&str> = docs
            .lines()
            .filter_map(|l| {
                let rest = l.strip_prefix("| `")?;
                let (code, rest) = rest.split_once("` | ")?;
                (rest.starts_with("error |") || rest.starts_with("warning |")).then_some(code)
            })
            .collect();
        let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(listed, known);
        // A new variant does not compile here until it is listed below: the
        // reminder to add it to ALL, and so to docs/diagnostics.md.
        for code in Code::ALL {
            match code {
                Code::NotAGuideline
                | Code::YamlSyntax
                | Code::DuplicateKey
                | Code::UnknownKey
                | Code::MissingField
                | Code::WrongType
                | Code::UnsupportedFormat
                | Code::InvalidId
                | Code::InvalidVersion
                | Code::InvalidLanguage
                | Code::DuplicateId
                | Code::MissingTranslation
                | Code::EmptyText
                | Code::UndeclaredLanguage
                | Code::ControlCharacter
                | Code::InvalidScale
                | Code::InvalidTarget
                | Code::NoAreas
                | Code::EmptyArea
                | Code::InvalidWeight
                | Code::MissingLevel
                | Code::InvalidLevel
                | Code::MissingNextStep
                | Code::InvalidNextStep
                | Code::UnresolvedReference
                | Code::UnusedReference
                | Code::InvalidUrl
                | Code::InvalidDerivedFrom
                | Code::InvalidReplaces
                | Code::ReplacesCurrent
                | Code::ReplacesClaimedTwice
                | Code::ReplacesCycle
                | Code::InvalidScope
                | Code::MissingScope
                | Code::MissingMemberTexts
                | Code::UnusedMemberTexts
                | Code::MissingWeightReason
                | Code::ReusedBuiltinVersion
                | Code::RemovedCriterion
                | Code::VersionNotRaised
                | Code::UnversionedChange
                | Code::ChangedGuidelineId
                | Code::NotAnswers
                | Code::NaWithoutReason
                | Code::ReasonWithoutNa
                | Code::InvalidDate
                | Code::UnknownLanguage
                | Code::GuidelineMismatch
                | Code::GuidelineVersion
                | Code::UnknownCriterion
                | Code::NetworkScopeAnswer
                | Code::UnknownArea
                | Code::MigratedAnswer
                | Code::MigrationConflict
                | Code::NotAWorkbook
                | Code::ZipBomb
                | Code::MissingSheet
                | Code::AmbiguousSheet
                | Code::MissingColumn
                | Code::FormulaInCell
                | Code::MergedCells
                | Code::LimitExceeded
                | Code::WorkbookOpen => {}
            }
        }
    }
}
