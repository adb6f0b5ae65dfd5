//! The Answers sheet: a header block (the network, the respondent, the
//! date) above a table with one row per criterion, found by the criterion
//! id in its ID column.
//!
//! The header block's labels and values stand in the table's columns: the
//! left labels in the Area column with their values in the Criterion
//! column, the right labels in the Guidance column with their values in
//! the Levels column. The value of a label is read from its column,
//! whatever it says, so a network called `Network (WEN)` or a country
//! typed `País` (Spanish for the label "Country") is a value, not a label.

use std::collections::HashMap;

use super::{Labels, LevelCell, SheetAt, WbReader, col_of, header_row, level_cell, row_named};
use crate::answers::workbook::cells::{Cell, Value};
use crate::answers::workbook::layout::{Col, Field};
use crate::answers::{Answer, Entry, Extra, Network, Respondent, Response};
use crate::diagnostic::{Code, quoted};
use crate::i18n::Msg;
use crate::model::Guideline;
use crate::msg;
use crate::position::column_letters;
use crate::yaml::{Node, Value as YamlValue};

/// What the Answers sheet holds.
pub(super) struct AnswersSheet {
    /// The network's name and region.
    pub network: Network,
    /// Who answered, their role and country.
    pub respondent: Respondent,
    /// The date typed in the header block.
    pub date: String,
    /// One entry per row that names a criterion of the guideline or
    /// holds an answer, in the rows' order.
    pub entries: Vec<Entry>,
}

/// The header block's pairs of columns: (labels, values), left then right.
type BlockColumns = [(u32, u32); 2];

/// The header block's columns, from the table's header: the writer puts
/// the block's labels and values in the Area, Criterion, Guidance and
/// Levels columns, which move with it when a column is inserted or
/// deleted. `None` when the table lacks one of them (renamed, deleted).
fn block_columns(cols: &[(Col, u32)]) -> Option<BlockColumns> {
    let at = |c: Col| cols.iter().find(|(f, _)| *f == c).map(|(_, n)| *n);
    let (area, criterion) = (at(Col::Area)?, at(Col::Criterion)?);
    let (guidance, levels) = (at(Col::Guidance)?, at(Col::Levels)?);
    (area < criterion && criterion < guidance && guidance < levels)
        .then_some([(area, criterion), (guidance, levels)])
}

