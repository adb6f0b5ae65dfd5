//! `wen-assess compare`: progress over two or more assessments, the files
//! of one member state or of the network, or folders of member states'
//! files (one per year), as a table, Markdown, JSON or PDF.

use super::aggregate::{combine, load_files};
use super::{Context, EXIT_OK, Failure, Output, load_checked, write_to};
use crate::aggregate::Aggregate;
use crate::answers::{AnswerFile, name_key, same_name};
use crate::cli::{CompareArgs, CompareFormat};
use crate::compare::{self, DateIssue, Input, Source};
use crate::files::{self, Target};
use crate::i18n::{Arg, Tr};
use crate::model::{Guideline, Scope};
use crate::msg;
use crate::report::{self, Format, View, progress};

/// What one answer file is about, as far as it says.
#[derive(Debug, Clone, PartialEq)]
enum Subject {
    /// The network as a whole (`scope: network`).
    Network,
    /// One member state, by its name as people read it; `member` when the
    /// file says `scope: member` (a file without `scope` that names a
    /// country may be a network's own assessment, written before files
    /// said whom they speak for).
    Country { key: String, member: bool },
    /// A file without `scope` and without a country.
    Unknown,
}

fn subject(a: &AnswerFile) -> Subject {
    let key = name_key(&a.respondent.country);
    match a.scope {
        Some(Scope::Network) => Subject::Network,
        _ if key.is_empty() => Subject::Unknown,
        scope => Subject::Country {
            key,
            member: scope == Some(Scope::Member),
        },
    }
}

/// True when two files may be assessments of the same thing: what a file
/// does not say does not tell it apart.
fn same_subject(a: &Subject, b: &Subject) -> bool {
    match (a, b) {
        (Subject::Unknown, _) | (_, Subject::Unknown) => true,
        (Subject::Network, Subject::Network) => true,
        (Subject::Country { key: x, .. }, Subject::Country { key: y, .. }) => x == y,
        (Subject::Network, Subject::Country { member, .. })
        | (Subject::Country { member, .. }, Subject::Network) => !member,
    }
}

/// "Atlantis Coast", or "the network Example Regional WEN", for a message.
fn described(t: &Tr, a: &AnswerFile) -> String {
    match subject(a) {
        Subject::Country { .. } => a.respondent.country.trim().to_string(),
        _ => t.f(
            "compare-the-network",
            &[("network", Arg::Str(a.network.name.trim()))],
        ),
    }
}

