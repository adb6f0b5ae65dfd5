//! Runs a parsed command line: one file per command, each loading its
//! inputs, calling the library, and writing through [`files::write`].
//! The binary hands every command its output streams and the date through
//! [`Context`], so tests drive them with buffers and a fixed clock; only
//! `assess` (and `serve`, with its sockets) reaches the real terminal.

mod aggregate;
mod assess;
mod compare;
mod completions;
mod convert;
mod guidelines;
mod man;
mod migrate;
mod report;
mod schema;
mod score;
mod serve;
mod template;
mod validate;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::answers::{self, AnswerFile, AnswersError};
use crate::cli::{Cli, Command};
use crate::diagnostic;
use crate::escape;
use crate::files::{self, ReadError, Target, WriteError};
use crate::i18n;
use crate::model::{self, Guideline};
use crate::msg;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: findings (validation errors, score under `--fail-under`).
pub(crate) const EXIT_FINDINGS: u8 = 1;
/// Exit code: usage or operational error.
pub const EXIT_ERROR: u8 = 2;
/// Exit code: interrupted by Ctrl-C (128 + SIGINT, as shells expect).
pub(crate) const EXIT_INTERRUPTED: u8 = 130;

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
    /// `--guidelines`, when given: its files are inputs too.
    pub guidelines_path: Option<PathBuf>,
    /// The terminal cannot move its cursor (`TERM=dumb`): ask line by line.
    pub dumb_terminal: bool,
    /// Set by Ctrl-C: an interactive session ends at its next prompt.
    pub interrupt: crate::questionnaire::Interrupt,
    /// `SOURCE_DATE_EPOCH`, when set: the date every PDF says it was made,
    /// instead of the assessment's (reproducible builds of reports).
    pub source_date_epoch: Option<i64>,
}

impl Context {
    /// Everything a command reads, which no output may replace: the
    /// `--guidelines` file or the guideline files of its folder, and
    /// `paths`, each a file or a folder of answer files and workbooks.
    pub(crate) fn inputs(&self, paths: &[PathBuf]) -> files::Inputs {
        let mut inputs = files::Inputs::default();
        if let Some(g) = &self.guidelines_path {
            inputs.add(g, model::GUIDELINE_EXTENSIONS);
        }
        for path in paths {
            inputs.add(path, &answer_extensions());
        }
        inputs
    }

    /// The language for output about an answer file whose `language` is `file_lang`.
    pub(crate) fn lang(&self, file_lang: &str) -> &'static str {
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

impl Output<'_> {
    /// Prints a message on standard error, control characters escaped.
    pub(crate) fn say(&mut self, message: &str) {
        let _ = writeln!(self.err, "{}", escape::controls_but_newlines(message));
    }
}

/// An error that ends a command with exit code 2: what to say, each line
/// an `error:` or a `file:line:col:` finding, in the user's language when
/// it is a catalogue message.
#[derive(Debug)]
pub(crate) struct Failure(Vec<Said>);

/// One line of a [`Failure`].
#[derive(Debug)]
enum Said {
    /// `error: ...`.
    Error(crate::diagnostic::Message),
    /// A finding about an input (errors only are said).
    Findings(Vec<diagnostic::Diagnostic>),
}

impl Failure {
    /// A one-line error, its text as it is.
    pub(crate) fn new(message: impl std::fmt::Display) -> Self {
        Failure(vec![Said::Error(crate::diagnostic::Message::Text(
            message.to_string(),
        ))])
    }

    /// A one-line error from the catalogues.
    pub(crate) fn msg(message: crate::i18n::Msg) -> Self {
        Failure(vec![Said::Error(message.into())])
    }

    /// What to print, in `t`'s language.
    pub(crate) fn render(&self, t: &i18n::Tr) -> String {
        let error = t.t("error");
        let mut lines = Vec::new();
        for said in &self.0 {
            match said {
                Said::Error(m) => lines.push(format!("{error}: {}", m.render(t))),
                Said::Findings(ds) => {
                    lines.extend(ds.iter().filter(|d| d.is_error()).map(|d| d.render(t)))
                }
            }
        }
        lines.join("\n")
    }
}

