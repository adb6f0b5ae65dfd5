//! `wen-assess validate`: checks guideline files, compares them with their
//! previous version (`--against`), and prints every finding, as
//! `--allow`, `--deny` and `--verbose` ask.

use std::path::Path;

use super::{Context, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Failure, Output, print};
use crate::cli::{DiagnosticFormat, ValidateArgs};
use crate::diagnostic::{Diagnostic, Policy};
use crate::files;
use crate::model::{self, Guideline, raw::RawGuideline};
use crate::report::findings::{self, Checked, CheckedFile};
use crate::report::{self, Format, View};

/// A guideline to check: what it is, the name its findings carry, its text.
struct Input {
    checked: Checked,
    file: String,
    text: String,
}

/// The old version of a guideline, read for `--against`.
struct OldGuideline {
    checked: Checked,
    /// How messages name it.
    name: String,
    lines: bool,
    raw: RawGuideline,
}

impl OldGuideline {
    fn id(&self) -> &str {
        self.raw.id.as_ref().map_or("", |i| i.value.as_str())
    }
}

/// The built-in guidelines as inputs, named by id and version.
fn builtin_inputs(builtins: &[Guideline]) -> Vec<Input> {
    // Findings in a built-in guideline (which the build already refuses)
    // would name its source file in the repository, where it can be fixed.
    builtins
        .iter()
        .zip(model::BUILTIN)
        .map(|(g, (_, file, text))| Input {
            checked: Checked::Builtin {
                id: g.id.clone(),
                version: g.version.clone(),
            },
            file: file.to_string(),
            text: text.to_string(),
        })
        .collect()
}

/// Reads `--against OLD`: a guideline file, a folder of them, or, when no
/// such path exists, the id of a built-in guideline. Only what is needed to
/// compare is required of it (YAML that reads as a guideline with an id):
/// the old version is not the file under review, and may predate checks
/// this version of wen-assess makes.
fn read_old(old: &Path, builtins: &[Guideline]) -> Result<Vec<OldGuideline>, Failure> {
    let shown = old.display().to_string();
    if !old.exists()
        && let Some(((_, file, text), g)) = model::BUILTIN
            .iter()
            .zip(builtins)
            .find(|((id, _, _), _)| Some(*id) == old.to_str())
    {
        let raw = model::check_guideline_text(text, file)
            .raw
            .ok_or_else(|| Failure::new(format!("{file}: the built-in guideline does not read")))?;
        let checked = Checked::Builtin {
            id: g.id.clone(),
            version: g.version.clone(),
        };
        return Ok(vec![OldGuideline {
            checked,
            name: format!("the built-in guideline {} {}", g.id, g.version),
            lines: false,
            raw,
        }]);
    }
    if !old.exists() {
        let ids: Vec<&str> = model::BUILTIN.iter().map(|(id, _, _)| *id).collect();
        let hint = old
            .to_str()
            .and_then(|o| crate::tree_reader::suggest(o, &ids))
            .map_or(String::new(), |id| format!("; did you mean `{id}`?"));
        return Err(Failure::new(format!(
            "--against {shown}: no such file or folder, and no built-in guideline of that id (built in: {}){hint}",
            ids.join(", ")
        )));
    }
    let paths = model::guideline_files(old).map_err(|e| Failure::new(format!("--against {e}")))?;
    if paths.is_empty() {
        return Err(Failure::new(format!(
            "--against {shown}: no guideline files (*.yaml, *.yml) in this folder"
        )));
    }
    let mut out = Vec::new();
    for path in paths {
        let file = path.display().to_string();
        let text = files::read_text(&path).map_err(|e| Failure::new(format!("--against {e}")))?;
        let checked = model::check_guideline_text(&text, &file);
        let raw = match checked.raw {
            Some(raw) if raw.id.is_some() => raw,
            _ => {
                let why = checked
                    .diagnostics
                    .first()
                    .map_or("it has no `id`".to_string(), |d| d.to_string());
                return Err(Failure::new(format!(
                    "--against {file}: not a guideline file to compare with: {why}"
                )));
            }
        };
        out.push(OldGuideline {
            checked: Checked::File(file.clone()),
            name: file,
            lines: true,
            raw,
        });
    }
    Ok(out)
}

