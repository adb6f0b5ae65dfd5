//! `wen-assess compare`: progress between two assessments.

use super::{Context, EXIT_OK, Failure, Output, load_checked, print};
use crate::cli::{CompareArgs, CompareFormat};
use crate::compare;
use crate::model::Guideline;
use crate::report::{self, Format, View, progress};

pub(super) fn run(
    guidelines: &[Guideline],
    args: &CompareArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let old = load_checked(guidelines, &args.old, ctx, io.err)?;
    let new = load_checked(guidelines, &args.new, ctx, io.err)?;
    if old.guideline.id != new.guideline.id {
        return Err(Failure::msg(crate::msg!(
            "compare-one-guideline",
            old = &old.file,
            old_guideline = &old.guideline.id,
            new = &new.file,
            new_guideline = &new.guideline.id
        )));
    }
    let lang = ctx.lang(&new.answers.language);
    let c = compare::compare(
        new.guideline,
        (&old.file, &old.answers),
        (&new.file, &new.answers),
        lang,
    );
    let view = progress::build(&c, lang);
    let format = match args.format {
        CompareFormat::Table => Format::Table { width: ctx.width },
        CompareFormat::Md => Format::Markdown,
        CompareFormat::Json => Format::Json,
    };
    let bytes = report::render(View::Progress(&view), format).map_err(Failure::new)?;
    print(io, &String::from_utf8_lossy(&bytes))?;
    Ok(EXIT_OK)
}
