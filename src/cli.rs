//! Command-line definitions (clap derive). No logic here: `commands/` runs them.
//!
//! The texts users read (what each command and argument is for, the
//! examples) are in the catalogues, `locales/<lang>/help.ftl`, under ids
//! named after the command and the argument (`arg-score-fail-under`; see
//! `cli_text`): adding an argument here is adding its text there in every
//! language. The doc comments here describe the code.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Self-assessment of Wildlife Enforcement Networks (WENs) against criteria
/// structured after the ICCWC Guidelines for WENs (2020).
#[derive(Debug, Parser)]
#[command(name = "wen-assess", version)]
pub struct Cli {
    /// Load the guideline files of this file or folder besides the built-in
    /// ones; a file with the id of a built-in guideline takes its place
    #[arg(long, global = true, value_name = "PATH")]
    pub guidelines: Option<PathBuf>,

    /// With --guidelines: load only those files, without the built-in guidelines
    #[arg(long, global = true, requires = "guidelines")]
    pub no_builtin_guidelines: bool,

    /// Language of what the tool says, one of those built in (else the
    /// answer file's `language`, else the locale, else English)
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
    Assess(AssessArgs),
    /// The questionnaire as a local web page, for a workshop room
    Serve(ServeArgs),
    /// Check guideline files and print every problem as file:line:col
    Validate(ValidateArgs),
    /// Write a blank answer file to fill in an editor, or a workbook (.xlsx) for a spreadsheet
    Template(TemplateArgs),
    /// Score answer files: maturity per area and overall, gaps, coverage
    Score(ScoreArgs),
    /// Write the gap report with the prioritised action plan
    Report(ReportArgs),
    /// Progress over two or more assessments of the same guideline
    Compare(CompareArgs),
    /// Network view from member-state answer files or workbooks
    Aggregate(AggregateArgs),
    /// Convert between an answer file (YAML) and a workbook (.xlsx, .ods), nothing lost
    Convert(ConvertArgs),
    /// Rewrite an answer file for the loaded version of its guideline
    Migrate(MigrateArgs),
    /// Print the JSON Schema of a file format, for editors and validators
    Schema(SchemaArgs),
    /// List the loaded guidelines, or show the criteria of one
    Guidelines(GuidelinesArgs),
    /// Print the shell completion script for bash, zsh, fish, PowerShell or elvish
    Completions(CompletionsArgs),
    /// Print the man page (roff), or write one page per command into a folder
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

/// Arguments of `serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Answer file to resume, or where to save a new assessment (default: a
    /// new file named after the network, in the current folder)
    #[arg(value_name = "ANSWERS")]
    pub answers: Option<PathBuf>,
    /// Guideline id of a new assessment: establishing or strengthening
    #[arg(long, short = 'g')]
    pub guideline: Option<String>,
    /// Port to listen on (default: a free one)
    #[arg(long, default_value_t = 0, value_parser = crate::diagnostic::parse_port)]
    pub port: u16,
    /// Address to listen on; another than 127.0.0.1 lets anyone on that
    /// network with the link join (default: 127.0.0.1, this computer only)
    #[arg(long, value_name = "ADDRESS", value_parser = crate::diagnostic::parse_address)]
    pub listen: Option<std::net::IpAddr>,
    /// Print the link without opening a browser
    #[arg(long)]
    pub no_browser: bool,
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
    /// Date to pre-fill, YYYY-MM-DD (else left empty, for when the answers
    /// are given)
    #[arg(long, value_parser = crate::diagnostic::parse_date)]
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
    /// One JSON document (schema wen-assess/compare/2)
    Json,
    /// A4 PDF with a line chart of each area
    Pdf,
}

/// Arguments of `compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more assessments, in any order: answer files of one member
    /// state or of the network, or folders of member states' files (one per
    /// year)
    #[arg(required = true, num_args = 2.., value_name = "ASSESSMENT")]
    pub assessments: Vec<PathBuf>,
    /// Output format (default: the one OUT's name ends in, .md, .json or
    /// .pdf, else table)
    #[arg(long, value_enum)]
    pub format: Option<CompareFormat>,
    /// Output file, `-` for standard output (default: standard output; with
    /// --format pdf, progress-report.pdf beside the first assessment)
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

/// Output of `aggregate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AggregateFormat {
    /// Text tables and lists
    Table,
    /// Markdown
    Md,
    /// One JSON document (schema wen-assess/aggregate/2)
    Json,
    /// CSV: see --by
    Csv,
    /// A workbook: a summary sheet, a sheet per area, every criterion, the files
    Xlsx,
}

/// Rows of `aggregate --format csv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AggregateRows {
    /// One row per member state and area, then the network's rows
    Area,
    /// One row per member state and criterion (the long format)
    Criterion,
}

/// Arguments of `aggregate`.
#[derive(Debug, Args)]
pub struct AggregateArgs {
    /// Answer files or workbooks: one per member state, and at most one of
    /// the network itself (`scope: network`); or folders of them
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format (default: table, or xlsx when -o names a .xlsx file)
    #[arg(long, value_enum)]
    pub format: Option<AggregateFormat>,
    /// With --format csv: a row per member state and area, or per member
    /// state and criterion
    #[arg(long, value_enum, default_value_t = AggregateRows::Area)]
    pub by: AggregateRows,
    /// Output file, `-` for standard output (default: standard output; with
    /// --format xlsx, network.xlsx beside the first file)
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
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
