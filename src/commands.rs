//! Runs a parsed command line: loads files, calls the library, writes output
//! to the given writers and returns the exit code. Nothing here touches the
//! real stdout or the clock, so tests drive it with buffers.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::aggregate;
use crate::answers::{self, AnswerFile, AnswersError};
use crate::cli::{
    AggregateArgs, AggregateFormat, AssessArgs, Cli, Command, CompareArgs, CompareFormat,
    DiagnosticFormat, GuidelinesArgs, ReportArgs, ReportFormat, SchemaArgs, SchemaKind, ScoreArgs,
    ScoreFormat, TemplateArgs, ValidateArgs,
};
use crate::compare;
use crate::diagnostic::{self, Diagnostic};
use crate::i18n;
use crate::model::{self, Guideline};
use crate::questionnaire;
use crate::report::{self, export, markdown, pdf, table};
use crate::scoring;
use crate::source_file;
use crate::template;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings (validation errors, score under `--fail-under`).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage or operational error.
pub const EXIT_ERROR: u8 = 2;
/// Exit code: interrupted by Ctrl-C (128 + SIGINT, as shells expect).
pub const EXIT_INTERRUPTED: u8 = 130;

/// What the command may know of the world outside its arguments.
#[derive(Debug, Clone)]
pub struct Context {
    /// Today's date, `YYYY-MM-DD`.
    pub today: String,
    /// Width for tables.
    pub width: u16,
    /// Standard input, output and error are all terminals.
    pub interactive: bool,
    /// The locale from the environment (`LC_ALL`, `LC_MESSAGES` or `LANG`).
    pub env_lang: String,
    /// `--lang`, when given.
    pub lang_flag: Option<String>,
    /// Threads for batch work (`score`); 1 scores one file at a time.
    pub jobs: usize,
}

impl Context {
    /// The language for output about an answer file whose `language` is `file_lang`.
    pub fn lang(&self, file_lang: &str) -> &'static str {
        i18n::choose(self.lang_flag.as_deref(), file_lang, &self.env_lang)
    }
}

/// Where output goes.
pub struct Output<'a> {
    /// Results.
    pub out: &'a mut dyn Write,
    /// Messages and findings about inputs.
    pub err: &'a mut dyn Write,
}

/// An error that ends a command with exit code 2: the complete text to
/// print, each line starting with `error:` or with a `file:line:col:` finding.
#[derive(Debug)]
pub struct Failure(pub String);

impl Failure {
    /// A one-line error.
    pub fn new(message: impl std::fmt::Display) -> Self {
        Failure(format!("error: {message}"))
    }
}

impl From<model::GuidelineError> for Failure {
    fn from(e: model::GuidelineError) -> Self {
        Failure::new(e)
    }
}

impl From<source_file::ReadError> for Failure {
    fn from(e: source_file::ReadError) -> Self {
        Failure::new(e)
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::new(e)
    }
}

impl From<AnswersError> for Failure {
    fn from(e: AnswersError) -> Self {
        match e {
            // Findings already name the file and position.
            AnswersError::Invalid(_) => Failure(e.to_string()),
            other => Failure::new(other),
        }
    }
}

/// Runs the command and returns the exit code.
pub fn run(cli: Cli, ctx: &Context, io: &mut Output) -> u8 {
    let ctx = &Context {
        lang_flag: cli.lang.clone().or_else(|| ctx.lang_flag.clone()),
        ..ctx.clone()
    };
    let result = match &cli.command {
        Command::Assess(args) => with_guidelines(&cli, |gs| assess_cmd(gs, args, ctx, io)),
        Command::Validate(args) => validate(args, io),
        Command::Template(args) => with_guidelines(&cli, |gs| template_cmd(gs, args, ctx, io)),
        Command::Score(args) => with_guidelines(&cli, |gs| score_cmd(gs, args, ctx, io)),
        Command::Report(args) => with_guidelines(&cli, |gs| report_cmd(gs, args, ctx, io)),
        Command::Compare(args) => with_guidelines(&cli, |gs| compare_cmd(gs, args, ctx, io)),
        Command::Aggregate(args) => with_guidelines(&cli, |gs| aggregate_cmd(gs, args, ctx, io)),
        Command::Schema(args) => schema_cmd(args, io),
        Command::Guidelines(args) => with_guidelines(&cli, |gs| guidelines_cmd(gs, args, ctx, io)),
    };
    match result {
        Ok(code) => code,
        Err(Failure(message)) => {
            let _ = writeln!(io.err, "{message}");
            EXIT_ERROR
        }
    }
}

