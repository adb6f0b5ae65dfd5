//! Findings about guideline files (`validate`), as a view. The findings
//! themselves stay in English, for the authors of the files and for CI logs
//! searched by code; the lines around them follow the output's language.
//!
//! A code found many times in one file (a language missing from every text
//! gives a thousand) is shown once, with a count, unless `--verbose`: the
//! person fixing the file needs the first place and the number, and GitHub
//! shows only the first few annotations of a step anyway.

use crate::diagnostic::{self, Diagnostic, Severity};
use crate::i18n::{Arg, Tr};
use crate::model::Changes;

/// Above this many findings of one code in one file, they are shown as one.
pub(crate) const GROUP_OVER: usize = 3;

/// What `validate` checked: a file given to it, or, without arguments, a
/// guideline built into the program, which an installed user has no file
/// of (so it is named by its id and version, never by its source path).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Checked {
    /// A guideline file, as given.
    File(String),
    /// A built-in guideline.
    Builtin {
        /// Its id, such as `strengthening`.
        id: String,
        /// Its version, such as `1.1.0`.
        version: String,
    },
}

/// One file or built-in guideline that `validate` checked.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CheckedFile {
    /// What it is.
    pub checked: Checked,
    /// (criteria, areas) when it is valid.
    pub summary: Option<(usize, usize)>,
    /// With `--against`: the old version it was compared with, and what changed.
    pub against: Option<(Checked, Changes)>,
}

/// A line of findings: a finding, standing for `count` of its code in its
/// file when they are grouped.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Shown {
    /// The first finding of the group (the only one, when `count` is 1).
    pub diagnostic: Diagnostic,
    /// How many findings the line stands for.
    pub count: usize,
    /// What a grouped line adds to the message: how many more there are,
    /// and how to see them. Empty for a single finding.
    pub more: String,
}

/// What `validate` found.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Findings {
    /// Every finding, sorted (what `--allow` left).
    pub diagnostics: Vec<Diagnostic>,
    /// The lines of findings to show: every finding with `--verbose`, else
    /// a code repeated in a file as one line.
    pub shown: Vec<Shown>,
    /// Each file or built-in guideline checked.
    pub files: Vec<CheckedFile>,
    /// Per file: "guidelines/strengthening.yaml: ok, 38 criteria in 5
    /// areas" when it is valid, and what changed since `--against`.
    pub lines: Vec<String>,
    /// "2 files checked: 0 errors, 0 warnings".
    pub summary: String,
    /// "12 warnings not shown (--allow)", when some were.
    pub silenced_line: Option<String>,
    /// Errors among the findings.
    pub errors: usize,
    /// Warnings among the findings.
    pub warnings: usize,
    /// Warnings that `--allow` silenced.
    pub silenced: usize,
}

/// The findings as lines: findings of one code in one file grouped when
/// there are more than [`GROUP_OVER`], unless `verbose`.
fn shown(diagnostics: &[Diagnostic], verbose: bool) -> Vec<Shown> {
    use std::collections::HashMap;
    let key = |d: &Diagnostic| (d.file.clone(), d.code, d.severity);
    let mut counts: HashMap<(String, diagnostic::Code, Severity), usize> = HashMap::new();
    for d in diagnostics {
        *counts.entry(key(d)).or_default() += 1;
    }
    let mut done = std::collections::HashSet::new();
    let mut out = Vec::new();
    for d in diagnostics {
        let count = counts[&key(d)];
        if verbose || count <= GROUP_OVER {
            out.push(Shown {
                diagnostic: d.clone(),
                count: 1,
                more: String::new(),
            });
        } else if done.insert(key(d)) {
            out.push(Shown {
                diagnostic: d.clone(),
                count,
                more: format!(
                    " (and {} more like it in this file; --verbose shows them all)",
                    count - 1
                ),
            });
        }
    }
    out
}

/// How the lines name a file or a built-in guideline.
fn name(t: &Tr, checked: &Checked) -> String {
    match checked {
        Checked::File(file) => file.clone(),
        Checked::Builtin { id, version } => t.f(
            "validate-builtin",
            &[("id", Arg::Str(id)), ("version", Arg::Str(version))],
        ),
    }
}

