//! Command-line definitions (clap derive). No logic here: `commands.rs` runs them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  wen-assess score examples/strengthening-example.yaml
  wen-assess report examples/strengthening-example.yaml --format pdf
  wen-assess template --guideline establishing -o my-network.yaml
  wen-assess validate guidelines/

Exit codes: 0 ok, 1 findings (validation errors, score under --fail-under),
2 usage or operational error (unreadable or invalid file).";

/// Self-assessment of Wildlife Enforcement Networks (WENs) against criteria
/// structured after the ICCWC Guidelines for WENs (2020).
#[derive(Debug, Parser)]
#[command(name = "wen-assess", version, after_help = EXAMPLES)]
pub struct Cli {
    /// Load guideline files from this file or folder instead of the built-in ones
    #[arg(long, global = true, value_name = "PATH")]
    pub guidelines: Option<PathBuf>,

    /// The command to run
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check guideline files and print every problem as file:line:col
    #[command(after_help = "Examples:
  wen-assess validate                      # the built-in guidelines
  wen-assess validate guidelines/ my.yaml  # files and folders
  wen-assess validate --format json guidelines/")]
    Validate(ValidateArgs),
    /// Write a blank, commented answer file to fill in an editor
    #[command(after_help = "Examples:
  wen-assess template --guideline strengthening -o answers.yaml
  wen-assess template --guideline establishing --network \"Example Regional WEN\" > new.yaml")]
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
  wen-assess report answers.yaml --format md -o report.md
  wen-assess report answers.yaml -o -        # to standard output
  wen-assess report answers.yaml --format pdf -o - > report.pdf")]
    Report(ReportArgs),
    /// List the loaded guidelines, or show the criteria of one
    #[command(after_help = "Examples:
  wen-assess guidelines
  wen-assess guidelines strengthening")]
    Guidelines(GuidelinesArgs),
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
}

/// Arguments of `template`.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// Guideline id (see `wen-assess guidelines`)
    #[arg(long, short = 'g', default_value = "strengthening")]
    pub guideline: String,
    /// Where to write (default: standard output)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Network name to pre-fill
    #[arg(long, default_value = "")]
    pub network: String,
    /// Network region to pre-fill
    #[arg(long, default_value = "")]
    pub region: String,
    /// Date to pre-fill, YYYY-MM-DD (default: today)
    #[arg(long)]
    pub date: Option<String>,
    /// Language of the comments and of later reports
    #[arg(long, default_value = "en", value_parser = ["en", "fr", "es"])]
    pub lang: String,
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
    /// Answer files
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
    /// Answer file
    pub file: PathBuf,
    /// Report format
    #[arg(long, value_enum, default_value_t = ReportFormat::Md)]
    pub format: ReportFormat,
    /// Output file, `-` for standard output (default: FILE-report.md or .pdf beside the answers)
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
}

/// Arguments of `guidelines`.
#[derive(Debug, Args)]
pub struct GuidelinesArgs {
    /// Show the criteria of this guideline
    pub id: Option<String>,
}