impl WbReader<'_> {
    pub(super) fn answers_sheet(
        &mut self,
        s: &SheetAt,
        g: Option<&Guideline>,
        labels: &Labels,
    ) -> Option<AnswersSheet> {
        let rows = s.sheet.rows();
        let vocab = self.vocab;
        let Some((header, cols)) = header_row(&s.sheet, &vocab.cols, &rows) else {
            self.error(
                Code::MissingColumn,
                s.cell(1, 1),
                msg!(
                    "workbook-no-header",
                    id = vocab.col(Col::Id).shown(&self.lang),
                    level = vocab.col(Col::Level).shown(&self.lang)
                ),
            );
            return None;
        };
        if !self.require_cols(s, header, &cols, &Col::READ, &vocab.cols) {
            return None;
        }
        let col = |c: Col| col_of(&cols, c);
        let above: Vec<u32> = rows.iter().copied().take_while(|r| *r < header).collect();
        let values = self.header_block(s, &above, block_columns(&cols));
        let field = |f: Field| {
            values
                .iter()
                .find(|(v, _)| *v == f)
                .map(|(_, t)| t.clone())
                .unwrap_or_default()
        };
        let network = Network {
            name: field(Field::Network),
            region: field(Field::Region),
            extra: Vec::new(),
        };
        let respondent = Respondent {
            name: field(Field::Respondent),
            role: field(Field::Role),
            country: field(Field::Country),
            extra: Vec::new(),
        };

        // The rows.
        let mut entries: Vec<Entry> = Vec::new();
        let mut first_row: HashMap<String, u32> = HashMap::new();
        let id_names = vocab.col(Col::Id);
        for &row in rows.iter().filter(|r| **r > header) {
            let id = self
                .text_at(s, row, col(Col::Id), || msg!("workbook-what-criterion-id"))
                .trim()
                .to_string();
            // A copy of the header row is not a criterion (ids have a dot).
            if id.is_empty() || (!id.contains('.') && id_names.matches(&id)) {
                continue;
            }
            self.row_ids.push(id.clone());
            let title = g
                .and_then(|g| g.criterion(&id))
                .map(|(_, c)| c.title.get(&self.lang).to_string());
            let named = row_named(row, &id, title.as_deref());
            let answer = self.answer(s, row, &named, &col, labels);
            if title.is_none() && answer.is_empty() {
                // A row the tool did not write, or an empty one it did.
                continue;
            }
            if let Some(first) = first_row.get(&id) {
                let message = msg!(
                    "workbook-duplicate-criterion",
                    criterion = named,
                    first = first.to_string()
                );
                self.error(Code::DuplicateId, s.cell(row, col(Col::Id)), message);
                continue;
            }
            first_row.insert(id.clone(), row);
            entries.push(Entry {
                criterion: id,
                pos: s.cell(row, col(Col::Id)).into(),
                answer,
            });
        }
        Some(AnswersSheet {
            network,
            respondent,
            date: field(Field::Date),
            entries,
        })
    }

    /// The fields of the header block, each at its first label. With the
    /// block's columns known, a label's value is the cell in its value
    /// column, whatever it says; without them (a table column renamed),
    /// the next cell to the right that is not itself a label.
    fn header_block(
        &mut self,
        s: &SheetAt,
        rows: &[u32],
        columns: Option<BlockColumns>,
    ) -> Vec<(Field, String)> {
        let vocab = self.vocab;
        let mut values: Vec<(Field, String)> = Vec::new();
        for &row in rows {
            let cells: Vec<(u32, Cell)> = s.sheet.row(row);
            for (i, (c, cell)) in cells.iter().enumerate() {
                let Value::Text(label) = &cell.value else {
                    continue;
                };
                let value_col = match columns {
                    Some(pairs) => match pairs.iter().find(|(l, _)| l == c) {
                        Some((_, v)) => Some(*v),
                        None => continue,
                    },
                    None => match cells.get(i + 1) {
                        Some((v, next)) if !matches!(&next.value, Value::Text(t) if vocab.field(t).is_some()) => {
                            Some(*v)
                        }
                        _ => None,
                    },
                };
                let Some(field) = vocab.field(label) else {
                    continue;
                };
                if values.iter().any(|(f, _)| *f == field) {
                    continue;
                }
                let what = match field {
                    Field::Network => "workbook-what-network",
                    Field::Region => "workbook-what-region",
                    Field::Country => "workbook-what-country",
                    Field::Respondent => "workbook-what-respondent",
                    Field::Role => "workbook-what-role",
                    Field::Date => "workbook-what-date",
                };
                let value = value_col
                    .map(|v| self.text_at(s, row, v, || Msg::new(what)))
                    .unwrap_or_default();
                if field == Field::Date
                    && !value.is_empty()
                    && !crate::answers::read::is_date(&value)
                    && let Some(message) = crate::answers::read::invalid_date(&quoted(&value))
                {
                    let at = s.cell(row, value_col.unwrap_or(1));
                    self.warning(Code::InvalidDate, at, message);
                }
                values.push((field, value));
            }
        }
        values
    }

    /// The answer in one row; `named` names the row in messages (see
    /// [`row_named`]).
    fn answer(
        &mut self,
        s: &SheetAt,
        row: u32,
        named: &Msg,
        col: &dyn Fn(Col) -> u32,
        labels: &Labels,
    ) -> Answer {
        let level = self.level(s, row, col(Col::Level), named, labels);
        let reason = self.text_at(s, row, col(Col::Reason), || {
            msg!("workbook-what-reason", criterion = named)
        });
        let note = self.text_at(s, row, col(Col::Note), || {
            msg!("workbook-what-note", criterion = named)
        });
        let evidence = self.text_at(s, row, col(Col::Evidence), || {
            msg!("workbook-what-evidence", criterion = named)
        });
        let level_at = s.cell(row, col(Col::Level));
        let reason_at = s.cell(row, col(Col::Reason));
        let mut extra: Extra = Vec::new();
        let response = match level {
            LevelCell::Level(n) => Some(Response::Level(n)),
            LevelCell::NotApplicable if reason.trim().is_empty() => {
                self.error(
                    Code::NaWithoutReason,
                    level_at,
                    msg!(
                        "workbook-na-without-reason",
                        criterion = named,
                        column = column_letters(col(Col::Reason))
                    ),
                );
                None
            }
            LevelCell::NotApplicable => Some(Response::NotApplicable {
                reason: reason.clone(),
            }),
            _ => None,
        };
        if !reason.is_empty() && !matches!(response, Some(Response::NotApplicable { .. })) {
            if matches!(response, Some(Response::Level(_))) {
                self.warning(
                    Code::ReasonWithoutNa,
                    reason_at,
                    msg!("workbook-reason-without-na", criterion = named),
                );
            }
            extra.push(("reason".to_string(), Node::new(YamlValue::Str(reason))));
        }
        Answer {
            response,
            note: (!note.is_empty()).then_some(note),
            evidence: split_evidence(&evidence),
            // The hidden sheet brings them back (see `hidden_sheet.rs`).
            votes: Default::default(),
            extra,
        }
    }

    /// What a level cell says (see [`level_cell`]), with an error at the
    /// cell for anything that is not a level.
    fn level(
        &mut self,
        s: &SheetAt,
        row: u32,
        col: u32,
        named: &Msg,
        labels: &Labels,
    ) -> LevelCell {
        let Some(cell) = s.sheet.get(row, col) else {
            return LevelCell::Empty;
        };
        let at = s.cell(row, col);
        if let Some(f) = &cell.formula {
            self.error(
                Code::FormulaInCell,
                at,
                msg!(
                    "workbook-level-formula",
                    criterion = named,
                    formula = quoted(f.trim_start_matches('='))
                ),
            );
            return LevelCell::Empty;
        }
        let read = level_cell(&cell, labels, self.vocab);
        let message = match &read {
            LevelCell::Empty | LevelCell::Level(_) | LevelCell::NotApplicable => return read,
            LevelCell::Date(d) => {
                msg!("workbook-level-date", criterion = named, date = quoted(d))
            }
            LevelCell::Mismatch {
                said,
                label,
                level_of_label,
            } => msg!(
                "workbook-level-mismatch",
                criterion = named,
                said = said.to_string(),
                label = quoted(label),
                level = level_of_label.to_string()
            ),
            LevelCell::Invalid(found) => msg!(
                "workbook-level-invalid",
                criterion = named,
                found = quoted(found)
            ),
        };
        self.error(Code::InvalidLevel, at, message);
        LevelCell::Empty
    }
}

