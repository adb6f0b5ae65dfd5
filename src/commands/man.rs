//! `wen-assess man`: the man page in roff, generated from the clap
//! definitions: the main page on standard output, or the main page and one
//! page per command written into a folder.

use std::path::Path;

use clap::CommandFactory;

use super::{Context, EXIT_OK, Failure, Output, write_to};
use crate::cli::{Cli, ManArgs};
use crate::files::Target;
use crate::i18n::{Arg, Tr};

/// Section 1: user commands.
const SECTION: &str = "1";

pub(super) fn run(args: &ManArgs, ctx: &Context, io: &mut Output) -> Result<u8, Failure> {
    let pages = pages()?;
    let Some(dir) = &args.output_dir else {
        // The first page is the main one, which lists the others.
        write_to(io, &Target::Stdout, &pages[0].1, &ctx.inputs(&[]))?;
        return Ok(EXIT_OK);
    };
    create_folder(dir)?;
    let inputs = ctx.inputs(&[]);
    for (name, bytes) in &pages {
        write_to(io, &Target::Path(dir.join(name)), bytes, &inputs)?;
    }
    let t = Tr::new(ctx.lang(""));
    let shown = dir.display().to_string();
    let _ = writeln!(
        io.out,
        "{}",
        t.f(
            "wrote-man-pages",
            &[
                ("count", Arg::Count(pages.len())),
                ("path", Arg::Str(&shown))
            ],
        )
    );
    Ok(EXIT_OK)
}

/// Every page as (file name, roff): `wen-assess.1` first, then
/// `wen-assess-<command>.1` for each command, in the order of `--help`.
fn pages() -> Result<Vec<(String, Vec<u8>)>, Failure> {
    // `help` is clap's own command; without this it would be listed in the
    // main page with no page of its own.
    let mut cmd = Cli::command().disable_help_subcommand(true);
    // Building names every command `wen-assess-<command>` and gives the
    // commands the global options.
    cmd.build();
    // Every page's footer names the tool and its version, as the main one does.
    let source = format!(
        "{} {}",
        cmd.get_name(),
        cmd.get_version().unwrap_or_default()
    );
    let mut out = Vec::new();
    collect(&cmd, &source, &mut out)?;
    Ok(out)
}

fn collect(
    cmd: &clap::Command,
    source: &str,
    out: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), Failure> {
    let man = clap_mangen::Man::new(cmd.clone())
        .section(SECTION)
        .source(source);
    let mut bytes = Vec::new();
    man.render(&mut bytes)
        .map_err(|e| Failure::new(format!("cannot render the man page: {e}")))?;
    out.push((man.get_filename(), bytes));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, source, out)?;
    }
    Ok(())
}

/// Creates the output folder and any missing parent; a file in the way is
/// named as such.
fn create_folder(dir: &Path) -> Result<(), Failure> {
    if dir.exists() && !dir.is_dir() {
        return Err(Failure::msg(crate::msg!(
            "man-not-a-folder",
            path = dir.display().to_string()
        )));
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        Failure::msg(crate::msg!(
            "man-cannot-create",
            path = dir.display().to_string(),
            reason = crate::files::describe_io(&e)
        ))
    })
}
