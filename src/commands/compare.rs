//! `wen-assess compare`: progress between two assessments.

use super::{Context, EXIT_OK, Failure, Output, load_checked, print};
use crate::cli::{CompareArgs, CompareFormat};
use crate::compare;
use crate::model::Guideline;

pub(super) fn run(
    guidelines: &[Guideline],
    args: &CompareArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let old = load_checked(guidelines, &args.old, io.err)?;
    let new = load_checked(guidelines, &args.new, io.err)?;
    if old.guideline.id != new.guideline.id {
        return Err(Failure::new(format!(
            "{} is for guideline `{}` and {} for `{}`; compare needs two assessments of the same guideline",
            old.file, old.guideline.id, new.file, new.guideline.id
        )));
    }
    let c = compare::compare(
        new.guideline,
        (&old.file, &old.answers),
        (&new.file, &new.answers),
    );
    let text = match args.format {
        CompareFormat::Table => compare::render_table(&c, ctx.width),
        CompareFormat::Md => compare::render_markdown(&c),
        CompareFormat::Json => format!("{}\n", serde_json::to_string_pretty(&c)?),
    };
    print(io, &text)?;
    Ok(EXIT_OK)
}