fn with_guidelines(
    cli: &Cli,
    f: impl FnOnce(&[Guideline]) -> Result<u8, Failure>,
) -> Result<u8, Failure> {
    let guidelines = match &cli.guidelines {
        Some(path) => model::load_path(path)?,
        None => model::builtin(),
    };
    f(&guidelines)
}

fn find<'g>(guidelines: &'g [Guideline], id: &str) -> Result<&'g Guideline, Failure> {
    model::find(guidelines, id).map_err(Failure::new)
}

fn write_out(io: &mut Output, text: &str) -> Result<(), Failure> {
    write_bytes(io, text.as_bytes())
}

fn write_bytes(io: &mut Output, bytes: &[u8]) -> Result<(), Failure> {
    io.out.write_all(bytes).map_err(|e| {
        Failure::new(format!(
            "cannot write output: {}",
            source_file::describe_io(&e)
        ))
    })
}

// ---------------------------------------------------------------- assess

fn assess_cmd(
    guidelines: &[Guideline],
    args: &AssessArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    if !ctx.interactive {
        return Err(Failure::new(
            "`assess` needs an interactive terminal, and standard input or output is not one.\n\
             For non-interactive use, write a blank answer file, fill it in an editor, then score it:\n  \
             wen-assess template --guideline strengthening -o answers.yaml\n  \
             wen-assess score answers.yaml\n  \
             wen-assess report answers.yaml",
        ));
    }
    let opts = questionnaire::StartOptions {
        guideline: args.guideline.clone(),
        answers: args.answers.clone(),
        lang: ctx.lang_flag.clone(),
        env_lang: ctx.env_lang.clone(),
        today: ctx.today.clone(),
        width: ctx.width,
    };
    let mut prompter = questionnaire::TerminalPrompter::default();
    match questionnaire::run(&mut prompter, guidelines, &opts) {
        Ok(_) => Ok(EXIT_OK),
        Err(questionnaire::SessionError::Interrupted { answers }) => {
            let _ = match answers {
                Some(path) => writeln!(
                    io.err,
                    "\nInterrupted. Every confirmed answer is saved in {}; resume with: wen-assess assess --answers {}",
                    path.display(),
                    path.display()
                ),
                None => writeln!(io.err, "\nInterrupted before any answer was saved."),
            };
            Ok(EXIT_INTERRUPTED)
        }
        Err(questionnaire::SessionError::Answers(e)) => Err(e.into()),
        Err(e) => Err(Failure::new(e)),
    }
}

// ---------------------------------------------------------------- validate

