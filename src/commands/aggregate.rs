//! `wen-assess aggregate`: the network view of member-state answer files.

use std::path::PathBuf;

use super::{Context, EXIT_OK, Failure, Output, answer_files, load_checked, print};
use crate::aggregate;
use crate::cli::{AggregateArgs, AggregateFormat};
use crate::files;
use crate::model::Guideline;
use crate::msg;
use crate::report::{self, Format, View, network::NetworkReport};

/// Loads the member states' files (one guideline, each file and each
/// country once) and builds the network view.
pub(super) fn load(
    guidelines: &[Guideline],
    paths: &[PathBuf],
    ctx: &Context,
    io: &mut Output,
) -> Result<NetworkReport, Failure> {
    let paths = answer_files(paths)?;
    let mut loaded: Vec<super::Loaded> = Vec::with_capacity(paths.len());
    for path in &paths {
        let s = load_checked(guidelines, path, ctx, io.err)?;
        if let Some(first) = loaded.first()
            && first.guideline.id != s.guideline.id
        {
            return Err(Failure::msg(msg!(
                "aggregate-one-guideline",
                file = &s.file,
                guideline = &s.guideline.id,
                first = &first.file,
                first_guideline = &first.guideline.id
            )));
        }
        let id = files::file_id(path);
        if let Some(twin) = loaded
            .iter()
            .find(|o| id.is_some() && files::file_id(&o.path) == id)
        {
            return Err(Failure::msg(msg!(
                "aggregate-file-twice",
                file = &s.file,
                twin = &twin.file
            )));
        }
        let country = crate::answers::name_key(&s.answers.respondent.country);
        if !country.is_empty()
            && let Some(twin) = loaded
                .iter()
                .find(|o| crate::answers::name_key(&o.answers.respondent.country) == country)
        {
            return Err(Failure::msg(msg!(
                "aggregate-country-twice",
                file = &s.file,
                country = s.answers.respondent.country.trim(),
                twin = &twin.file
            )));
        }
        loaded.push(s);
    }
    let Some(first) = loaded.first() else {
        return Err(Failure::msg(msg!("no-answer-files")));
    };
    let g = first.guideline;
    let lang = ctx.lang(&first.answers.language);
    let files: Vec<(String, crate::answers::AnswerFile)> =
        loaded.into_iter().map(|s| (s.file, s.answers)).collect();
    let agg = aggregate::aggregate(g, &files, lang).map_err(Failure::new)?;
    Ok(report::network::build(&agg, lang))
}

pub(super) fn run(
    guidelines: &[Guideline],
    args: &AggregateArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let view = load(guidelines, &args.files, ctx, io)?;
    let format = match args.format {
        AggregateFormat::Table => Format::Table { width: ctx.width },
        AggregateFormat::Md => Format::Markdown,
        AggregateFormat::Json => Format::Json,
        AggregateFormat::Csv => Format::Csv,
    };
    let bytes = report::render(View::Network(&view), format).map_err(Failure::new)?;
    print(io, &String::from_utf8_lossy(&bytes))?;
    Ok(EXIT_OK)
}
