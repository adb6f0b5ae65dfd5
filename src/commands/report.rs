//! `wen-assess report`: the gap report of one answer file, or with
//! `--aggregate` the network report of several, as Markdown or PDF.

use std::path::{Path, PathBuf};

use super::{Context, EXIT_OK, Failure, Output, aggregate, load_checked, write_to};
use crate::cli::{ReportArgs, ReportFormat};
use crate::files::Target;
use crate::model::Guideline;
use crate::report::{self, markdown, pdf};
use crate::scoring;

/// `answers.yaml` -> `answers-report.md` in the same folder.
pub fn default_report_path(answers: &Path, extension: &str) -> PathBuf {
    let stem = answers.file_stem().map_or_else(
        || "answers".to_string(),
        |s| s.to_string_lossy().to_string(),
    );
    answers.with_file_name(format!("{stem}-report.{extension}"))
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
        return Err(Failure::new(format!(
            "report takes one answer file ({} given); for a network report of several files add --aggregate",
            args.files.len()
        )));
    };
    let extension = extension(args.format);
    let target = args.output.as_deref().map_or_else(
        || Target::Path(default_report_path(file, extension)),
        Target::from_arg,
    );
    let mut inputs = ctx.guideline_inputs();
    inputs.push(file.clone());
    check_target(&target, &inputs)?;
    let s = load_checked(guidelines, file, io.err)?;
    let card = scoring::score(s.guideline, &s.answers);
    let model = report::build(
        s.guideline,
        &s.answers,
        &card,
        &s.bytes,
        ctx.lang(&s.answers.language),
    );
    let bytes = match args.format {
        ReportFormat::Md => markdown::render(&model).into_bytes(),
        ReportFormat::Pdf => pdf::render(&model).map_err(Failure::new)?,
    };
    write(io, &target, &bytes, &inputs)?;
    if let Target::Path(path) = &target {
        let _ = writeln!(
            io.out,
            "Wrote {}: overall maturity {} ({}), {} action(s), coverage {:.0}%",
            path.display(),
            report::figure(model.overall),
            model.overall_label,
            model.actions.len(),
            card.coverage.percent()
        );
    }
    Ok(EXIT_OK)
}

fn extension(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Md => "md",
        ReportFormat::Pdf => "pdf",
    }
}

/// Refuses an output over an input, or into a missing folder, before any
/// work is done.
fn check_target(target: &Target, inputs: &[PathBuf]) -> Result<(), Failure> {
    if let Target::Path(path) = target {
        let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
        crate::files::check_output(path, &inputs)?;
    }
    Ok(())
}

fn write(
    io: &mut Output,
    target: &Target,
    bytes: &[u8],
    inputs: &[PathBuf],
) -> Result<(), Failure> {
    let inputs: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    write_to(io, target, bytes, &inputs)
}

fn network_report(
    guidelines: &[Guideline],
    args: &ReportArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let extension = extension(args.format);
    let target = args.output.as_deref().map_or_else(
        || Target::Path(args.files[0].with_file_name(format!("network-report.{extension}"))),
        Target::from_arg,
    );
    let mut inputs = ctx.guideline_inputs();
    inputs.extend(args.files.iter().cloned());
    check_target(&target, &inputs)?;
    let (agg, ui) = aggregate::load(guidelines, &args.files, ctx, io)?;
    let generator = format!("wen-assess {}", env!("CARGO_PKG_VERSION"));
    let bytes = match args.format {
        ReportFormat::Md => crate::aggregate::render_markdown(&agg, ui).into_bytes(),
        ReportFormat::Pdf => pdf::render_network(&agg, ui, &generator).map_err(Failure::new)?,
    };
    write(io, &target, &bytes, &inputs)?;
    if let Target::Path(path) = &target {
        let _ = writeln!(
            io.out,
            "Wrote {}: {} member state(s), network overall {}",
            path.display(),
            agg.countries.len(),
            report::figure(agg.overall.mean)
        );
    }
    Ok(EXIT_OK)
}