/// Evidence items: one per line; a single line may separate them with `;`.
/// Every item is trimmed, and empty ones dropped, as in answer files.
fn split_evidence(text: &str) -> Vec<String> {
    let items: Vec<&str> = if text.contains('\n') {
        text.split('\n').collect()
    } else {
        text.split(';').collect()
    };
    items
        .into_iter()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_split_by_lines_or_semicolons_and_every_item_trimmed() {
        assert_eq!(split_evidence("a\nb;c\r\n\n"), ["a", "b;c"]);
        assert_eq!(split_evidence(" a \n  b  "), ["a", "b"]);
        assert_eq!(split_evidence("a; b ;"), ["a", "b"]);
        assert_eq!(split_evidence("a;b\n"), ["a;b"]);
        assert!(split_evidence("").is_empty());
        assert!(split_evidence(" \n\t\n").is_empty());
    }

    #[test]
    fn the_header_block_stands_in_the_tables_columns() {
        let cols = [
            (Col::Area, 1),
            (Col::Id, 2),
            (Col::Criterion, 3),
            (Col::Guidance, 4),
            (Col::Levels, 5),
        ];
        assert_eq!(block_columns(&cols), Some([(1, 3), (4, 5)]));
        assert_eq!(block_columns(&cols[1..]), None);
    }
}
