//! Findings about guideline files (`validate`), as a view. The findings
//! themselves stay in English (CI logs search them by code); the lines
//! around them follow the output's language.

use crate::diagnostic::{self, Diagnostic};
use crate::i18n::{Arg, Tr};

/// What `validate` checked: a file given to it, or, without arguments, a
/// guideline built into the program, which an installed user has no file
/// of (so it is named by its id and version, never by its source path).
#[derive(Debug, Clone, PartialEq)]
pub enum Checked {
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

/// What `validate` found.
#[derive(Debug, Clone, PartialEq)]
pub struct Findings {
    /// Every finding, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Each file or built-in guideline checked, with (criteria, areas) when
    /// it is valid.
    pub files: Vec<(Checked, Option<(usize, usize)>)>,
    /// "guidelines/strengthening.yaml: ok, 38 criteria in 5 areas", or
    /// "built-in guideline strengthening 1.1.0: ok, ...", per valid one.
    pub ok_lines: Vec<String>,
    /// "2 files checked: 0 errors, 0 warnings".
    pub summary: String,
    /// Errors among the findings.
    pub errors: usize,
    /// Warnings among the findings.
    pub warnings: usize,
}

/// Builds the findings view in a language.
pub fn build(
    diagnostics: Vec<Diagnostic>,
    files: Vec<(Checked, Option<(usize, usize)>)>,
    lang: &str,
) -> Findings {
    let t = Tr::new(lang);
    let errors = diagnostic::error_count(&diagnostics);
    let warnings = diagnostics.len() - errors;
    let ok_lines = files
        .iter()
        .filter_map(|(checked, summary)| {
            let (criteria, areas) = (*summary)?;
            let name = match checked {
                Checked::File(file) => file.clone(),
                Checked::Builtin { id, version } => t.f(
                    "validate-builtin",
                    &[("id", Arg::Str(id)), ("version", Arg::Str(version))],
                ),
            };
            Some(t.f(
                "validate-ok",
                &[
                    ("file", Arg::Str(&name)),
                    ("criteria", Arg::Count(criteria)),
                    ("areas", Arg::Count(areas)),
                ],
            ))
        })
        .collect();
    Findings {
        summary: t.f(
            "validate-summary",
            &[
                ("files", Arg::Count(files.len())),
                ("errors", Arg::Count(errors)),
                ("warnings", Arg::Count(warnings)),
            ],
        ),
        diagnostics,
        files,
        ok_lines,
        errors,
        warnings,
    }
}
