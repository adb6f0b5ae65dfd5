//! `wen-assess score`: maturity per area and overall for many answer files,
//! as tables, JSON or CSV, in the order given, on every core.

use std::path::{Path, PathBuf};

use super::{
    Context, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Failure, Output, answer_files, load_checked, print,
};
use crate::cli::{ScoreArgs, ScoreFormat};
use crate::escape;
use crate::model::Guideline;
use crate::report::{self, export, table};
use crate::scoring;

pub(super) fn run(
    guidelines: &[Guideline],
    args: &ScoreArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    if let Some(n) = args.fail_under
        && !(0.0..=4.0).contains(&n)
    {
        return Err(Failure::new(format!(
            "--fail-under {n} is outside the scale 0-4"
        )));
    }
    let (mut failed, mut below) = (0usize, Vec::new());
    match args.format {
        ScoreFormat::Json => print(
            io,
            &format!("{{\"schema\":\"{}\",\"files\":[", export::SCORE_SCHEMA),
        )?,
        ScoreFormat::Csv => print(io, &format!("{}\n", export::CSV_HEADER))?,
        ScoreFormat::Table => {}
    }
    let paths = answer_files(&args.files)?;
    let mut first = true;
    // Files are scored in chunks, each spread over the worker threads, and
    // printed in the order given: memory stays flat however many files there
    // are, and the output is the same as one file at a time.
    let jobs = ctx.jobs.max(1);
    for chunk in paths.chunks(SCORE_CHUNK) {
        let outcomes = score_chunk(guidelines, args, ctx, chunk, jobs, paths.len() > 1);
        for outcome in outcomes {
            let _ = io
                .err
                .write_all(escape::controls_but_newlines(&outcome.messages).as_bytes());
            match outcome.result {
                Err(()) => failed += 1,
                Ok((text, overall)) => {
                    if let Some(n) = args.fail_under
                        && overall.is_none_or(|o| scoring::round1(o) < n)
                    {
                        below.push((outcome.file, overall));
                    }
                    if args.format == ScoreFormat::Json && !first {
                        print(io, ",")?;
                    }
                    first = false;
                    print(io, &text)?;
                }
            }
        }
    }
    if args.format == ScoreFormat::Json {
        print(io, "]}\n")?;
    }
    if let Some(n) = args.fail_under {
        for (file, overall) in &below {
            io.say(&format!(
                "{file}: overall maturity {} is below --fail-under {n}",
                report::figure(overall.map(scoring::round1))
            ));
        }
    }
    if failed > 0 {
        io.say(&format!(
            "{failed} of {} file(s) could not be scored",
            paths.len()
        ));
        return Ok(EXIT_ERROR);
    }
    Ok(if below.is_empty() {
        EXIT_OK
    } else {
        EXIT_FINDINGS
    })
}

/// Files per chunk of `score`: enough to keep the threads busy, few enough
/// that the rendered output of a chunk stays small.
const SCORE_CHUNK: usize = 256;

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
    many: bool,
) -> FileOutcome {
    let mut messages = Vec::new();
    let file = path.display().to_string();
    let scored = load_checked(guidelines, path, &mut messages);
    let result = match scored {
        Err(Failure(message)) => {
            messages.extend_from_slice(message.as_bytes());
            messages.push(b'\n');
            Err(())
        }
        Ok(s) => {
            let card = scoring::score(s.guideline, &s.answers);
            let record = export::file_record(&s.file, s.guideline, &s.answers, &card);
            let text = match args.format {
                ScoreFormat::Table => {
                    let lang = ctx.lang(&s.answers.language);
                    let mut t =
                        table::render(&s.file, s.guideline, &s.answers, &card, ctx.width, lang);
                    if many {
                        t.push('\n');
                    }
                    t
                }
                ScoreFormat::Json => serde_json::to_string(&record).unwrap_or_default(),
                ScoreFormat::Csv => export::csv_rows(&record),
            };
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
    many: bool,
) -> Vec<FileOutcome> {
    if jobs == 1 || chunk.len() < 2 {
        return chunk
            .iter()
            .map(|p| score_one(guidelines, args, ctx, p, many))
            .collect();
    }
    let per_thread = chunk.len().div_ceil(jobs);
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunk
            .chunks(per_thread)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|p| score_one(guidelines, args, ctx, p, many))
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
