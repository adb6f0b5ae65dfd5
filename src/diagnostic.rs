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

/// One finding with a stable kebab-case code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable kebab-case code, e.g. `duplicate-id`.
    pub code: &'static str,
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
    pub fn error(code: &'static str, file: &str, pos: Pos, message: impl Into<String>) -> Self {
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
    pub fn warning(code: &'static str, file: &str, pos: Pos, message: impl Into<String>) -> Self {
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
        if self.line == 0 {
            write!(f, "{}: ", self.file)?;
        } else {
            write!(f, "{}:{}:{}: ", self.file, self.line, self.col)?;
        }
        write!(f, "{}[{}]: {}", self.severity, self.code, self.message)
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
        let d = Diagnostic::error("duplicate-id", "g.yaml", Pos::new(3, 7), "id `a` again");
        assert_eq!(
            d.to_string(),
            "g.yaml:3:7: error[duplicate-id]: id `a` again"
        );
        let w = Diagnostic::warning("unused-reference", "g.yaml", Pos::default(), "x");
        assert_eq!(w.to_string(), "g.yaml: warning[unused-reference]: x");
    }
}