fn validate(args: &ValidateArgs, io: &mut Output) -> Result<u8, Failure> {
    // (name, text) of every file to check; unreadable ones are reported and counted.
    let mut inputs: Vec<(String, String)> = Vec::new();
    let mut unreadable = 0;
    if args.paths.is_empty() {
        for (_, file, text) in model::BUILTIN {
            inputs.push((file.to_string(), text.to_string()));
        }
    }
    for path in &args.paths {
        let files = match model::guideline_files(path) {
            Ok(files) if files.is_empty() => {
                let _ = writeln!(
                    io.err,
                    "error: {}: no guideline files (*.yaml, *.yml) in this folder",
                    path.display()
                );
                unreadable += 1;
                continue;
            }
            Ok(files) => files,
            Err(e) => {
                let _ = writeln!(io.err, "error: {e}");
                unreadable += 1;
                continue;
            }
        };
        for file in files {
            match source_file::read_text(&file) {
                Ok(text) => inputs.push((file.display().to_string(), text)),
                Err(e) => {
                    let _ = writeln!(io.err, "error: {e}");
                    unreadable += 1;
                }
            }
        }
    }
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut summaries: Vec<(String, Option<(usize, usize)>)> = Vec::new();
    for (file, text) in &inputs {
        let (g, diagnostics) = model::check_text(text, file);
        summaries.push((
            file.clone(),
            g.map(|g| (g.criterion_count(), g.areas.len())),
        ));
        all.extend(diagnostics);
    }
    let errors = diagnostic::error_count(&all);
    let warnings = all.len() - errors;
    let text = match args.format {
        DiagnosticFormat::Human => {
            let mut o = String::new();
            for d in &all {
                o.push_str(&format!("{d}\n"));
            }
            for (file, summary) in &summaries {
                if let Some((criteria, areas)) = summary {
                    o.push_str(&format!(
                        "{file}: ok, {criteria} criteria in {areas} areas\n"
                    ));
                }
            }
            o.push_str(&format!(
                "{} file(s) checked: {errors} error(s), {warnings} warning(s)\n",
                summaries.len()
            ));
            o
        }
        DiagnosticFormat::Json => {
            let files: Vec<serde_json::Value> = summaries
                .iter()
                .map(|(file, s)| {
                    serde_json::json!({
                        "file": file,
                        "valid": s.is_some(),
                        "criteria": s.map(|s| s.0),
                    })
                })
                .collect();
            let doc = serde_json::json!({
                "schema": "wen-assess/validate/1",
                "files": files,
                "errors": errors,
                "warnings": warnings,
                "diagnostics": all,
            });
            format!("{}\n", serde_json::to_string_pretty(&doc)?)
        }
        DiagnosticFormat::Github => all
            .iter()
            .map(|d| {
                format!(
                    "::{} file={},line={},col={},title={}::{}\n",
                    d.severity,
                    github_escape(&d.file, true),
                    d.line.max(1),
                    d.col.max(1),
                    d.code,
                    github_escape(&d.message, false)
                )
            })
            .collect(),
    };
    write_out(io, &text)?;
    Ok(if unreadable > 0 {
        EXIT_ERROR
    } else if errors > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// Escapes text for a GitHub Actions workflow command.
fn github_escape(s: &str, property: bool) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    if property {
        s.replace(':', "%3A").replace(',', "%2C")
    } else {
        s
    }
}

// ---------------------------------------------------------------- template

fn template_cmd(
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
    match &args.output {
        None => write_out(io, &text)?,
        Some(path) if path.as_os_str() == "-" => write_out(io, &text)?,
        Some(path) => {
            if path.exists() && !args.force {
                return Err(Failure::new(format!(
                    "{}: already exists; use --force to overwrite it",
                    path.display()
                )));
            }
            answers::save_text_atomically(path, &text).map_err(|e| {
                Failure::new(format!(
                    "{}: cannot write: {}",
                    path.display(),
                    source_file::describe_io(&e)
                ))
            })?;
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
    }
    Ok(EXIT_OK)
}

// ---------------------------------------------------------------- answers

/// An answer file loaded and checked against its guideline, with the bytes
/// it was read from.
struct Loaded<'g> {
    file: String,
    guideline: &'g Guideline,
    answers: AnswerFile,
    bytes: Vec<u8>,
}

/// Loads one answer file and checks it against its guideline; warnings go
/// to `err`.
fn load_checked<'g>(
    guidelines: &'g [Guideline],
    path: &Path,
    err: &mut dyn Write,
) -> Result<Loaded<'g>, Failure> {
    let file = path.display().to_string();
    let text = source_file::read_text(path)?;
    let (answers, mut warnings) = answers::parse_answers(&text, &file)?;
    let guideline = model::find(guidelines, &answers.guideline).map_err(|_| {
        Failure::new(format!(
            "{file}: answers are for guideline `{}`, which is not loaded (available: {}); use --guidelines PATH to load it",
            answers.guideline,
            model::loaded_ids(guidelines)
        ))
    })?;
    warnings.extend(answers::check_against(&answers, guideline, &file));
    diagnostic::sort(&mut warnings);
    for w in &warnings {
        let _ = writeln!(err, "{w}");
    }
    Ok(Loaded {
        file,
        guideline,
        answers,
        bytes: text.into_bytes(),
    })
}

