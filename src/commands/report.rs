//! `wen-assess report`: the gap report of one answer file, or with
//! `--aggregate` the network report of several, as Markdown or PDF.

use super::{Context, EXIT_OK, Failure, Output, aggregate, load_checked, write_to};
use crate::cli::{ReportArgs, ReportFormat};
use std::path::Path;

use crate::files::{Inputs, Target};
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;
use crate::report::{self, Format, View, gap};
use crate::scoring;

use crate::report::default_report_path;

/// The report's format: `--format`, else what the output's name ends in
/// (`.pdf` for a PDF), else Markdown, as `template` and `convert` let the
/// name choose. A `--format` the name contradicts (`--format md -o x.pdf`,
/// `--format pdf -o x.md`) is refused rather than writing one kind of file
/// under the other's name. Any other name (`-`, `/dev/null`, a FIFO,
/// `notes.txt`) takes `--format`, or Markdown.
fn format(args: &ReportArgs) -> Result<Format, Failure> {
    let named = args.output.as_deref().filter(|p| p.as_os_str() != "-");
    let ext = named
        .and_then(Path::extension)
        .and_then(|x| x.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let shown = named.map(|p| p.display().to_string()).unwrap_or_default();
    let chosen = match (args.format, ext.as_str()) {
        (Some(ReportFormat::Md), "pdf") => {
            return Err(Failure::msg(crate::msg!("report-md-name", path = &shown)));
        }
        (Some(ReportFormat::Pdf), "md" | "markdown") => {
            return Err(Failure::msg(crate::msg!("report-pdf-name", path = &shown)));
        }
        (Some(chosen), _) => chosen,
        (None, "pdf") => ReportFormat::Pdf,
        (None, _) => ReportFormat::Md,
    };
    Ok(match chosen {
        ReportFormat::Md => Format::Markdown,
        ReportFormat::Pdf => Format::Pdf,
    })
}

pub(super) fn run(
    guidelines: &[Guideline],
    args: &ReportArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    if args.aggregate {
        return network_report(guidelines, args, ctx, io);
    }
    let [file] = args.files.as_slice() else {
        return Err(Failure::msg(crate::msg!(
            "report-one-file",
            count = args.files.len()
        )));
    };
    let format = format(args)?;
    let target = args.output.as_deref().map_or_else(
        || Target::Path(default_report_path(file, format.extension())),
        Target::from_arg,
    );
    gap_report(guidelines, file, &target, format, ctx, io)?;
    Ok(EXIT_OK)
}

/// Writes the gap report of one answer file to `target` and says so: the
/// one path `report` and the end of `assess` take.
pub(super) fn gap_report(
    guidelines: &[Guideline],
    file: &Path,
    target: &Target,
    format: Format,
    ctx: &Context,
    io: &mut Output,
) -> Result<(), Failure> {
    let inputs = ctx.inputs(&[file.to_path_buf()]);
    check_target(target, &inputs)?;
    let s = load_checked(guidelines, file, ctx, io.err)?;
    let card = scoring::score(s.guideline, &s.answers);
    let lang = ctx.lang(&s.answers.language);
    let mut view = gap::build(s.guideline, &s.answers, &card, &s.bytes, &s.moved, lang);
    if let Some(seconds) = ctx.source_date_epoch {
        view.document_date = Some(seconds);
    }
    let bytes = report::render(View::Gap(&view), format).map_err(Failure::new)?;
    write_to(io, target, &bytes, &inputs)?;
    if let Target::Path(path) = target {
        let t = Tr::new(lang);
        let _ = writeln!(
            io.out,
            "{}",
            t.f(
                "wrote-report",
                &[
                    ("path", Arg::Str(&path.display().to_string())),
                    ("value", Arg::Str(&view.overall_text)),
                    ("label", Arg::Str(&view.overall_label)),
                    ("actions", Arg::Count(view.actions.len())),
                    ("percent", Arg::Str(&t.percent(card.coverage.percent()))),
                ],
            )
        );
    }
    Ok(())
}

/// Refuses an output over an input, or into a missing folder, before any
/// work is done.
fn check_target(target: &Target, inputs: &Inputs) -> Result<(), Failure> {
    if let Target::Path(path) = target {
        crate::files::check_output(path, inputs)?;
    }
    Ok(())
}

fn network_report(
    guidelines: &[Guideline],
    args: &ReportArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let format = format(args)?;
    let target = args.output.as_deref().map_or_else(
        || {
            Target::Path(
                args.files[0].with_file_name(format!("network-report.{}", format.extension())),
            )
        },
        Target::from_arg,
    );
    let inputs = ctx.inputs(&args.files);
    check_target(&target, &inputs)?;
    let view = aggregate::load(guidelines, &args.files, ctx, io)?;
    let bytes = report::render(View::Network(&view), format).map_err(Failure::new)?;
    write_to(io, &target, &bytes, &inputs)?;
    if let Target::Path(path) = &target {
        let t = Tr::new(view.lang);
        let _ = writeln!(
            io.out,
            "{}",
            t.f(
                "wrote-network-report",
                &[
                    ("path", Arg::Str(&path.display().to_string())),
                    ("count", Arg::Count(view.heat.len())),
                    ("value", Arg::Str(&t.figure(view.data.overall.maturity))),
                ],
            )
        );
    }
    Ok(EXIT_OK)
}
