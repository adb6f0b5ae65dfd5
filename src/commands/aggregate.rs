//! `wen-assess aggregate`: the network view of member states' files and the
//! network's own file, as a table, Markdown, JSON, CSV (by area, or the
//! long format by criterion) or a workbook.

use std::path::{Path, PathBuf};

use super::{Context, EXIT_OK, Failure, Loaded, Output, answer_files, load_checked, write_to};
use crate::aggregate::{self, Aggregate, AggregateError, Input};
use crate::cli::{AggregateArgs, AggregateFormat, AggregateRows};
use crate::files::{self, Target};
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;
use crate::msg;
use crate::report::{self, Format, View, network::NetworkReport};

/// The files of one network view, loaded and checked: the member states'
/// and at most one of the network itself.
pub(super) struct NetworkFiles<'g> {
    pub(super) guideline: &'g Guideline,
    pub(super) members: Vec<Loaded<'g>>,
    pub(super) network: Option<Loaded<'g>>,
    /// The language of the view: `--lang`, else the first file's.
    pub(super) lang: &'static str,
}

/// Loads the files of a network view: one guideline, each file once, each
/// member state once, at most one network file (`scope: network`).
pub(super) fn load_files<'g>(
    guidelines: &'g [Guideline],
    paths: &[PathBuf],
    ctx: &Context,
    io: &mut Output,
) -> Result<NetworkFiles<'g>, Failure> {
    let paths = answer_files(paths)?;
    let mut members: Vec<Loaded> = Vec::with_capacity(paths.len());
    let mut network: Option<Loaded> = None;
    for path in &paths {
        let s = load_checked(guidelines, path, ctx, io.err)?;
        let seen = || network.iter().chain(&members);
        if let Some(first) = seen().next()
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
        if let Some(twin) = seen().find(|o| id.is_some() && files::file_id(&o.path) == id) {
            return Err(Failure::msg(msg!(
                "aggregate-file-twice",
                file = &s.file,
                twin = &twin.file
            )));
        }
        if aggregate::is_network_file(&s.answers) {
            if let Some(first) = &network {
                return Err(Failure::msg(msg!(
                    "network-file-twice",
                    first = &first.file,
                    second = &s.file
                )));
            }
            network = Some(s);
            continue;
        }
        let country = crate::answers::name_key(&s.answers.respondent.country);
        if !country.is_empty()
            && let Some(twin) = members
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
        members.push(s);
    }
    let Some(first) = network.as_ref().or(members.first()) else {
        return Err(Failure::msg(msg!("no-answer-files")));
    };
    let guideline = first.guideline;
    let lang = ctx.lang(&first.answers.language);
    Ok(NetworkFiles {
        guideline,
        members,
        network,
        lang,
    })
}

/// The network view of loaded files; a file for another network is refused.
pub(super) fn combine(files: &NetworkFiles) -> Result<Aggregate, Failure> {
    let members: Vec<Input> = files
        .members
        .iter()
        .map(|s| Input {
            file: &s.file,
            answers: &s.answers,
        })
        .collect();
    let network = files.network.as_ref().map(|s| Input {
        file: &s.file,
        answers: &s.answers,
    });
    aggregate::aggregate(files.guideline, &members, network, files.lang).map_err(|e| {
        Failure::msg(match e {
            AggregateError::OtherGuideline {
                file,
                found,
                first,
                expected,
            } => msg!(
                "aggregate-one-guideline",
                file = &file,
                guideline = &found,
                first = &first,
                first_guideline = &expected
            ),
            AggregateError::OtherNetwork {
                file,
                found,
                first,
                expected,
            } => msg!(
                "aggregate-other-network",
                file = &file,
                found = &found,
                first = &first,
                expected = &expected
            ),
        })
    })
}

