//! Every output of the tool: a view built once, in the output's language
//! (`gap.rs`, `network.rs`, `progress.rs`, `scores.rs`, `findings.rs`),
//! then turned into bytes by the renderer of the format asked for
//! (`markdown.rs`, `pdf/`, `table.rs`, `json.rs`, `csv.rs`, `xlsx.rs`).
//!
//! The view builders read the catalogue; renderers take their texts from
//! the view and add only the format's own markup (the network workbook's
//! N/A label is the one text a renderer looks up itself). [`render`] is the one
//! place that picks a renderer.

pub(crate) mod csv;
pub(crate) mod findings;
pub(crate) mod gap;
pub(crate) mod github;
pub(crate) mod json;
pub(crate) mod markdown;
pub(crate) mod network;
pub(crate) mod pdf;
pub(crate) mod progress;
pub(crate) mod scores;
pub(crate) mod table;
pub(crate) mod xlsx;

/// A view to render.
#[derive(Debug, Clone, Copy)]
pub(crate) enum View<'a> {
    /// The gap report of one answer file.
    Gap(&'a gap::GapReport),
    /// The network view of member-state answers.
    Network(&'a network::NetworkReport),
    /// Progress between two assessments.
    Progress(&'a progress::Progress),
    /// The scores of one answer file.
    Scores(&'a scores::Scores),
    /// Findings about guideline files.
    Findings(&'a findings::Findings),
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// GitHub-flavoured Markdown.
    Markdown,
    /// A4 PDF with embedded fonts.
    Pdf,
    /// Text for a terminal, tables this wide.
    Table {
        /// Width of the tables in columns.
        width: u16,
    },
    /// JSON with a `schema` field.
    Json,
    /// CSV with a header row.
    Csv,
    /// CSV in the long format: one row per member state and criterion
    /// (the network view only).
    CsvByCriterion,
    /// An Excel workbook (the network view only).
    Xlsx,
    /// GitHub Actions workflow commands (findings only).
    Github,
}

impl Format {
    /// The file extension of the format.
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Pdf => "pdf",
            Format::Table { .. } | Format::Github => "txt",
            Format::Json => "json",
            Format::Csv | Format::CsvByCriterion => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// Why a view could not be rendered.
#[derive(Debug, thiserror::Error)]
pub(crate) enum RenderError {
    /// The PDF writer failed.
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    /// This view has no such format (the command line does not offer it).
    #[error("this output has no {0:?} format")]
    Unsupported(Format),
    /// The CSV made does not read back with the same columns: a fault of
    /// wen-assess, caught before anything is written.
    #[error(
        "the CSV made does not read back ({0}); nothing was written. This is a fault of wen-assess: please report it"
    )]
    CsvReadBack(String),
    /// The workbook made does not read back as written: a fault of
    /// wen-assess, caught before anything is written.
    #[error(
        "the workbook made does not read back ({0}); nothing was written. This is a fault of wen-assess: please report it"
    )]
    XlsxReadBack(String),
}

/// Renders a view in a format.
pub(crate) fn render(view: View, format: Format) -> Result<Vec<u8>, RenderError> {
    let text = match (view, format) {
        (View::Gap(v), Format::Markdown) => markdown::gap(v),
        (View::Gap(v), Format::Pdf) => return Ok(pdf::gap(v)?),
        (View::Network(v), Format::Markdown) => markdown::network(v),
        (View::Network(v), Format::Pdf) => return Ok(pdf::network(v)?),
        (View::Network(v), Format::Table { width }) => table::network(v, width),
        (View::Network(v), Format::Json) => json::network(v),
        (View::Network(v), Format::Csv) => {
            let text = csv::network(v);
            csv::check_columns(&text, csv::columns(csv::NETWORK_HEADER))
                .map_err(RenderError::CsvReadBack)?;
            text
        }
        (View::Network(v), Format::CsvByCriterion) => {
            let text = csv::network_by_criterion(v);
            csv::check_columns(&text, csv::columns(csv::LONG_HEADER))
                .map_err(RenderError::CsvReadBack)?;
            text
        }
        (View::Network(v), Format::Xlsx) => return xlsx::network(v),
        (View::Progress(v), Format::Markdown) => markdown::progress(v),
        (View::Progress(v), Format::Pdf) => return Ok(pdf::progress(v)?),
        (View::Progress(v), Format::Table { width }) => table::progress(v, width),
        (View::Progress(v), Format::Json) => json::progress(v),
        (View::Scores(v), Format::Table { width }) => table::scores(v, width),
        (View::Scores(v), Format::Json) => json::scores(v),
        (View::Scores(v), Format::Csv) => {
            let text = csv::scores(v);
            csv::check_columns(&text, csv::columns(csv::SCORES_HEADER))
                .map_err(RenderError::CsvReadBack)?;
            text
        }
        (View::Findings(v), Format::Table { .. }) => table::findings(v),
        (View::Findings(v), Format::Json) => json::findings(v),
        (View::Findings(v), Format::Github) => github::findings(v),
        (_, format) => return Err(RenderError::Unsupported(format)),
    };
    Ok(text.into_bytes())
}

/// `answers.yaml` -> `answers-report.md` in the same folder.
pub(crate) fn default_report_path(
    answers: &std::path::Path,
    extension: &str,
) -> std::path::PathBuf {
    let stem = answers.file_stem().map_or_else(
        || "answers".to_string(),
        |s| s.to_string_lossy().to_string(),
    );
    answers.with_file_name(format!("{stem}-report.{extension}"))
}

/// Score outputs of many files in one stream: what comes before the first
/// file, between two files and after the last one.
pub(crate) fn scores_frame(format: Format) -> (&'static str, &'static str, &'static str) {
    match format {
        Format::Json => (json::SCORES_START, ",", "]}\n"),
        Format::Csv => (csv::SCORES_HEADER, "", ""),
        Format::Table { .. } => ("", "\n", ""),
        _ => ("", "", ""),
    }
}
