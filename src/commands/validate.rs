//! `wen-assess validate`: checks guideline files and prints every finding.

use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Failure, Output, print};
use crate::cli::{DiagnosticFormat, ValidateArgs};
use crate::diagnostic::{self, Diagnostic};
use crate::files;
use crate::model;

pub(super) fn run(args: &ValidateArgs, io: &mut Output) -> Result<u8, Failure> {
    // (name, text) of every file to check; unreadable ones are reported and counted.
    let mut inputs: Vec<(String, String)> = Vec::new();
    let mut unreadable = 0;
    if args.paths.is_empty() {
        for (_, file, text) in model::BUILTIN {
            inputs.push((file.to_string(), text.to_string()));
        }
    }
    for path in &args.paths {
        let files = match model::guideline_files(path) {
            Ok(files) if files.is_empty() => {
                io.say(&format!(
                    "error: {}: no guideline files (*.yaml, *.yml) in this folder",
                    path.display()
                ));
                unreadable += 1;
                continue;
            }
            Ok(files) => files,
            Err(e) => {
                io.say(&format!("error: {e}"));
                unreadable += 1;
                continue;
            }
        };
        for file in files {
            match files::read_text(&file) {
                Ok(text) => inputs.push((file.display().to_string(), text)),
                Err(e) => {
                    io.say(&format!("error: {e}"));
                    unreadable += 1;
                }
            }
        }
    }
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut summaries: Vec<(String, Option<(usize, usize)>)> = Vec::new();
    for (file, text) in &inputs {
        let (g, diagnostics) = model::check_text(text, file);
        summaries.push((
            file.clone(),
            g.map(|g| (g.criterion_count(), g.areas.len())),
        ));
        all.extend(diagnostics);
    }
    let errors = diagnostic::error_count(&all);
    let warnings = all.len() - errors;
    let text = match args.format {
        DiagnosticFormat::Human => {
            let mut o = String::new();
            for d in &all {
                o.push_str(&format!("{d}\n"));
            }
            for (file, summary) in &summaries {
                if let Some((criteria, areas)) = summary {
                    o.push_str(&format!(
                        "{}: ok, {criteria} criteria in {areas} areas\n",
                        crate::escape::controls(file)
                    ));
                }
            }
            o.push_str(&format!(
                "{} file(s) checked: {errors} error(s), {warnings} warning(s)\n",
                summaries.len()
            ));
            o
        }
        DiagnosticFormat::Json => {
            let files: Vec<serde_json::Value> = summaries
                .iter()
                .map(|(file, s)| {
                    serde_json::json!({
                        "file": file,
                        "valid": s.is_some(),
                        "criteria": s.map(|s| s.0),
                    })
                })
                .collect();
            let doc = serde_json::json!({
                "schema": "wen-assess/validate/1",
                "files": files,
                "errors": errors,
                "warnings": warnings,
                "diagnostics": all,
            });
            format!("{}\n", serde_json::to_string_pretty(&doc)?)
        }
        DiagnosticFormat::Github => all
            .iter()
            .map(|d| {
                format!(
                    "::{} file={},line={},col={},title={}::{}\n",
                    d.severity,
                    github_escape(&d.file, true),
                    d.line.max(1),
                    d.col.max(1),
                    d.code,
                    github_escape(&d.message, false)
                )
            })
            .collect(),
    };
    print(io, &text)?;
    let _ = io.err.flush();
    Ok(if unreadable > 0 {
        EXIT_ERROR
    } else if errors > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// Escapes text for a GitHub Actions workflow command.
fn github_escape(s: &str, property: bool) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    let s = crate::escape::controls(&s);
    if property {
        s.replace(':', "%3A").replace(',', "%2C")
    } else {
        s
    }
}
