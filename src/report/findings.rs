//! Findings about guideline files (`validate`), as a view. The findings
//! themselves stay in English (CI logs search them by code); the lines
//! around them follow the output's language.

use crate::diagnostic::{self, Diagnostic};
use crate::i18n::{Arg, Tr};

/// What `validate` found.
#[derive(Debug, Clone, PartialEq)]
pub struct Findings {
    /// Every finding, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// Each file checked, with (criteria, areas) when it is valid.
    pub files: Vec<(String, Option<(usize, usize)>)>,
    /// "guidelines/strengthening.yaml: ok, 38 criteria in 5 areas", per valid file.
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
    files: Vec<(String, Option<(usize, usize)>)>,
    lang: &str,
) -> Findings {
    let t = Tr::new(lang);
    let errors = diagnostic::error_count(&diagnostics);
    let warnings = diagnostics.len() - errors;
    let ok_lines = files
        .iter()
        .filter_map(|(file, summary)| {
            let (criteria, areas) = (*summary)?;
            Some(t.f(
                "validate-ok",
                &[
                    ("file", Arg::Str(file)),
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
