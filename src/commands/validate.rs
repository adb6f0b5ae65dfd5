//! `wen-assess validate`: checks guideline files and prints every finding.

use super::{Context, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Failure, Output, print};
use crate::cli::{DiagnosticFormat, ValidateArgs};
use crate::diagnostic::Diagnostic;
use crate::files;
use crate::model;
use crate::report::findings::{self, Checked};
use crate::report::{self, Format, View};

pub(super) fn run(args: &ValidateArgs, ctx: &Context, io: &mut Output) -> Result<u8, Failure> {
    // (what it is, the name its findings carry, text) of every guideline to
    // check; unreadable files are reported and counted.
    let mut inputs: Vec<(Checked, String, String)> = Vec::new();
    let mut unreadable = 0;
    if args.paths.is_empty() {
        // Findings in a built-in guideline (which the build already refuses)
        // would name its source file in the repository, where it can be fixed.
        for (g, (_, file, text)) in model::builtin().iter().zip(model::BUILTIN) {
            let builtin = Checked::Builtin {
                id: g.id.clone(),
                version: g.version.clone(),
            };
            inputs.push((builtin, file.to_string(), text.to_string()));
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
                Ok(text) => {
                    let name = file.display().to_string();
                    inputs.push((Checked::File(name.clone()), name, text));
                }
                Err(e) => {
                    io.say(&format!("error: {e}"));
                    unreadable += 1;
                }
            }
        }
    }
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut summaries: Vec<(Checked, Option<(usize, usize)>)> = Vec::new();
    for (checked, file, text) in inputs {
        let (g, diagnostics) = model::check_text(&text, &file);
        summaries.push((checked, g.map(|g| (g.criterion_count(), g.areas.len()))));
        all.extend(diagnostics);
    }
    let view = findings::build(all, summaries, ctx.lang(""));
    let format = match args.format {
        DiagnosticFormat::Human => Format::Table { width: ctx.width },
        DiagnosticFormat::Json => Format::Json,
        DiagnosticFormat::Github => Format::Github,
    };
    let bytes = report::render(View::Findings(&view), format).map_err(Failure::new)?;
    print(io, &String::from_utf8_lossy(&bytes))?;
    Ok(if unreadable > 0 {
        EXIT_ERROR
    } else if view.errors > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}