/// The old guideline a new one is compared with: the one of the same id,
/// or, when each side is one guideline, that one (the ids differing is a
/// finding of its own).
fn counterpart<'o>(
    new: &RawGuideline,
    olds: &'o [OldGuideline],
    inputs: usize,
) -> Option<&'o OldGuideline> {
    let id = new.id.as_ref().map_or("", |i| i.value.as_str());
    olds.iter()
        .find(|o| o.id() == id)
        .or_else(|| (inputs == 1 && olds.len() == 1).then(|| &olds[0]))
}

pub(super) fn run(args: &ValidateArgs, ctx: &Context, io: &mut Output) -> Result<u8, Failure> {
    if let Some(code) = args.allow.iter().find(|c| args.deny.contains(c)) {
        return Err(Failure::new(format!(
            "`{code}` is given to both --allow and --deny; keep one"
        )));
    }
    let builtins = model::builtin();
    let olds = match &args.against {
        Some(old) => read_old(old, &builtins)?,
        None => Vec::new(),
    };
    let mut inputs: Vec<Input> = Vec::new();
    // Paths that could not be read, and an `--against` that compared
    // nothing: operational errors, exit 2, the rest still checked.
    let mut failed = 0;
    if args.paths.is_empty() {
        inputs = builtin_inputs(&builtins);
    }
    for path in &args.paths {
        let files = match model::guideline_files(path) {
            Ok(files) if files.is_empty() => {
                io.say(&format!(
                    "error: {}: no guideline files (*.yaml, *.yml) in this folder",
                    path.display()
                ));
                failed += 1;
                continue;
            }
            Ok(files) => files,
            Err(e) => {
                io.say(&format!("error: {e}"));
                failed += 1;
                continue;
            }
        };
        for file in files {
            match files::read_text(&file) {
                Ok(text) => {
                    let name = file.display().to_string();
                    inputs.push(Input {
                        checked: Checked::File(name.clone()),
                        file: name,
                        text,
                    });
                }
                Err(e) => {
                    io.say(&format!("error: {e}"));
                    failed += 1;
                }
            }
        }
    }
    let count = inputs.len();
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut checked_files = Vec::new();
    for input in inputs {
        let checked = model::check_guideline_text(&input.text, &input.file);
        all.extend(checked.diagnostics);
        if let (Some(g), Some(raw), Checked::File(_)) =
            (&checked.guideline, &checked.raw, &input.checked)
        {
            all.extend(model::reused_builtin_version(g, raw, &builtins));
        }
        let against = checked.raw.as_ref().and_then(|raw| {
            let old = counterpart(raw, &olds, count)?;
            let (changes, found) = model::compare(
                raw,
                &input.file,
                &model::Old {
                    raw: &old.raw,
                    name: old.name.clone(),
                    lines: old.lines,
                },
            );
            all.extend(found);
            Some((old.checked.clone(), changes))
        });
        checked_files.push((
            input.file,
            CheckedFile {
                checked: input.checked,
                summary: checked
                    .guideline
                    .map(|g| (g.criterion_count(), g.areas.len())),
                against,
            },
        ));
    }
    // An `--against` that matched nothing would pass a CI step having
    // compared nothing (a path to another guideline, say): an error.
    if let Some(old) = &args.against
        && count > 0
        && checked_files.iter().all(|(_, c)| c.against.is_none())
    {
        let ids: Vec<&str> = olds.iter().map(OldGuideline::id).collect();
        io.say(&format!(
            "error: --against {}: nothing to compare: it holds `{}`, and no guideline checked has that id",
            old.display(),
            ids.join("`, `")
        ));
        failed += 1;
    }
    crate::diagnostic::sort(&mut all);
    let policy = Policy {
        allow: args.allow.clone(),
        deny: args.deny.clone(),
    };
    let (all, silenced) = policy.apply(all);
    // "ok" is said of a file without errors: not of one that `--against` or
    // `--deny` found errors in.
    let checked_files = checked_files
        .into_iter()
        .map(|(file, mut c)| {
            if all.iter().any(|d| d.is_error() && d.file == file) {
                c.summary = None;
            }
            c
        })
        .collect();
    let view = findings::build(all, checked_files, silenced, args.verbose, ctx.lang(""));
    let format = match args.format {
        DiagnosticFormat::Human => Format::Table { width: ctx.width },
        DiagnosticFormat::Json => Format::Json,
        DiagnosticFormat::Github => Format::Github,
    };
    let bytes = report::render(View::Findings(&view), format).map_err(Failure::new)?;
    print(io, &String::from_utf8_lossy(&bytes))?;
    Ok(if failed > 0 {
        EXIT_ERROR
    } else if view.errors > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}