/// The network view of files and folders, as a view in the language of
/// the output, its PDF dated by `SOURCE_DATE_EPOCH` when set.
pub(super) fn load(
    guidelines: &[Guideline],
    paths: &[PathBuf],
    ctx: &Context,
    io: &mut Output,
) -> Result<NetworkReport, Failure> {
    let files = load_files(guidelines, paths, ctx, io)?;
    let data = combine(&files)?;
    let mut view = report::network::build(&data, files.guideline, files.lang);
    if let Some(seconds) = ctx.source_date_epoch {
        view.document_date = Some(seconds);
    }
    Ok(view)
}

fn wants_workbook(output: Option<&Path>) -> bool {
    output
        .and_then(|p| p.extension())
        .is_some_and(|x| x.eq_ignore_ascii_case("xlsx"))
}

pub(super) fn run(
    guidelines: &[Guideline],
    args: &AggregateArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let chosen = super::format_for_output(
        "aggregate",
        args.output.as_deref(),
        args.format,
        &[
            ("md", AggregateFormat::Md, "md"),
            ("markdown", AggregateFormat::Md, "md"),
            ("json", AggregateFormat::Json, "json"),
            ("csv", AggregateFormat::Csv, "csv"),
            ("xlsx", AggregateFormat::Xlsx, "xlsx"),
            ("txt", AggregateFormat::Table, "table"),
        ],
        AggregateFormat::Table,
    )
    .map_err(|e| {
        // The network's PDF is made by report: say so.
        if args
            .output
            .as_deref()
            .and_then(Path::extension)
            .is_some_and(|x| x.eq_ignore_ascii_case("pdf"))
        {
            Failure::msg(msg!(
                "aggregate-pdf-name",
                path = args
                    .output
                    .as_deref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()
            ))
        } else {
            e
        }
    })?;
    if args.by == AggregateRows::Criterion && chosen != AggregateFormat::Csv {
        return Err(Failure::msg(msg!("by-criterion-needs-csv")));
    }
    let format = match chosen {
        AggregateFormat::Table => Format::Table { width: ctx.width },
        AggregateFormat::Md => Format::Markdown,
        AggregateFormat::Json => Format::Json,
        AggregateFormat::Csv if args.by == AggregateRows::Criterion => Format::CsvByCriterion,
        AggregateFormat::Csv => Format::Csv,
        AggregateFormat::Xlsx => Format::Xlsx,
    };
    let target = match (&args.output, format) {
        (Some(path), _) => Target::from_arg(path),
        // A workbook is not for a terminal: beside the first file.
        (None, Format::Xlsx) => Target::Path(args.files[0].with_file_name("network.xlsx")),
        (None, _) => Target::Stdout,
    };
    // A name and a format that contradict each other are a mistake to say
    // before anything is written (a workbook named .csv, CSV named .xlsx).
    if let Target::Path(path) = &target {
        let shown = path.display().to_string();
        if format == Format::Xlsx && !wants_workbook(Some(path)) {
            return Err(Failure::msg(msg!("template-xlsx-name", path = &shown)));
        }
        if format != Format::Xlsx && wants_workbook(Some(path)) {
            return Err(Failure::msg(msg!(
                "aggregate-not-a-workbook",
                path = &shown
            )));
        }
    }
    let inputs = ctx.inputs(&args.files);
    if let Target::Path(path) = &target {
        files::check_output(path, &inputs)?;
    }
    let view = load(guidelines, &args.files, ctx, io)?;
    let bytes = report::render(View::Network(&view), format).map_err(Failure::new)?;
    write_to(io, &target, &bytes, &inputs)?;
    if let Target::Path(path) = &target {
        let t = Tr::new(view.lang);
        let path = path.display().to_string();
        let message = if format == Format::Xlsx {
            t.f(
                "wrote-network-workbook",
                &[
                    ("path", Arg::Str(&path)),
                    ("count", Arg::Count(view.heat.len())),
                ],
            )
        } else {
            t.f("wrote-file", &[("path", Arg::Str(&path))])
        };
        let _ = writeln!(io.out, "{message}");
    }
    Ok(EXIT_OK)
}