// ---------------------------------------------------------------- score

fn score_cmd(
    guidelines: &[Guideline],
    args: &ScoreArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    if let Some(n) = args.fail_under {
        if !(0.0..=4.0).contains(&n) {
            return Err(Failure::new(format!(
                "--fail-under {n} is outside the scale 0-4"
            )));
        }
    }
    let (mut failed, mut below) = (0usize, Vec::new());
    match args.format {
        ScoreFormat::Json => write_out(
            io,
            &format!("{{\"schema\":\"{}\",\"files\":[", export::SCORE_SCHEMA),
        )?,
        ScoreFormat::Csv => write_out(io, &format!("{}\n", export::CSV_HEADER))?,
        ScoreFormat::Table => {}
    }
    let mut first = true;
    // Files are scored in chunks, each spread over the worker threads, and
    // printed in the order given: memory stays flat however many files there
    // are, and the output is the same as one file at a time.
    let jobs = ctx.jobs.max(1);
    for chunk in args.files.chunks(SCORE_CHUNK) {
        let outcomes = score_chunk(guidelines, args, ctx, chunk, jobs);
        for outcome in outcomes {
            let _ = io.err.write_all(outcome.messages.as_bytes());
            match outcome.result {
                Err(()) => failed += 1,
                Ok((text, overall)) => {
                    if let Some(n) = args.fail_under {
                        if overall.is_none_or(|o| scoring::round1(o) < n) {
                            below.push((outcome.file, overall));
                        }
                    }
                    if args.format == ScoreFormat::Json && !first {
                        write_out(io, ",")?;
                    }
                    first = false;
                    write_out(io, &text)?;
                }
            }
        }
    }
    if args.format == ScoreFormat::Json {
        write_out(io, "]}\n")?;
    }
    if let Some(n) = args.fail_under {
        for (file, overall) in &below {
            let _ = writeln!(
                io.err,
                "{file}: overall maturity {} is below --fail-under {n}",
                report::figure(overall.map(scoring::round1))
            );
        }
    }
    if failed > 0 {
        let _ = writeln!(
            io.err,
            "{failed} of {} file(s) could not be scored",
            args.files.len()
        );
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
                    if args.files.len() > 1 {
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

// ---------------------------------------------------------------- report

/// `answers.yaml` -> `answers-report.md` in the same folder.
pub fn default_report_path(answers: &Path, extension: &str) -> PathBuf {
    let stem = answers.file_stem().map_or_else(
        || "answers".to_string(),
        |s| s.to_string_lossy().to_string(),
    );
    answers.with_file_name(format!("{stem}-report.{extension}"))
}

fn report_cmd(
    guidelines: &[Guideline],
    args: &ReportArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    if args.aggregate {
        return network_report_cmd(guidelines, args, ctx, io);
    }
    let [file] = args.files.as_slice() else {
        return Err(Failure::new(format!(
            "report takes one answer file ({} given); for a network report of several files add --aggregate",
            args.files.len()
        )));
    };
    let s = load_checked(guidelines, file, io.err)?;
    let card = scoring::score(s.guideline, &s.answers);
    let model = report::build(
        s.guideline,
        &s.answers,
        &card,
        &s.bytes,
        ctx.lang(&s.answers.language),
    );
    let (bytes, extension) = match args.format {
        ReportFormat::Md => (markdown::render(&model).into_bytes(), "md"),
        ReportFormat::Pdf => (pdf::render(&model).map_err(Failure::new)?, "pdf"),
    };
    let path = args
        .output
        .clone()
        .unwrap_or_else(|| default_report_path(file, extension));
    if !write_report(io, &path, &bytes)? {
        return Ok(EXIT_OK);
    }
    let _ = writeln!(
        io.out,
        "Wrote {}: overall maturity {} ({}), {} action(s), coverage {:.0}%",
        path.display(),
        report::figure(model.overall),
        model.overall_label,
        model.actions.len(),
        card.coverage.percent()
    );
    Ok(EXIT_OK)
}

/// Writes a report to `path`, or to standard output for `-`; true when a
/// file was written.
fn write_report(io: &mut Output, path: &Path, bytes: &[u8]) -> Result<bool, Failure> {
    if path.as_os_str() == "-" {
        write_bytes(io, bytes)?;
        return Ok(false);
    }
    answers::save_bytes_atomically(path, bytes).map_err(|e| {
        Failure::new(format!(
            "{}: cannot write the report: {}",
            path.display(),
            source_file::describe_io(&e)
        ))
    })?;
    Ok(true)
}

fn network_report_cmd(
    guidelines: &[Guideline],
    args: &ReportArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let (agg, ui) = load_aggregate(guidelines, &args.files, ctx, io)?;
    let generator = format!("wen-assess {}", env!("CARGO_PKG_VERSION"));
    let (bytes, extension) = match args.format {
        ReportFormat::Md => (aggregate::render_markdown(&agg, ui).into_bytes(), "md"),
        ReportFormat::Pdf => (
            pdf::render_network(&agg, ui, &generator).map_err(Failure::new)?,
            "pdf",
        ),
    };
    let path = args
        .output
        .clone()
        .unwrap_or_else(|| args.files[0].with_file_name(format!("network-report.{extension}")));
    if write_report(io, &path, &bytes)? {
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

// ---------------------------------------------------------------- compare

/// Loads one answer file and its guideline, printing warnings.
fn load_one<'g>(
    guidelines: &'g [Guideline],
    path: &Path,
    err: &mut dyn Write,
) -> Result<(&'g Guideline, AnswerFile), Failure> {
    let s = load_checked(guidelines, path, err)?;
    Ok((s.guideline, s.answers))
}

fn compare_cmd(
    guidelines: &[Guideline],
    args: &CompareArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let (g_old, old) = load_one(guidelines, &args.old, io.err)?;
    let (g_new, new) = load_one(guidelines, &args.new, io.err)?;
    if g_old.id != g_new.id {
        return Err(Failure::new(format!(
            "{} is for guideline `{}` and {} for `{}`; compare needs two assessments of the same guideline",
            args.old.display(),
            g_old.id,
            args.new.display(),
            g_new.id
        )));
    }
    let (o, n) = (
        args.old.display().to_string(),
        args.new.display().to_string(),
    );
    let c = compare::compare(g_new, (&o, &old), (&n, &new));
    let text = match args.format {
        CompareFormat::Table => compare::render_table(&c, ctx.width),
        CompareFormat::Md => compare::render_markdown(&c),
        CompareFormat::Json => format!("{}\n", serde_json::to_string_pretty(&c)?),
    };
    write_out(io, &text)?;
    Ok(EXIT_OK)
}

// ---------------------------------------------------------------- aggregate

fn load_aggregate(
    guidelines: &[Guideline],
    paths: &[PathBuf],
    ctx: &Context,
    io: &mut Output,
) -> Result<(aggregate::Aggregate, &'static i18n::Ui), Failure> {
    let mut files = Vec::with_capacity(paths.len());
    let mut guideline: Option<&Guideline> = None;
    for path in paths {
        let (g, a) = load_one(guidelines, path, io.err)?;
        if let Some(first) = guideline {
            if first.id != g.id {
                return Err(Failure::new(format!(
                    "{}: answers are for guideline `{}`, but {} is for `{}`; aggregate needs one guideline",
                    path.display(),
                    g.id,
                    paths[0].display(),
                    first.id
                )));
            }
        }
        guideline = Some(g);
        files.push((path.display().to_string(), a));
    }
    let Some(g) = guideline else {
        return Err(Failure::new("no answer files given"));
    };
    let lang = ctx.lang(files.first().map_or("", |(_, a)| a.language.as_str()));
    let agg = aggregate::aggregate(g, &files, i18n::ui(lang)).map_err(Failure::new)?;
    for d in &agg.duplicate_countries {
        let _ = writeln!(io.err, "warning: country given by more than one file: {d}");
    }
    Ok((agg, i18n::ui(lang)))
}

fn aggregate_cmd(
    guidelines: &[Guideline],
    args: &AggregateArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let (agg, ui) = load_aggregate(guidelines, &args.files, ctx, io)?;
    let text = match args.format {
        AggregateFormat::Table => aggregate::render_table(&agg, ctx.width, ui),
        AggregateFormat::Md => aggregate::render_markdown(&agg, ui),
        AggregateFormat::Json => format!("{}\n", serde_json::to_string_pretty(&agg)?),
        AggregateFormat::Csv => aggregate::render_csv(&agg),
    };
    write_out(io, &text)?;
    Ok(EXIT_OK)
}

// ---------------------------------------------------------------- schema

fn schema_cmd(args: &SchemaArgs, io: &mut Output) -> Result<u8, Failure> {
    let text = match args.kind {
        SchemaKind::Guideline => crate::schema::GUIDELINE,
        SchemaKind::Answers => crate::schema::ANSWERS,
    };
    write_out(io, text)?;
    Ok(EXIT_OK)
}

// ---------------------------------------------------------------- guidelines

fn guidelines_cmd(
    guidelines: &[Guideline],
    args: &GuidelinesArgs,
    ctx: &Context,
    io: &mut Output,
) -> Result<u8, Failure> {
    let lang = ctx.lang("");
    let mut o = String::new();
    match &args.id {
        None => {
            let w = guidelines
                .iter()
                .map(|g| g.id.len())
                .max()
                .unwrap_or(2)
                .max(2);
            o.push_str(&format!("{:w$}  VERSION  CRITERIA  TITLE\n", "ID"));
            for g in guidelines {
                o.push_str(&format!(
                    "{:w$}  {:7}  {:>8}  {}\n",
                    g.id,
                    g.version,
                    g.criterion_count(),
                    g.title.get(lang)
                ));
            }
        }
        Some(id) => {
            let g = find(guidelines, id)?;
            o.push_str(&format!("{} ({} {})\n", g.title.get(lang), g.id, g.version));
            o.push_str(&format!("{}\n", g.description.get(lang)));
            o.push_str(&format!("{}\n", g.source));
            o.push_str(&format!(
                "Languages: {} · default target: {} ({})\n",
                g.languages.join(", "),
                g.target,
                g.level_label(g.target, lang)
            ));
            for area in &g.areas {
                o.push_str(&format!(
                    "\n{} ({}, weight {}, {} criteria)\n",
                    area.title.get(lang),
                    area.id,
                    area.weight,
                    area.criteria.len()
                ));
                let w = area.criteria.iter().map(|c| c.id.len()).max().unwrap_or(0);
                for c in &area.criteria {
                    o.push_str(&format!(
                        "  {:w$}  {} (weight {})\n",
                        c.id,
                        c.title.get(lang),
                        c.weight
                    ));
                }
            }
        }
    }
    write_out(io, &o)?;
    Ok(EXIT_OK)
}
