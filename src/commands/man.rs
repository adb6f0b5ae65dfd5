//! `wen-assess man`: the man page in roff, generated from the clap
//! definitions with the texts of the help in the reader's language: the
//! main page on standard output, or the main page and one page per command
//! written into a folder.

use std::path::Path;

use super::{Context, EXIT_OK, Failure, Output, write_to};
use crate::cli::ManArgs;
use crate::files::Target;
use crate::i18n::{Arg, Tr};

/// Section 1: user commands.
const SECTION: &str = "1";

pub(super) fn run(args: &ManArgs, ctx: &Context, io: &mut Output) -> Result<u8, Failure> {
    let t = Tr::new(ctx.lang(""));
    let pages = pages(&t)?;
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
fn pages(t: &Tr) -> Result<Vec<(String, Vec<u8>)>, Failure> {
    // Built: every command is named `wen-assess-<command>` and has the
    // global options.
    let cmd = crate::cli_text::for_man_pages(t.lang());
    // Every page's footer names the tool and its version, as the main one does.
    let source = format!(
        "{} {}",
        cmd.get_name(),
        cmd.get_version().unwrap_or_default()
    );
    let mut out = Vec::new();
    collect(&cmd, &source, &mut out)?;
    for (_, roff) in &mut out {
        *roff = with_headings(roff, t);
    }
    Ok(out)
}

/// The page with its section headings (`.SH NAME`), which clap_mangen
/// writes in English, in `t`'s language.
fn with_headings(roff: &[u8], t: &Tr) -> Vec<u8> {
    const HEADINGS: [(&str, &str); 7] = [
        ("NAME", "man-section-name"),
        ("SYNOPSIS", "man-section-synopsis"),
        ("DESCRIPTION", "man-section-description"),
        ("OPTIONS", "man-section-options"),
        ("SUBCOMMANDS", "man-section-commands"),
        ("EXTRA", "man-section-extra"),
        ("VERSION", "man-section-version"),
    ];
    let text = String::from_utf8_lossy(roff);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let heading = line.trim_end_matches('\n').strip_prefix(".SH ");
        match heading.and_then(|h| HEADINGS.iter().find(|(english, _)| *english == h)) {
            Some((_, id)) => {
                out.push_str(".SH ");
                out.push_str(&t.t(id));
                out.push('\n');
            }
            None => out.push_str(line),
        }
    }
    out.into_bytes()
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