impl std::fmt::Display for Failure {
    /// In English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(&i18n::Tr::new("en")))
    }
}

impl From<model::GuidelineError> for Failure {
    /// Guideline files are written by their authors, for whom the checks
    /// stay in English.
    fn from(e: model::GuidelineError) -> Self {
        Failure::new(e)
    }
}

impl From<ReadError> for Failure {
    fn from(e: ReadError) -> Self {
        Failure::msg(e.msg())
    }
}

impl From<WriteError> for Failure {
    fn from(e: WriteError) -> Self {
        Failure::msg(e.msg())
    }
}

impl From<files::LockError> for Failure {
    fn from(e: files::LockError) -> Self {
        Failure::msg(e.msg())
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::new(e)
    }
}

impl From<AnswersError> for Failure {
    fn from(e: AnswersError) -> Self {
        match (e.msg(), e) {
            (Some(m), _) => Failure::msg(m),
            // Findings already name the file and position.
            (None, AnswersError::Invalid(ds)) => Failure(vec![Said::Findings(ds)]),
            (None, other) => Failure::new(other),
        }
    }
}

/// Runs the command and returns the exit code.
pub fn run(cli: Cli, ctx: &Context, io: &mut Output) -> u8 {
    let ctx = &Context {
        lang_flag: cli.lang.clone().or_else(|| ctx.lang_flag.clone()),
        guidelines_path: cli.guidelines.clone(),
        ..ctx.clone()
    };
    let result = match &cli.command {
        Command::Assess(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| assess::run(gs, args, ctx, io))
        }
        Command::Serve(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| serve::run(gs, args, ctx, io))
        }
        Command::Validate(args) => validate::run(args, ctx, io),
        Command::Template(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| template::run(gs, args, ctx, io))
        }
        Command::Score(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| score::run(gs, args, ctx, io))
        }
        Command::Report(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| report::run(gs, args, ctx, io))
        }
        Command::Compare(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| compare::run(gs, args, ctx, io))
        }
        Command::Aggregate(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| aggregate::run(gs, args, ctx, io))
        }
        Command::Migrate(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| migrate::run(gs, args, ctx, io))
        }
        Command::Convert(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| convert::run(gs, args, ctx, io))
        }
        Command::Schema(args) => schema::run(args, io),
        Command::Guidelines(args) => {
            with_guidelines(&cli, ctx, io, |gs, io| guidelines::run(gs, args, ctx, io))
        }
        Command::Completions(args) => completions::run(args, ctx, io),
        Command::Man(args) => man::run(args, ctx, io),
    };
    match result {
        Ok(code) => code,
        Err(failure) => {
            io.say(&failure.render(&i18n::Tr::new(ctx.lang(""))));
            EXIT_ERROR
        }
    }
}

/// Loads the guidelines a command uses (the built-in ones and the files of
/// `--guidelines`), says on standard error which built-in ones a file took
/// the place of, and runs the command with them.
fn with_guidelines(
    cli: &Cli,
    ctx: &Context,
    io: &mut Output,
    f: impl FnOnce(&[Guideline], &mut Output) -> Result<u8, Failure>,
) -> Result<u8, Failure> {
    let (guidelines, replaced) =
        model::load_guidelines(cli.guidelines.as_deref(), !cli.no_builtin_guidelines)?;
    let t = i18n::Tr::new(ctx.lang(""));
    for r in &replaced {
        io.say(&t.f(
            "guideline-replaces-builtin",
            &[
                ("file", i18n::Arg::Str(&r.file)),
                ("id", i18n::Arg::Str(&r.id)),
                ("version", i18n::Arg::Str(&r.version)),
                ("builtin", i18n::Arg::Str(&r.builtin_version)),
            ],
        ));
    }
    f(&guidelines, io)
}

fn find<'g>(guidelines: &'g [Guideline], id: &str) -> Result<&'g Guideline, Failure> {
    model::find(guidelines, id).map_err(Failure::msg)
}

