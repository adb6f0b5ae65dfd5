//! The score table printed by `score` and at the end of `assess`.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};

use crate::answers::AnswerFile;
use crate::model::Guideline;
use crate::scoring::{self, Scorecard};

use super::figure;

/// Renders one file's scores as a table with a heading line. `width` is the
/// terminal width (piped output has none, so callers pass a fixed one).
pub fn render(
    file: &str,
    guideline: &Guideline,
    answers: &AnswerFile,
    card: &Scorecard,
    width: u16,
    lang: &str,
) -> String {
    let ui = crate::i18n::ui(lang);
    let lang = ui.lang;
    let label = |m: Option<f64>| {
        m.map_or_else(
            || "-".to_string(),
            |m| {
                guideline
                    .level_label(scoring::label_level(m), lang)
                    .to_string()
            },
        )
    };
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(ui.columns[..6].to_vec());
    for (area, s) in guideline.areas.iter().zip(&card.areas) {
        table.add_row(vec![
            area.title.get(lang).to_string(),
            figure(s.maturity.map(scoring::round1)),
            label(s.maturity),
            s.target.to_string(),
            figure(s.gap().map(scoring::round1)),
            format!(
                "{}/{}",
                s.coverage.scored + s.coverage.not_applicable,
                s.coverage.total
            ),
        ]);
    }
    let c = card.coverage;
    table.add_row(vec![
        ui.overall.to_string(),
        figure(card.overall.map(scoring::round1)),
        label(card.overall),
        String::new(),
        String::new(),
        format!("{}/{}", c.scored + c.not_applicable, c.total),
    ]);
    for i in [1, 3, 4, 5] {
        if let Some(col) = table.column_mut(i) {
            col.set_cell_alignment(CellAlignment::Right);
        }
    }
    if let Some(col) = table.column_mut(0) {
        col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(12)));
    }
    let shown = crate::escape::controls;
    let network = if answers.network.name.is_empty() {
        String::new()
    } else {
        format!(" · {}", shown(&answers.network.name))
    };
    let country = if answers.respondent.country.is_empty() {
        String::new()
    } else {
        format!(" · {}", shown(&answers.respondent.country))
    };
    let file = shown(file);
    format!(
        "{file}: {} {}{network}{country}\n{table}\n{}\n",
        guideline.id,
        guideline.version,
        (ui.coverage_line)(c.percent(), c.scored, c.not_applicable, c.unanswered)
    )
}
