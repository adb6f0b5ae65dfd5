//! Answer workbooks: the same content as an answer file, as a spreadsheet a
//! member-state focal point fills in Excel or LibreOffice.
//!
//! A workbook has four sheets: *Instructions*, *Answers* (a header block
//! with the network and the respondent, then one row per criterion),
//! *Workshop* (targets, findings per area, participants) and a hidden,
//! protected sheet `wen-assess` with the format, the guideline id, version
//! and language, and the entries of an answer file that the tool keeps but
//! does not use, as YAML text. So an answer file and a workbook convert into
//! each other with nothing lost.
//!
//! `write.rs` makes a workbook with rust_xlsxwriter; `read.rs` reads one,
//! after `archive.rs` has checked the archive (type, sizes, zip bombs) and
//! `xlsx.rs` or `ods.rs` has turned its sheets into cells (`cells.rs`).
//! `layout.rs` holds what both sides agree on: sheet names, headers and
//! labels in every language. A reader finds sheets, columns and the header
//! block by their names in any language, so rows may be sorted, filtered
//! or moved and extra rows and columns are ignored.
//!
//! Findings name a cell: `country.xlsx:Answers!F12: error[invalid-level]: ...`.
//! Until the findings are printed, a cell travels as a [`Pos`] whose line
//! encodes the sheet and row ([`cell_pos`]); [`Places::relabel`] turns it
//! into the file name form (`file:Sheet!F12`, line 0) once the findings of
//! the reader, the migration and the checks are sorted together.

mod archive;
mod cells;
mod layout;
mod ods;
mod read;
mod write;
mod xlsx;

use std::path::Path;

pub use read::{Workbook, load_workbook, read_workbook};
pub use write::{WorkbookError, write_workbook};

use crate::diagnostic::Diagnostic;
use crate::yaml::Pos;

/// Largest workbook file accepted: 16 MiB (a filled workbook is about
/// 30 KB; pasted pictures make it larger).
pub const MAX_WORKBOOK_BYTES: u64 = 16 * 1024 * 1024;

/// True for the file names read as workbooks: `.xlsx` and `.ods`, and the
/// spreadsheet names a user may give by mistake (`.xls`, `.xlsm`, `.xlsb`),
/// so that they get a message about workbooks rather than about YAML.
pub fn is_workbook_path(path: &Path) -> bool {
    path.extension().and_then(|x| x.to_str()).is_some_and(|x| {
        ["xlsx", "ods", "xls", "xlsm", "xlsb"]
            .iter()
            .any(|e| e.eq_ignore_ascii_case(x))
    })
}

/// The extensions of workbooks found in folders given to `score` and
/// `aggregate`.
pub const WORKBOOK_EXTENSIONS: &[&str] = &["xlsx", "ods"];

/// Rows per sheet in a position: lines below `SHEET_STRIDE` are ordinary
/// text positions, lines above it name a cell.
const SHEET_STRIDE: u32 = 1 << 21;

/// The position of a cell (sheet number from 1, row and column from 1):
/// sorting such positions sorts by sheet, row and column.
pub(crate) fn cell_pos(sheet: u32, row: u32, col: u32) -> Pos {
    Pos::new(sheet * SHEET_STRIDE + row, col)
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

/// The sheets of one workbook, by the number [`cell_pos`] gives them.
#[derive(Debug, Clone, Default)]
pub struct Places {
    sheets: Vec<String>,
}

impl Places {
    /// Numbers a sheet (from 1) for [`cell_pos`].
    pub(crate) fn number(&mut self, sheet: &str) -> u32 {
        match self.sheets.iter().position(|s| s == sheet) {
            Some(i) => i as u32 + 1,
            None => {
                self.sheets.push(sheet.to_string());
                self.sheets.len() as u32
            }
        }
    }

    /// `Sheet!F12` for a position made by [`cell_pos`].
    pub fn cell_name(&self, pos: Pos) -> Option<String> {
        if pos.line < SHEET_STRIDE {
            return None;
        }
        let sheet = self.sheets.get((pos.line / SHEET_STRIDE) as usize - 1)?;
        Some(format!(
            "{}!{}{}",
            sheet_ref(sheet),
            column_letters(pos.col),
            pos.line % SHEET_STRIDE
        ))
    }

    /// Rewrites findings positioned at a cell to name it after the file
    /// (`country.xlsx:Answers!F12`, line 0), the form they are printed in.
    /// Sort the findings first: cell positions sort by sheet, row, column.
    pub fn relabel(&self, diagnostics: &mut [Diagnostic]) {
        for d in diagnostics {
            if let Some(cell) = self.cell_name(d.pos()) {
                d.file = format!("{}:{cell}", d.file);
                d.line = 0;
                d.col = 0;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(6), "F");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(16384), "XFD");
        let mut places = Places::default();
        let answers = places.number("Answers");
        let meta = places.number("wen-assess");
        assert_eq!(places.number("Answers"), answers);
        let mut d = vec![
            Diagnostic::error(Code::InvalidLevel, "c.xlsx", cell_pos(answers, 12, 6), "x"),
            Diagnostic::error(Code::MissingField, "c.xlsx", cell_pos(meta, 3, 2), "y"),
            Diagnostic::error(Code::NotAnswers, "c.xlsx", Pos::default(), "z"),
        ];
        places.relabel(&mut d);
        assert_eq!(
            d[0].to_string(),
            "c.xlsx:Answers!F12: error[invalid-level]: x"
        );
        assert_eq!(
            d[1].to_string(),
            "c.xlsx:'wen-assess'!B3: error[missing-field]: y"
        );
        assert_eq!(d[2].to_string(), "c.xlsx: error[not-answers]: z");
        assert!(cell_pos(answers, 9, 6) < cell_pos(answers, 12, 1));
        assert!(cell_pos(answers, 1_048_576, 6) < cell_pos(meta, 1, 1));
    }
}
