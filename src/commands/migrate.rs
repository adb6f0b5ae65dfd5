//! `wen-assess migrate`: rewrites an answer file for the loaded version of
//! its guideline, keeping everything it holds.

use super::{Context, EXIT_OK, Failure, Output, guideline_for};
use crate::answers;
use crate::cli::MigrateArgs;
use crate::files;
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;

pub(super) fn run(
    guidelines: &[Guideline],
    args: &MigrateArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let path = &args.file;
    if crate::answers::is_workbook_path(path) {
        return Err(super::assess::workbook_refused("migrate", path));
    }
    let shown = path.display().to_string();
    // Not while an `assess` session has the file open; a dry run writes
    // nothing, so it takes no lock (and leaves no lock file behind).
    let _lock = if args.dry_run {
        None
    } else {
        Some(files::lock(path)?)
    };
    let text = files::read_text(path)?;
    let (mut file, _) = answers::parse_answers(&text, &shown)?;
    let g = guideline_for(guidelines, &shown, &file.guideline)?;
    let t = Tr::new(ctx.lang(&file.language));
    let (moved, notes) = answers::migrate(&mut file, g, &shown);
    for n in notes
        .iter()
        .filter(|n| n.code != crate::diagnostic::Code::MigratedAnswer)
    {
        io.say(&n.render(&t));
    }
    let old_version = file.guideline_version.clone();
    if moved.is_empty() && old_version == g.version {
        let _ = writeln!(
            io.out,
            "{}",
            t.f(
                "migrate-nothing",
                &[
                    ("path", Arg::Str(&shown)),
                    ("id", Arg::Str(&g.id)),
                    ("version", Arg::Str(&g.version)),
                ],
            )
        );
        return Ok(EXIT_OK);
    }
    super::print_moves(io.out, &t, &moved);
    let new_criteria = g
        .criteria()
        .filter(|(_, c)| file.answer(&c.id).is_none())
        .count();
    let kept = file
        .answers
        .iter()
        .filter(|e| g.criterion(&e.criterion).is_none())
        .count();
    file.guideline_version = g.version.clone();
    if !args.dry_run {
        answers::save_answers(path, &file).map_err(|e| Failure::msg(e.msg()))?;
    }
    let summary = if args.dry_run {
        "migrate-dry-run"
    } else {
        "migrate-done"
    };
    let _ = writeln!(
        io.out,
        "{}",
        t.f(
            summary,
            &[
                ("path", Arg::Str(&shown)),
                ("id", Arg::Str(&g.id)),
                ("version", Arg::Str(&g.version)),
                (
                    "old",
                    Arg::Str(if old_version.is_empty() {
                        "?"
                    } else {
                        &old_version
                    }),
                ),
                ("moved", Arg::Count(moved.len())),
                ("new", Arg::Count(new_criteria)),
                ("kept", Arg::Count(kept)),
            ],
        )
    );
    Ok(EXIT_OK)
}
