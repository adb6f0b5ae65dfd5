//! Where a finding stands: a line and column in a text file ([`Pos`]), or
//! a cell of a workbook's sheet ([`CellRef`]), or the whole file; the three
//! together are a [`Location`].
//!
//! Positions are types, not numbers packed into a line: a cell is never
//! taken for a YAML line, and each output says what the position is (the
//! human form `file:12:5` or `file:Answers!F12`, JSON `line`/`column` or
//! `sheet`/`cell`). This module uses nothing but the standard library, so
//! the YAML reader can use [`Pos`] without depending on the rest.

use std::fmt;
use std::sync::Arc;

/// A position in a text file, 1-based; `0:0` means "no position".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    /// Line, starting at 1.
    pub line: u32,
    /// Column in characters, starting at 1.
    pub col: u32,
}

impl Pos {
    /// Builds a position from a line and a column.
    pub(crate) fn new(line: u32, col: u32) -> Self {
        Pos { line, col }
    }

    /// The position just after `before`, the text from the start of a file:
    /// where the next character stands.
    pub(crate) fn after(before: &str) -> Self {
        let line = before.matches('\n').count() as u32 + 1;
        let col = before.rsplit('\n').next().unwrap_or("").chars().count() as u32 + 1;
        Pos { line, col }
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// A cell of a workbook: the sheet, and the row and column from 1.
///
/// Cells sort by the sheet's place among the workbook's tabs, then by row
/// and column, so findings come in the order a person reads the workbook.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    /// The sheet's place among the workbook's sheets, from 0.
    pub sheet_index: u32,
    /// The sheet's name, shared by the findings on that sheet.
    pub sheet: Arc<str>,
    /// Row, from 1.
    pub row: u32,
    /// Column, from 1 (`A`).
    pub col: u32,
}

impl CellRef {
    /// The cell's name without the sheet: `F12`.
    pub(crate) fn name(&self) -> String {
        format!("{}{}", column_letters(self.col), self.row)
    }
}

impl fmt::Display for CellRef {
    /// `Answers!F12`, `'wen-assess'!B3`: as a formula names the cell.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}!{}", sheet_ref(&self.sheet), self.name())
    }
}

/// Where a finding stands.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Location {
    /// The file as a whole.
    #[default]
    File,
    /// A line and column of a text file.
    Text(Pos),
    /// A cell of a workbook.
    Cell(CellRef),
}

impl From<Pos> for Location {
    /// A text position; `0:0`, "no position", is the whole file.
    fn from(pos: Pos) -> Self {
        if pos == Pos::default() {
            Location::File
        } else {
            Location::Text(pos)
        }
    }
}

impl From<CellRef> for Location {
    fn from(cell: CellRef) -> Self {
        Location::Cell(cell)
    }
}

/// A column number from 1 as spreadsheet letters: 1 is `A`, 27 is `AA`.
pub(crate) fn column_letters(mut col: u32) -> String {
    let mut letters = Vec::new();
    while col > 0 {
        let rem = (col - 1) % 26;
        letters.push(b'A' + rem as u8);
        col = (col - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// A sheet name as formulas write it: quoted when it holds anything but
/// letters, digits and underscores (`'wen-assess'`).
pub(crate) fn sheet_ref(name: &str) -> String {
    if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_string()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(sheet_index: u32, sheet: &str, row: u32, col: u32) -> CellRef {
        CellRef {
            sheet_index,
            sheet: sheet.into(),
            row,
            col,
        }
    }

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(6), "F");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(16384), "XFD");
        assert_eq!(cell(1, "Answers", 12, 6).to_string(), "Answers!F12");
        assert_eq!(cell(3, "wen-assess", 3, 2).to_string(), "'wen-assess'!B3");
        assert_eq!(cell(0, "it's", 1, 1).to_string(), "'it''s'!A1");
        assert_eq!(cell(0, "Answers", 1_048_576, 16_384).name(), "XFD1048576");
    }

    #[test]
    fn locations_sort_by_sheet_tab_then_row_then_column() {
        let answers = |r, c| Location::from(cell(1, "Answers", r, c));
        let hidden = |r, c| Location::from(cell(3, "wen-assess", r, c));
        assert!(Location::File < Location::from(Pos::new(1, 1)));
        assert!(answers(9, 6) < answers(12, 1));
        assert!(answers(1_048_576, 16_384) < hidden(1, 1));
        assert_eq!(Location::from(Pos::default()), Location::File);
    }
}