/// Builds the findings view in a language: `diagnostics` are what
/// `--allow` left, `silenced` how many it took away.
pub(crate) fn build(
    diagnostics: Vec<Diagnostic>,
    files: Vec<CheckedFile>,
    silenced: usize,
    verbose: bool,
    lang: &str,
) -> Findings {
    let t = Tr::new(lang);
    let errors = diagnostic::error_count(&diagnostics);
    let warnings = diagnostics.len() - errors;
    let mut lines = Vec::new();
    for f in &files {
        let file = name(&t, &f.checked);
        if let Some((criteria, areas)) = f.summary {
            lines.push(t.f(
                "validate-ok",
                &[
                    ("file", Arg::Str(&file)),
                    ("criteria", Arg::Count(criteria)),
                    ("areas", Arg::Count(areas)),
                ],
            ));
        }
        if let Some((old, changes)) = &f.against {
            let old = match old {
                Checked::File(path) => format!("{path} ({})", changes.old_version),
                builtin => name(&t, builtin),
            };
            lines.push(t.f(
                "validate-against",
                &[
                    ("file", Arg::Str(&file)),
                    ("old", Arg::Str(&old)),
                    ("added", Arg::Count(changes.added.len())),
                    ("renamed", Arg::Count(changes.renamed.len())),
                    ("removed", Arg::Count(changes.removed.len())),
                    ("changed", Arg::Count(changes.changed.len())),
                ],
            ));
        }
    }
    Findings {
        summary: t.f(
            "validate-summary",
            &[
                ("files", Arg::Count(files.len())),
                ("errors", Arg::Count(errors)),
                ("warnings", Arg::Count(warnings)),
            ],
        ),
        silenced_line: (silenced > 0)
            .then(|| t.f("validate-silenced", &[("count", Arg::Count(silenced))])),
        shown: shown(&diagnostics, verbose),
        diagnostics,
        files,
        lines,
        errors,
        warnings,
        silenced,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;
    use crate::position::Pos;

    fn missing(file: &str, line: u32) -> Diagnostic {
        Diagnostic::error(
            Code::MissingTranslation,
            file,
            Pos::new(line, 3),
            format!("text {line} has no `fr` text"),
        )
    }

    /// Four of a code in a file make one line at the first, three stay
    /// three lines; another file and another code are counted apart.
    #[test]
    fn a_code_repeated_in_a_file_is_one_line_with_a_count() {
        let mut all: Vec<Diagnostic> = (1..=4).map(|l| missing("a.yaml", l)).collect();
        all.extend((1..=3).map(|l| missing("b.yaml", l)));
        all.push(Diagnostic::warning(
            Code::MissingScope,
            "a.yaml",
            Pos::new(2, 1),
            "no scope",
        ));
        diagnostic::sort(&mut all);
        let view = build(all.clone(), Vec::new(), 0, false, "en");
        let lines: Vec<String> = view
            .shown
            .iter()
            .map(|s| format!("{}{} x{}", s.diagnostic, s.more, s.count))
            .collect();
        assert_eq!(
            lines,
            [
                "a.yaml:1:3: error[missing-translation]: text 1 has no `fr` text (and 3 more like it in this file; --verbose shows them all) x4",
                "a.yaml:2:1: warning[missing-scope]: no scope x1",
                "b.yaml:1:3: error[missing-translation]: text 1 has no `fr` text x1",
                "b.yaml:2:3: error[missing-translation]: text 2 has no `fr` text x1",
                "b.yaml:3:3: error[missing-translation]: text 3 has no `fr` text x1",
            ]
        );
        assert_eq!((view.errors, view.warnings), (7, 1));
        let verbose = build(all, Vec::new(), 0, true, "en");
        assert_eq!(verbose.shown.len(), 8);
        assert!(
            verbose
                .shown
                .iter()
                .all(|s| s.count == 1 && s.more.is_empty())
        );
    }
}