pub(super) fn run(
    guidelines: &[Guideline],
    args: &CompareArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let t = Tr::new(ctx.lang(""));
    let paths = &args.assessments;
    let folders = paths.iter().filter(|p| p.is_dir()).count();
    if folders > 0 && folders < paths.len() {
        return Err(Failure::msg(msg!("compare-files-and-folders")));
    }
    for (i, a) in paths.iter().enumerate() {
        let id = files::file_id(a);
        if let Some(b) = paths[i + 1..]
            .iter()
            .find(|b| id.is_some() && files::file_id(b) == id)
        {
            return Err(Failure::msg(msg!(
                "compare-given-twice",
                first = &a.display().to_string(),
                second = &b.display().to_string()
            )));
        }
    }
    let chosen = super::format_for_output(
        "compare",
        args.output.as_deref(),
        args.format,
        &[
            ("md", CompareFormat::Md, "md"),
            ("markdown", CompareFormat::Md, "md"),
            ("json", CompareFormat::Json, "json"),
            ("pdf", CompareFormat::Pdf, "pdf"),
            ("txt", CompareFormat::Table, "table"),
        ],
        CompareFormat::Table,
    )?;
    let format = match chosen {
        CompareFormat::Table => Format::Table { width: ctx.width },
        CompareFormat::Md => Format::Markdown,
        CompareFormat::Json => Format::Json,
        CompareFormat::Pdf => Format::Pdf,
    };
    let target = match (&args.output, format) {
        (Some(path), _) => Target::from_arg(path),
        // A PDF is not for a terminal: beside the first assessment.
        (None, Format::Pdf) => Target::Path(paths[0].with_file_name("progress-report.pdf")),
        (None, _) => Target::Stdout,
    };
    let inputs = ctx.inputs(paths);
    if let Target::Path(path) = &target {
        files::check_output(path, &inputs)?;
    }

    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let mut loaded = Vec::new();
    let mut views: Vec<(&'_ Guideline, Aggregate, &'static str)> = Vec::new();
    if folders == 0 {
        for path in paths {
            loaded.push(load_checked(guidelines, path, ctx, io.err)?);
        }
    } else {
        for path in paths {
            let files = load_files(guidelines, std::slice::from_ref(path), ctx, io)?;
            let data = combine(&files)?;
            views.push((files.guideline, data, files.lang));
        }
    }
    // Files of one guideline, one network, one member state (or the network).
    let (guideline, lang, country, inputs_of_points): (&Guideline, &str, String, Vec<Input>) =
        if folders == 0 {
            let first = &loaded[0];
            for s in &loaded[1..] {
                if s.guideline.id != first.guideline.id {
                    return Err(Failure::msg(msg!(
                        "compare-other-guideline",
                        first = &first.file,
                        found = &s.guideline.id,
                        second = &s.file,
                        expected = &first.guideline.id
                    )));
                }
                let (a, b) = (
                    s.answers.network.name.trim(),
                    first.answers.network.name.trim(),
                );
                if !a.is_empty() && !b.is_empty() && !same_name(a, b) {
                    return Err(Failure::msg(msg!(
                        "compare-other-network",
                        first = &first.file,
                        expected = first.answers.network.name.trim(),
                        second = &s.file,
                        found = s.answers.network.name.trim()
                    )));
                }
                if let Some(other) = loaded
                    .iter()
                    .find(|o| !same_subject(&subject(&o.answers), &subject(&s.answers)))
                {
                    let first = other;
                    return Err(Failure::msg(msg!(
                        "compare-other-subject",
                        first = &first.file,
                        expected = &described(&t, &first.answers),
                        second = &s.file,
                        found = &described(&t, &s.answers)
                    )));
                }
            }
            // The title names a member state only when its files say they
            // speak for one.
            let country = loaded
                .iter()
                .find(|s| matches!(subject(&s.answers), Subject::Country { member: true, .. }))
                .map(|s| s.answers.respondent.country.trim().to_string())
                .unwrap_or_default();
            (
                first.guideline,
                ctx.lang(&first.answers.language),
                country,
                loaded
                    .iter()
                    .map(|s| Input {
                        path: &s.file,
                        source: Source::File(&s.answers),
                    })
                    .collect(),
            )
        } else {
            let (g, first, lang) = &views[0];
            for ((g2, data, _), path) in views.iter().zip(&shown).skip(1) {
                if g2.id != g.id {
                    return Err(Failure::msg(msg!(
                        "compare-other-guideline",
                        first = &shown[0],
                        found = &g2.id,
                        second = path,
                        expected = &g.id
                    )));
                }
                if !same_name(&data.network, &first.network) {
                    return Err(Failure::msg(msg!(
                        "compare-other-network",
                        first = &shown[0],
                        expected = &first.network,
                        second = path,
                        found = &data.network
                    )));
                }
            }
            (
                *g,
                *lang,
                String::new(),
                views
                    .iter()
                    .zip(&shown)
                    .map(|((_, data, _), path)| Input {
                        path,
                        source: Source::Network(data),
                    })
                    .collect(),
            )
        };
    let (points, issues) = compare::order(inputs_of_points);
    for issue in issues {
        let message = match issue {
            DateIssue::Missing { path } => t.f("compare-no-date", &[("path", Arg::Str(&path))]),
            DateIssue::Repeated {
                first,
                second,
                date,
            } => t.f(
                "compare-same-date",
                &[
                    ("first", Arg::Str(&first)),
                    ("second", Arg::Str(&second)),
                    ("date", Arg::Str(&date)),
                ],
            ),
        };
        io.say(&t.f("compare-warning", &[("text", Arg::Str(&message))]));
    }
    let trend = compare::compare(guideline, &points, &country, lang);
    let mut view = progress::build(&trend, guideline, lang);
    if let Some(seconds) = ctx.source_date_epoch {
        view.document_date = Some(seconds);
    }
    let bytes = report::render(View::Progress(&view), format).map_err(Failure::new)?;
    write_to(io, &target, &bytes, &inputs)?;
    if let Target::Path(path) = &target {
        let t = Tr::new(view.lang);
        let _ = writeln!(
            io.out,
            "{}",
            t.f(
                "wrote-progress-report",
                &[
                    ("path", Arg::Str(&path.display().to_string())),
                    ("count", Arg::Count(view.points.len())),
                ],
            )
        );
    }
    Ok(EXIT_OK)
}
