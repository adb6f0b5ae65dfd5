//! Command-line definitions (clap derive). No logic here: `commands/` runs them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// `wen-assess --version`: the program, the built-in guidelines and the
/// languages, made once when asked for.
fn long_version() -> &'static str {
    static TEXT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let guidelines: Vec<String> = crate::model::builtin()
            .iter()
            .map(|g| format!("{} {} ({} criteria)", g.id, g.version, g.criterion_count()))
            .collect();
        let languages: Vec<String> = crate::i18n::languages()
            .iter()
            .map(|code| format!("{code} ({})", crate::i18n::language_name(code)))
            .collect();
        format!(
            "{}\nbuilt-in guidelines: {}\nlanguages: {}",
            env!("CARGO_PKG_VERSION"),
            guidelines.join(", "),
            languages.join(", ")
        )
    });
    TEXT.as_str()
}

const EXAMPLES: &str = "\
Examples:
  wen-assess assess --guideline strengthening
  wen-assess score examples/strengthening-example.yaml
  wen-assess report examples/strengthening-example.yaml --format pdf
  wen-assess template --guideline establishing -o my-network.yaml
  wen-assess template --guideline strengthening --country Atlantis -o atlantis.xlsx
  wen-assess aggregate countries/*.xlsx
  wen-assess validate guidelines/

Exit codes: 0 ok, 1 findings (validation errors, score under --fail-under),
2 usage or operational error (unreadable or invalid file, no terminal),
130 interrupted.";

/// Self-assessment of Wildlife Enforcement Networks (WENs) against criteria
/// structured after the ICCWC Guidelines for WENs (2020).
#[derive(Debug, Parser)]
#[command(name = "wen-assess", version, long_version = long_version(), after_help = EXAMPLES)]
pub struct Cli {
    /// Load the guideline files of this file or folder besides the built-in
    /// ones; a file with the id of a built-in guideline takes its place
    #[arg(long, global = true, value_name = "PATH")]
    pub guidelines: Option<PathBuf>,

    /// With --guidelines: load only those files, without the built-in guidelines
    #[arg(long, global = true, requires = "guidelines")]
    pub no_builtin_guidelines: bool,

    /// Language of reports, tables and prompts: one of the catalogues in
    /// `locales/` (default: the answer file's `language`, else LANG from the
    /// environment, else en)
    #[arg(long, global = true, value_parser = clap::builder::PossibleValuesParser::new(crate::i18n::languages()))]
    pub lang: Option<String>,

    /// The command to run
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Interactive questionnaire: answer every criterion, saved after each answer
    #[command(after_help = "Examples:
  wen-assess assess                                   # asks for everything
  wen-assess assess --guideline strengthening --lang en
  wen-assess assess --answers my-network.yaml         # resume or revise

Keys: arrows and Enter to choose; the menu also offers N/A, skip, previous
question, jump to an area (Esc goes back), the guidance when the screen is
too small to show it, and save-and-quit. Answered criteria are not asked
again; when every criterion has an answer, a review lists them all, to
change any before the scores and the report. Ctrl-C stops at once; every
confirmed answer is already saved.

With --plain (or TERM=dumb) each question is printed with numbered choices
and the answer is typed: 0-4, na, s (skip), p (previous), j (jump), q (save
and quit), then Enter.")]
    Assess(AssessArgs),
    /// Check guideline files and print every problem as file:line:col
    #[command(after_help = "Examples:
  wen-assess validate                      # the built-in guidelines
  wen-assess validate guidelines/ my.yaml  # files and folders
  wen-assess validate --format json guidelines/
  wen-assess validate ours.yaml --against old.yaml   # what changed since
  wen-assess validate ours.yaml --against strengthening --allow missing-scope")]
    Validate(ValidateArgs),
    /// Write a blank answer file to fill in an editor, or a workbook (.xlsx) for a spreadsheet
    #[command(after_help = "Examples:
  wen-assess template --guideline strengthening -o answers.yaml
  wen-assess template --guideline establishing --network \"Example Regional WEN\" > new.yaml
  wen-assess template -g strengthening --network \"Example Regional WEN\" \\
      --country Atlantis --respondent \"A. Focal\" --role \"National focal point\" -o atlantis.yaml
  wen-assess template -g strengthening --network \"Example Regional WEN\" --country Atlantis -o atlantis.xlsx

A name ending in .xlsx (or --format xlsx) writes a workbook for Excel or
LibreOffice: instructions, one row per criterion with a drop-down for the
level, a Workshop sheet; only the answer cells can be edited.")]
    Template(TemplateArgs),
    /// Score answer files: maturity per area and overall, gaps, coverage
    #[command(after_help = "Examples:
  wen-assess score examples/strengthening-example.yaml
  wen-assess score answers/*.yaml --format csv > scores.csv
  wen-assess score answers.yaml --fail-under 2.5   # exit 1 below 2.5")]
    Score(ScoreArgs),
    /// Write the gap report with the prioritised action plan
    #[command(after_help = "Examples:
  wen-assess report examples/strengthening-example.yaml
  wen-assess report answers.yaml --format pdf              # answers-report.pdf
  wen-assess report answers.yaml -o report.pdf             # the name chooses PDF
  wen-assess report answers.yaml --format md -o report.md
  wen-assess report answers.yaml -o -        # to standard output
  wen-assess report answers.yaml --format pdf -o - > report.pdf")]
    Report(ReportArgs),
    /// Progress between two assessments of the same guideline
    #[command(after_help = "Examples:
  wen-assess compare answers-2025.yaml answers-2026.yaml
  wen-assess compare old.yaml new.yaml --format md > progress.md")]
    Compare(CompareArgs),
    /// Network view from member-state answer files or workbooks
    #[command(after_help = "Examples:
  wen-assess aggregate examples/network/*.yaml
  wen-assess aggregate countries/*.yaml --format csv > network.csv
  wen-assess report --aggregate countries/*.yaml -o network-report.md")]
    Aggregate(AggregateArgs),
    /// Convert between an answer file (YAML) and a workbook (.xlsx, .ods), nothing lost
    #[command(after_help = "Examples:
  wen-assess convert atlantis.xlsx atlantis.yaml    # a returned workbook, for version control
  wen-assess convert atlantis.ods atlantis.yaml     # saved in LibreOffice
  wen-assess convert atlantis.yaml atlantis.xlsx    # answers to fill in further in a spreadsheet
  wen-assess convert atlantis.xlsx -                # YAML to standard output

The output's name chooses its kind: .yaml or .yml, or .xlsx. Levels, N/A
reasons, notes, evidence, the network and respondent, targets, workshop
participants and findings, answers to criteria the guideline does not have
and keys the tool does not use all survive both ways; YAML comments do not,
and evidence items holding a line break come back split (convert names
them). An answer file for an older version of its guideline is carried to
the loaded version on its way into a workbook, as `migrate` does. An
existing OUT is only replaced with --force.")]
    Convert(ConvertArgs),
    /// Rewrite an answer file for the loaded version of its guideline
    #[command(after_help = "Examples:
  wen-assess migrate answers-2025.yaml              # rewrite in place
  wen-assess migrate answers-2025.yaml --dry-run    # only say what would move

Answers given under criteria that a newer guideline moved or renamed (its
`replaces:` links) move to their new ids; new criteria are left to answer;
answers to criteria the guideline no longer has stay in the file. Comments
and everything else in the file are kept. The file is replaced atomically.")]
    Migrate(MigrateArgs),
    /// Print the JSON Schema of a file format, for editors and validators
    #[command(after_help = "Examples:
  wen-assess schema answers > wen-assess-answers.schema.json
  wen-assess schema guideline > wen-assess-guideline.schema.json")]
    Schema(SchemaArgs),
    /// List the loaded guidelines, or show the criteria of one
    #[command(after_help = "Examples:
  wen-assess guidelines
  wen-assess guidelines strengthening")]
    Guidelines(GuidelinesArgs),
    /// Print the shell completion script for bash, zsh, fish, PowerShell or elvish
    #[command(after_help = "Examples:
  wen-assess completions bash > ~/.local/share/bash-completion/completions/wen-assess
  wen-assess completions zsh > ~/.zfunc/_wen-assess     # a folder in $fpath
  wen-assess completions fish > ~/.config/fish/completions/wen-assess.fish
  wen-assess completions powershell | Out-String | Invoke-Expression   # in $PROFILE")]
    Completions(CompletionsArgs),
    /// Print the man page (roff), or write one page per command into a folder
    #[command(after_help = "Examples:
  wen-assess man > ~/.local/share/man/man1/wen-assess.1   # then: man wen-assess
  wen-assess man --output-dir ~/.local/share/man/man1    # wen-assess-report.1, ...
  wen-assess man | man -l -                               # read it now")]
    Man(ManArgs),
}

/// Arguments of `assess`.
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Guideline id: establishing (a new WEN) or strengthening (an existing one)
    #[arg(long, short = 'g')]
    pub guideline: Option<String>,
    /// Answer file to resume, or where to save a new assessment
    #[arg(long, short = 'a', value_name = "FILE")]
    pub answers: Option<PathBuf>,
    /// Ask line by line, with no cursor movement: for screen readers, serial
    /// consoles and dumb terminals (the default when TERM=dumb)
    #[arg(long)]
    pub plain: bool,
}

/// Arguments of `convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The answer file or workbook to read (.yaml, .yml, .xlsx, .ods)
    #[arg(value_name = "IN")]
    pub input: PathBuf,
    /// Where to write: NAME.xlsx for a workbook, NAME.yaml for an answer
    /// file, `-` for YAML on standard output
    #[arg(value_name = "OUT")]
    pub output: PathBuf,
    /// Replace OUT if it exists
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `migrate`.
#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// The answer file to rewrite
    pub file: PathBuf,
    /// Say what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Output of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    /// file:line:col: error[code]: message
    Human,
    /// One JSON document
    Json,
    /// GitHub Actions annotations
    Github,
}

/// Arguments of `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Guideline files or folders of *.yaml files (default: the built-in guidelines)
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    pub format: DiagnosticFormat,
    /// Compare with the previous version: a guideline file, a folder, or the
    /// id of a built-in guideline; each guideline is compared with the one of
    /// the same id
    #[arg(long, value_name = "OLD")]
    pub against: Option<PathBuf>,
    /// Do not show the warnings with this code (repeatable)
    #[arg(long, value_name = "CODE", value_parser = crate::diagnostic::parse_allowed_code)]
    pub allow: Vec<crate::diagnostic::Code>,
    /// Make the warnings with this code errors (repeatable)
    #[arg(long, value_name = "CODE", value_parser = crate::diagnostic::parse_code)]
    pub deny: Vec<crate::diagnostic::Code>,
    /// Show every finding, instead of one line with a count for a code
    /// repeated in a file
    #[arg(long, short)]
    pub verbose: bool,
}

/// Kind of template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TemplateFormat {
    /// A commented YAML answer file, for an editor
    Yaml,
    /// A workbook for Excel or LibreOffice
    Xlsx,
}

/// Arguments of `template`.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// yaml or xlsx (default: xlsx when FILE ends in .xlsx, else yaml)
    #[arg(long, value_enum)]
    pub format: Option<TemplateFormat>,
    /// Guideline id (see `wen-assess guidelines`); asked on a terminal when
    /// not given
    #[arg(long, short = 'g')]
    pub guideline: Option<String>,
    /// Where to write (default: standard output)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Network name to pre-fill
    #[arg(long, default_value = "")]
    pub network: String,
    /// Network region to pre-fill
    #[arg(long, default_value = "")]
    pub region: String,
    /// Country of the member state that will answer (aggregate keys on it)
    #[arg(long, default_value = "")]
    pub country: String,
    /// Name of the person who will answer
    #[arg(long, default_value = "")]
    pub respondent: String,
    /// Role of the person who will answer, e.g. "National focal point"
    #[arg(long, default_value = "")]
    pub role: String,
    /// Date to pre-fill, YYYY-MM-DD (default: today)
    #[arg(long)]
    pub date: Option<String>,
    /// Overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
}

/// Output of `score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    /// A table per file
    Table,
    /// One JSON document (schema wen-assess/score/1)
    Json,
    /// One row per file and area, plus an `overall` row
    Csv,
}

/// Arguments of `score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Answer files or workbooks (.yaml, .yml, .xlsx, .ods), or folders of them
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
    pub format: ScoreFormat,
    /// Exit with 1 when a file's overall maturity is below N (0-4)
    #[arg(long, value_name = "N")]
    pub fail_under: Option<f64>,
}

/// Format of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown
    Md,
    /// PDF (A4, fonts embedded)
    Pdf,
}

/// Arguments of `report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Answer file (with --aggregate: the answer files of every member state)
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Write the network report of several member-state files
    #[arg(long)]
    pub aggregate: bool,
    /// Report format (default: pdf when OUT ends in .pdf, else md)
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Output file, `-` for standard output (default: FILE-report.md or .pdf
    /// beside the answers; with --aggregate, network-report.md or .pdf beside
    /// the first file)
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

/// Output of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// Text table and lists
    Table,
    /// Markdown
    Md,
    /// One JSON document (schema wen-assess/compare/1)
    Json,
}

/// Arguments of `compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The earlier answer file
    pub old: PathBuf,
    /// The later answer file
    pub new: PathBuf,
    /// Output format
    #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
}

/// Output of `aggregate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AggregateFormat {
    /// Text tables and lists
    Table,
    /// Markdown
    Md,
    /// One JSON document (schema wen-assess/aggregate/1)
    Json,
    /// One row per country and area, then the network rows
    Csv,
}

/// Arguments of `aggregate`.
#[derive(Debug, Args)]
pub struct AggregateArgs {
    /// Answer files or workbooks, one per member state (or folders of them)
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = AggregateFormat::Table)]
    pub format: AggregateFormat,
}

/// The file formats with a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// Guideline (criteria) files
    Guideline,
    /// Answer files
    Answers,
}

/// Arguments of `schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which format
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

/// Arguments of `guidelines`.
#[derive(Debug, Args)]
pub struct GuidelinesArgs {
    /// Show the criteria of this guideline
    pub id: Option<String>,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Arguments of `man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write wen-assess.1 and a page per command (wen-assess-report.1, ...)
    /// into DIR, created if missing, instead of printing the main page
    #[arg(long, value_name = "DIR")]
    pub output_dir: Option<PathBuf>,
}
