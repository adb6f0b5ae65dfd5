//! `wen-assess score`: maturity per area and overall for many answer files,
//! as tables, JSON or CSV, in the order given, on every core.

use std::path::{Path, PathBuf};

use super::{
    Context, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Failure, Output, answer_files, load_checked, print,
};
use crate::cli::{ScoreArgs, ScoreFormat};
use crate::escape;
use crate::i18n::{Arg, Tr};
use crate::model::Guideline;
use crate::report::{self, Format, View, scores};
use crate::scoring;

/// Files per chunk: enough to keep the threads busy, few enough that the
/// rendered output of a chunk stays small.
const SCORE_CHUNK: usize = 256;

fn format(args: &ScoreArgs, ctx: &Context) -> Format {
    match args.format {
        ScoreFormat::Table => Format::Table { width: ctx.width },
        ScoreFormat::Json => Format::Json,
        ScoreFormat::Csv => Format::Csv,
    }
}

pub(super) fn run(
    guidelines: &[Guideline],
    args: &ScoreArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    if let Some(n) = args.fail_under
        && !(0.0..=4.0).contains(&n)
    {
        return Err(Failure::msg(crate::msg!(
            "fail-under-outside",
            value = n.to_string()
        )));
    }
    let paths = answer_files(&args.files)?;
    let (start, between, end) = report::scores_frame(format(args, ctx));
    print(io, start)?;
    let (mut failed, mut below) = (0usize, Vec::new());
    let mut first = true;
    // Files are scored in chunks, each spread over the worker threads, and
    // printed in the order given: memory stays flat however many files there
    // are, and the output is the same as one file at a time.
    let jobs = ctx.jobs.max(1);
    for chunk in paths.chunks(SCORE_CHUNK) {
        for outcome in score_chunk(guidelines, args, ctx, chunk, jobs) {
            let _ = io
                .err
                .write_all(escape::controls_but_newlines(&outcome.messages).as_bytes());
            let Ok((text, overall)) = outcome.result else {
                failed += 1;
                continue;
            };
            if let Some(n) = args.fail_under
                && overall.is_none_or(|o| scoring::round1(o) < n)
            {
                below.push((outcome.file, overall));
            }
            if !first {
                print(io, between)?;
            }
            first = false;
            print(io, &text)?;
        }
    }
    print(io, end)?;
    let t = Tr::new(ctx.lang(""));
    if let Some(n) = args.fail_under {
        for (file, overall) in &below {
            io.say(&t.f(
                "below-fail-under",
                &[
                    ("file", Arg::Str(file)),
                    ("value", Arg::Str(&t.figure(overall.map(scoring::round1)))),
                    ("limit", Arg::Str(&n.to_string())),
                ],
            ));
        }
    }
    if failed > 0 {
        io.say(&t.f(
            "files-not-scored",
            &[
                ("failed", Arg::Count(failed)),
                ("total", Arg::Count(paths.len())),
            ],
        ));
        return Ok(EXIT_ERROR);
    }
    Ok(if below.is_empty() {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    })
}

/// What scoring one file produced, rendered and ready to print.
struct FileOutcome {
    file: String,
    /// Warnings and errors about the file, for standard error.
    messages: String,
    /// The rendered output and the overall maturity, or `Err` when the file
    /// could not be scored (the reason is in `messages`).
    result: Result<(String, Option<f64>), ()>,
}

fn score_one(
    guidelines: &[Guideline],
    args: &ScoreArgs,
    ctx: &Context,
    path: &Path,
) -> FileOutcome {
    let mut messages = Vec::new();
    let file = path.display().to_string();
    let result = match load_checked(guidelines, path, ctx, &mut messages) {
        Err(failure) => {
            let t = Tr::new(ctx.lang(""));
            messages.extend_from_slice(failure.render(&t).as_bytes());
            messages.push(b'\n');
            Err(())
        }
        Ok(s) => {
            let card = scoring::score(s.guideline, &s.answers);
            let lang = ctx.lang(&s.answers.language);
            let view = scores::build(&s.file, s.guideline, &s.answers, &card, lang);
            let text = report::render(View::Scores(&view), format(args, ctx))
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default();
            Ok((text, card.overall))
        }
    };
    FileOutcome {
        file,
        messages: String::from_utf8_lossy(&messages).into_owned(),
        result,
    }
}

/// Scores a chunk of files on `jobs` threads; results in the chunk's order.
fn score_chunk(
    guidelines: &[Guideline],
    args: &ScoreArgs,
    ctx: &Context,
    chunk: &[PathBuf],
    jobs: usize,
) -> Vec<FileOutcome> {
    if jobs == 1 || chunk.len() < 2 {
        return chunk
            .iter()
            .map(|p| score_one(guidelines, args, ctx, p))
            .collect();
    }
    let per_thread = chunk.len().div_ceil(jobs);
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunk
            .chunks(per_thread)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|p| score_one(guidelines, args, ctx, p))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join().unwrap_or_else(|_| {
                    vec![FileOutcome {
                        file: String::new(),
                        messages: "error: internal error while scoring\n".to_string(),
                        result: Err(()),
                    }]
                })
            })
            .collect()
    })
}
