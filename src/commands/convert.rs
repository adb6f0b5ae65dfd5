//! `wen-assess convert`: an answer file into a workbook and back, nothing
//! lost. A workbook's rows are the criteria of the loaded guideline, so an
//! answer file given against an older version is carried to it first (as
//! `migrate` would, saying what moved); otherwise answers keep their ids, so
//! converting back gives the same answers.

use std::io::Write;
use std::path::Path;

use super::{
    Context, EXIT_OK, Failure, Output, Read, guideline_for, print_findings, print_moves,
    read_answers, write_to,
};
use crate::answers::{self, AnswerFile};
use crate::cli::ConvertArgs;
use crate::diagnostic::Code;
use crate::files::{self, Target};
use crate::i18n::{Arg, Tr};
use crate::model::{self, Guideline};

/// What OUT's name asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Yaml,
    Workbook,
}

fn kind_of(out: &Path) -> Result<Kind, Failure> {
    if out.as_os_str() == "-" {
        return Ok(Kind::Yaml);
    }
    let ext = out
        .extension()
        .and_then(|x| x.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "yaml" | "yml" => Ok(Kind::Yaml),
        "xlsx" => Ok(Kind::Workbook),
        "ods" => Err(Failure::msg(crate::msg!(
            "convert-no-ods",
            path = out.display().to_string()
        ))),
        _ => Err(Failure::msg(crate::msg!(
            "convert-output-name",
            path = out.display().to_string()
        ))),
    }
}

/// Reads an answer file or a workbook; warnings go to `err`. With
/// `to_workbook`, answers given under ids the loaded guideline replaced
/// move to their new criteria (the moves are returned), since a workbook
/// has rows only for the loaded version's criteria.
fn load(
    guidelines: &[Guideline],
    path: &Path,
    to_workbook: bool,
    ctx: &Context,
    err: &mut dyn Write,
) -> Result<(AnswerFile, Carried), Failure> {
    let file = path.display().to_string();
    let Read {
        mut answers,
        mut warnings,
        ..
    } = read_answers(guidelines, path)?;
    let mut moved = Vec::new();
    let mut carried = None;
    if let Ok(g) = model::find(guidelines, &answers.guideline) {
        let carry = to_workbook && older(&answers.guideline_version, &g.version);
        if carry {
            let (m, notes) = answers::migrate(&mut answers, g, &file);
            // The moves are printed as `migrate` prints them; conflicts stay
            // warnings.
            warnings.extend(notes.into_iter().filter(|n| n.code != Code::MigratedAnswer));
            moved = m;
        }
        // Checked before the version is updated, so that the version
        // warning says what the file had.
        warnings.extend(answers::check_against(&answers, g, &file));
        if carry {
            carried = Some(std::mem::replace(
                &mut answers.guideline_version,
                g.version.clone(),
            ));
        }
    }
    print_findings(err, warnings, &Tr::new(ctx.lang(&answers.language)));
    Ok((
        answers,
        Carried {
            from: carried,
            moved,
        },
    ))
}

/// What `load` did to carry an older answer file to the loaded version.
struct Carried {
    /// The version the answers were given against, when they were carried.
    from: Option<String>,
    /// The answers that moved to new ids.
    moved: Vec<answers::Moved>,
}

/// True when version `a` is older than `b` (dotted numbers; a version that
/// is not one is never older, so nothing is done to it).
fn older(a: &str, b: &str) -> bool {
    let parts = |v: &str| -> Option<Vec<u64>> { v.split('.').map(|p| p.parse().ok()).collect() };
    match (parts(a), parts(b)) {
        (Some(a), Some(b)) => a < b,
        _ => false,
    }
}

pub(super) fn run(
    guidelines: &[Guideline],
    args: &ConvertArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let kind = kind_of(&args.output)?;
    let target = Target::from_arg(&args.output);
    let inputs = ctx.inputs(std::slice::from_ref(&args.input));
    if let Target::Path(path) = &target {
        files::check_output(path, &inputs)?;
    }
    if let Target::Path(path) = &target
        && std::fs::metadata(path).is_ok_and(|m| m.is_file())
        && !args.force
    {
        // A returned workbook may have that name: never replace it unasked.
        return Err(Failure::msg(crate::msg!(
            "exists-use-force",
            path = path.display().to_string()
        )));
    }
    let (answers, carried) = load(guidelines, &args.input, kind == Kind::Workbook, ctx, io.err)?;
    let g = guideline_for(
        guidelines,
        &args.input.display().to_string(),
        &answers.guideline,
    )?;
    let shown = args.output.display().to_string();
    if kind == Kind::Workbook {
        for line in cell_limits(&answers, &args.input.display().to_string()) {
            let _ = writeln!(io.err, "{line}");
        }
    }
    let bytes = match kind {
        Kind::Yaml => answers::to_yaml(&answers, &args.input.display().to_string())
            .map_err(|e| Failure::msg(e.msg()))?
            .into_bytes(),
        Kind::Workbook => answers::write_workbook_checked(g, &answers, ctx.lang(&answers.language))
            .map_err(|e| {
                Failure::msg(crate::msg!(
                    "file-and-error",
                    file = args.input.display().to_string(),
                    error = e.msg()
                ))
            })?,
    };
    write_to(io, &target, &bytes, &inputs)?;
    if let Target::Path(_) = &target {
        let t = Tr::new(ctx.lang(&answers.language));
        if let Some(old) = &carried.from {
            let _ = writeln!(
                io.out,
                "{}",
                t.f(
                    "convert-carried",
                    &[
                        ("id", Arg::Str(&g.id)),
                        ("old", Arg::Str(old)),
                        ("version", Arg::Str(&g.version)),
                    ],
                )
            );
        }
        print_moves(io.out, &t, &carried.moved);
        let answered = g
            .criteria()
            .filter(|(_, c)| answers.answer(&c.id).is_some_and(|a| a.response.is_some()))
            .count();
        let _ = writeln!(
            io.out,
            "{}",
            t.f(
                "wrote-converted",
                &[
                    ("path", Arg::Str(&shown)),
                    ("answered", Arg::Count(answered)),
                    ("total", Arg::Count(g.criterion_count())),
                ],
            )
        );
    }
    Ok(EXIT_OK)
}

/// What a workbook cell cannot hold as the YAML has it, said before it is
/// written: evidence is one item per line, so an item holding a line break
/// comes back as several, and an empty item does not come back.
fn cell_limits(answers: &AnswerFile, file: &str) -> Vec<String> {
    let mut lines = Vec::new();
    for e in &answers.answers {
        for (i, item) in e.answer.evidence.iter().enumerate() {
            let n = i + 1;
            let id = &e.criterion;
            if item.contains(['\n', '\r']) {
                lines.push(format!(
                    "{file}: note: evidence item {n} of `{id}` holds a line break; a workbook keeps one item per line, so it will read back as separate items"
                ));
            } else if item.trim().is_empty() {
                lines.push(format!(
                    "{file}: note: evidence item {n} of `{id}` is empty; a workbook has no place for it, so it will not read back"
                ));
            }
        }
    }
    lines
}
