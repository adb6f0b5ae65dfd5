//! Findings about a file: what, where, how bad.
//!
//! Positions are 1-based and computed once, in `yaml.rs`; everything else
//! only carries them. The human form is `file:line:col: error[code]: message`,
//! the form compilers use, so editors and CI logs can jump to it.

use std::fmt;

use serde::Serialize;

use crate::yaml::Pos;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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

/// A finding's stable code, written in kebab-case (`duplicate-id`). The
/// README lists every code with its meaning; a test keeps the two in step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// an answer file given to `validate` (score it instead)
    NotAGuideline,
    /// not valid YAML, empty, nested deeper than 32 levels, or expanding to too many values
    YamlSyntax,
    /// a key twice in one mapping, also through a merge key `<<`
    DuplicateKey,
    /// a key the format does not have (typo; a key one or two letters away is suggested)
    UnknownKey,
    /// a required key is missing
    MissingField,
    /// e.g. text where a list is expected
    WrongType,
    /// `format` other than 1
    UnsupportedFormat,
    /// an id not in kebab-case, or a criterion id not `<area>.<name>`
    InvalidId,
    /// `version` not `MAJOR.MINOR.PATCH`
    InvalidVersion,
    /// a declared language that is not a two-letter code
    InvalidLanguage,
    /// an area, criterion, reference, language or scale level twice
    DuplicateId,
    /// a text without one of the declared languages
    MissingTranslation,
    /// a blank text
    EmptyText,
    /// a text in a language the file does not declare
    UndeclaredLanguage,
    /// a text holding a control character other than a line feed (a CR, ESC, or a bidirectional override such as U+202E)
    ControlCharacter,
    /// the scale lacks a level 0-4 or has one outside it
    InvalidScale,
    /// `target` outside 0-4
    InvalidTarget,
    /// `areas` is empty
    NoAreas,
    /// an area without criteria
    EmptyArea,
    /// a weight not above 0 (or over 100)
    InvalidWeight,
    /// a criterion without a descriptor for one of the levels 0-4
    MissingLevel,
    /// a descriptor for a level outside 0-4
    InvalidLevel,
    /// no next step for one of the levels 0-3
    MissingNextStep,
    /// a next step for level 4 or outside 0-3
    InvalidNextStep,
    /// a criterion names a reference not in `references`
    UnresolvedReference,
    /// a reference no criterion names
    UnusedReference,
    /// a reference URL not starting with `http://` or `https://`
    InvalidUrl,
    /// `derived-from` names a part other than 1 or 2, or a category other than the five areas
    InvalidDerivedFrom,
    /// a `replaces` entry that is not an `<area>.<name>` id, or a criterion replacing itself
    InvalidReplaces,
    /// a criterion replaces an id that is still a criterion of the file
    ReplacesCurrent,
    /// two criteria replace the same old id
    ReplacesClaimedTwice,
    /// `replaces` links that lead back to where they start
    ReplacesCycle,
    /// a guideline file given where answers are expected
    NotAnswers,
    /// `level: na` without a `reason:`
    NaWithoutReason,
    /// a `reason:` beside a level (kept, not used)
    ReasonWithoutNa,
    /// `date` not `YYYY-MM-DD`
    InvalidDate,
    /// a `language` the tool has no catalogue for
    UnknownLanguage,
    /// answers for another guideline than the one scoring them
    GuidelineMismatch,
    /// answers given against another version of the guideline
    GuidelineVersion,
    /// an answer to a criterion the guideline does not have (kept, listed in reports)
    UnknownCriterion,
    /// a target for an area the guideline does not have
    UnknownArea,
}

impl Code {
    /// Every code, in the order the README lists them.
    pub const ALL: &'static [Code] = &[
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
        Code::NotAnswers,
        Code::NaWithoutReason,
        Code::ReasonWithoutNa,
        Code::InvalidDate,
        Code::UnknownLanguage,
        Code::GuidelineMismatch,
        Code::GuidelineVersion,
        Code::UnknownCriterion,
        Code::UnknownArea,
    ];

    /// The code as written in findings.
    pub fn as_str(self) -> &'static str {
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
            Code::NotAnswers => "not-answers",
            Code::NaWithoutReason => "na-without-reason",
            Code::ReasonWithoutNa => "reason-without-na",
            Code::InvalidDate => "invalid-date",
            Code::UnknownLanguage => "unknown-language",
            Code::GuidelineMismatch => "guideline-mismatch",
            Code::GuidelineVersion => "guideline-version",
            Code::UnknownCriterion => "unknown-criterion",
            Code::UnknownArea => "unknown-area",
        }
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code, e.g. `duplicate-id`.
    pub code: Code,
    /// The file as the user named it.
    pub file: String,
    /// 1-based line (0 when the finding is about the whole file).
    pub line: u32,
    /// 1-based column (0 when the finding is about the whole file).
    #[serde(rename = "column")]
    pub col: u32,
    /// One-line explanation.
    pub message: String,
}

impl Diagnostic {
    /// An error at a position.
    pub fn error(code: Code, file: &str, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_string(),
            line: pos.line,
            col: pos.col,
            message: message.into(),
        }
    }

    /// A warning at a position.
    pub fn warning(code: Code, file: &str, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, pos, message)
        }
    }

    /// The position of the finding.
    pub fn pos(&self) -> Pos {
        Pos::new(self.line, self.col)
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // File names and messages may quote what a file holds: shown
        // escaped, they cannot act on a terminal or forge a line.
        let file = crate::escape::controls(&self.file);
        if self.line == 0 {
            write!(f, "{file}: ")?;
        } else {
            write!(f, "{file}:{}:{}: ", self.line, self.col)?;
        }
        write!(
            f,
            "{}[{}]: {}",
            self.severity,
            self.code,
            crate::escape::controls(&self.message)
        )
    }
}

/// Sorts findings by file, then position, then code, so output is stable.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics
        .sort_by(|a, b| (&a.file, a.line, a.col, a.code).cmp(&(&b.file, b.line, b.col, b.code)));
}

/// Counts the errors among findings.
pub fn error_count(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