/// Writes bytes to a target (standard output, a file, a device), refusing
/// to write over any of `inputs`.
fn write_to(
    io: &mut Output,
    target: &Target,
    bytes: &[u8],
    inputs: &files::Inputs,
) -> Result<(), Failure> {
    files::write(target, bytes, inputs, io.out).map_err(Failure::from)
}

/// Writes text to standard output.
fn print(io: &mut Output, text: &str) -> Result<(), Failure> {
    write_to(
        io,
        &Target::Stdout,
        text.as_bytes(),
        &files::Inputs::default(),
    )
}

/// Kinds of document a name's ending announces; a command asked to write
/// one of them that it cannot make says so instead of writing another
/// kind under that name.
const DOCUMENT_ENDINGS: &[&str] = &[
    "pdf", "md", "markdown", "csv", "json", "xlsx", "ods", "yaml", "yml", "html", "docx",
];

/// The output format: `--format`, else the one the output's name ends in
/// (`known`: ending, format, the format's name for `--format`), else
/// `default`. A `--format` the name contradicts, or a name announcing a
/// kind of document the command does not write, is refused before
/// anything is read, rather than writing one kind of file under
/// another's name (a `progress.pdf` holding text).
fn format_for_output<F: Copy + PartialEq>(
    command: &str,
    output: Option<&Path>,
    given: Option<F>,
    known: &[(&str, F, &str)],
    default: F,
) -> Result<F, Failure> {
    let named = output.filter(|p| p.as_os_str() != "-");
    let ending = named
        .and_then(Path::extension)
        .and_then(|x| x.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let shown = named.map(|p| p.display().to_string()).unwrap_or_default();
    let by_name = known.iter().find(|(e, _, _)| *e == ending);
    match (given, by_name) {
        (Some(g), Some((_, f, _))) if g != *f => {
            let format = known
                .iter()
                .find(|(_, f, _)| *f == g)
                .map_or("", |(_, _, name)| *name);
            Err(Failure::msg(msg!(
                "output-name-contradicts",
                path = &shown,
                ending = &ending,
                format = format
            )))
        }
        (_, Some((_, f, _))) => Ok(*f),
        (Some(g), None) if !DOCUMENT_ENDINGS.contains(&ending.as_str()) => Ok(g),
        (None, None) if !DOCUMENT_ENDINGS.contains(&ending.as_str()) => Ok(default),
        _ => {
            let mut endings: Vec<String> = known.iter().map(|(e, _, _)| format!(".{e}")).collect();
            endings.dedup();
            Err(Failure::msg(msg!(
                "output-name-no-such-format",
                path = &shown,
                command = command,
                ending = &ending,
                endings = endings.join(", ")
            )))
        }
    }
}

/// The kinds of file read from a folder of answers: answer files and
/// workbooks.
fn answer_extensions() -> Vec<&'static str> {
    let mut kinds = vec!["yaml", "yml"];
    kinds.extend(answers::workbook::WORKBOOK_EXTENSIONS);
    kinds
}

/// The answer files named by the arguments: files as given, and the
/// answer files and workbooks of folders, sorted (without the lock file
/// Excel leaves beside an open workbook, `~$NAME.xlsx`; LibreOffice's,
/// `.~lock.NAME.ods#`, has no workbook extension).
fn answer_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let found: Vec<PathBuf> = files::files_in(path, &answer_extensions())?
                .into_iter()
                .filter(|p| {
                    let name = p
                        .file_name()
                        .map(|n| n.to_string_lossy())
                        .unwrap_or_default();
                    !name.starts_with("~$")
                })
                .collect();
            if found.is_empty() {
                return Err(Failure::msg(msg!(
                    "folder-without-answers",
                    path = path.display().to_string()
                )));
            }
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

/// An answer file loaded and checked against its guideline, with the bytes
/// it was read from.
struct Loaded<'g> {
    path: PathBuf,
    file: String,
    guideline: &'g Guideline,
    answers: AnswerFile,
    bytes: Vec<u8>,
    /// Answers carried from ids an earlier version of the guideline used.
    moved: Vec<answers::Moved>,
}

