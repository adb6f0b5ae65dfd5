//! `wen-assess template`: a blank answer file to fill in an editor.

use super::{Context, EXIT_OK, Failure, Output, find, write_to};
use crate::cli::TemplateArgs;
use crate::files::Target;
use crate::model::Guideline;
use crate::template;

pub(super) fn run(
    guidelines: &[Guideline],
    args: &TemplateArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let g = find(guidelines, &args.guideline)?;
    let header = template::Header {
        network: args.network.clone(),
        region: args.region.clone(),
        date: args.date.clone().unwrap_or_else(|| ctx.today.clone()),
        language: ctx.lang("").to_string(),
    };
    let text = template::render(g, &header);
    let target = args
        .output
        .as_deref()
        .map_or(Target::Stdout, Target::from_arg);
    if let Target::Path(path) = &target
        && std::fs::metadata(path).is_ok_and(|m| m.is_file())
        && !args.force
    {
        return Err(Failure::new(format!(
            "{}: already exists; use --force to overwrite it",
            path.display()
        )));
    }
    let inputs = ctx.guideline_inputs();
    let inputs: Vec<&std::path::Path> = inputs.iter().map(|p| p.as_path()).collect();
    write_to(io, &target, text.as_bytes(), &inputs)?;
    if let Target::Path(path) = &target {
        let _ = writeln!(
            io.out,
            "Wrote {} ({} criteria of `{}` {}). Fill in each `level:`, then run: wen-assess score {}",
            path.display(),
            g.criterion_count(),
            g.id,
            g.version,
            path.display()
        );
    }
    Ok(EXIT_OK)
}