/// An answer file or workbook as read, before any check against its
/// guideline.
struct Read {
    answers: AnswerFile,
    /// The reader's findings.
    warnings: Vec<diagnostic::Diagnostic>,
    /// The bytes read.
    bytes: Vec<u8>,
}

/// Reads an answer file, or a workbook when its name says so.
fn read_answers(guidelines: &[Guideline], path: &Path) -> Result<Read, Failure> {
    if answers::is_workbook_path(path) {
        let (book, bytes) = answers::load_workbook(path, guidelines)?;
        let mut warnings = book.warnings;
        if let Some(lock) = open_elsewhere(path) {
            warnings.push(diagnostic::Diagnostic::warning(
                diagnostic::Code::WorkbookOpen,
                &path.display().to_string(),
                crate::position::Location::File,
                msg!("workbook-open", lock = lock),
            ));
        }
        Ok(Read {
            answers: book.answers,
            warnings,
            bytes,
        })
    } else {
        let text = files::read_text(path)?;
        let (answers, warnings) = answers::parse_answers(&text, &path.display().to_string())?;
        Ok(Read {
            answers,
            warnings,
            bytes: text.into_bytes(),
        })
    }
}

/// The lock file a spreadsheet program keeps beside a workbook it has open,
/// if there is one: LibreOffice's `.~lock.NAME#`, Excel's `~$NAME` (with
/// the name's first two characters replaced when it is long).
fn open_elsewhere(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let mut candidates = vec![format!(".~lock.{name}#"), format!("~${name}")];
    if let Some((i, _)) = name.char_indices().nth(2) {
        candidates.push(format!("~${}", &name[i..]));
    }
    candidates
        .into_iter()
        .find(|c| path.with_file_name(c).is_file())
}

/// The loaded guideline that the answers read from `file` are for.
fn guideline_for<'g>(
    guidelines: &'g [Guideline],
    file: &str,
    id: &str,
) -> Result<&'g Guideline, Failure> {
    model::find(guidelines, id).map_err(|_| {
        Failure::msg(msg!(
            "guideline-not-loaded",
            file = file,
            id = crate::diagnostic::quoted(id),
            loaded = model::loaded_ids(guidelines)
        ))
    })
}

/// Prints findings about an input in order (lines, then cells by sheet,
/// row and column).
fn print_findings(err: &mut dyn Write, mut warnings: Vec<diagnostic::Diagnostic>, t: &i18n::Tr) {
    diagnostic::sort(&mut warnings);
    for w in &warnings {
        let _ = writeln!(err, "{}", w.render(t));
    }
}

/// Prints what a migration moved, a line each (`moved A → B`).
fn print_moves(out: &mut dyn Write, t: &i18n::Tr, moved: &[answers::Moved]) {
    for answers::Moved { from, to } in moved {
        let _ = writeln!(
            out,
            "{}",
            t.f(
                "migrate-moved",
                &[("from", i18n::Arg::Str(from)), ("to", i18n::Arg::Str(to))]
            )
        );
    }
}

/// Loads one answer file or workbook and checks it against its guideline;
/// warnings go to `err`.
fn load_checked<'g>(
    guidelines: &'g [Guideline],
    path: &Path,
    ctx: &Context,
    err: &mut dyn Write,
) -> Result<Loaded<'g>, Failure> {
    let file = path.display().to_string();
    let Read {
        mut answers,
        mut warnings,
        bytes,
    } = read_answers(guidelines, path)?;
    let guideline = guideline_for(guidelines, &file, &answers.guideline)?;
    let (moved, notes) = answers::migrate(&mut answers, guideline, &file);
    warnings.extend(notes);
    warnings.extend(answers::check_against(&answers, guideline, &file));
    // Findings in the language the rest of the output speaks: `--lang`,
    // else the file's own, else the environment's.
    print_findings(err, warnings, &i18n::Tr::new(ctx.lang(&answers.language)));
    Ok(Loaded {
        path: path.to_path_buf(),
        file,
        guideline,
        answers,
        bytes,
        moved,
    })
}
