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
//! The reader gives each finding, and each answer it reads, the cell it
//! comes from as a [`CellRef`](crate::position::CellRef): the file stays a
//! path, and findings sort by sheet, row and column with those of the
//! migration and the checks.

mod archive;
mod cells;
#[cfg(test)]
mod differential;
mod layout;
mod ods;
mod read;
mod write;
mod xlsx;

use std::path::Path;

pub(crate) use read::load_workbook;
pub use read::{Workbook, read_workbook};
pub use write::{WorkbookError, write_workbook};

/// The workbook of `a`, read back with this reader before it is returned:
/// what it holds must be what `a` holds, so no workbook is written that a
/// focal point would fill in vain.
pub(crate) fn write_workbook_checked(
    g: &crate::model::Guideline,
    a: &crate::answers::AnswerFile,
    lang: &str,
) -> Result<Vec<u8>, WorkbookError> {
    let bytes = write_workbook(g, a, lang)?;
    let back = read_workbook(&bytes, "workbook", std::slice::from_ref(g))
        .map_err(|e| WorkbookError::ReadBack(e.to_string()))?;
    if let Some(field) = crate::answers::write::differs(a, &back.answers) {
        return Err(WorkbookError::ReadBack(format!("{field} differs")));
    }
    Ok(bytes)
}

/// Largest workbook file accepted: 16 MiB (a filled workbook is about
/// 30 KB; pasted pictures make it larger).
pub(crate) const MAX_WORKBOOK_BYTES: u64 = 16 * 1024 * 1024;

/// True for the file names read as workbooks: `.xlsx` and `.ods`, and the
/// spreadsheet names a user may give by mistake (`.xls`, `.xlsm`, `.xlsb`),
/// so that they get a message about workbooks rather than about YAML.
pub(crate) fn is_workbook_path(path: &Path) -> bool {
    path.extension().and_then(|x| x.to_str()).is_some_and(|x| {
        ["xlsx", "ods", "xls", "xlsm", "xlsb"]
            .iter()
            .any(|e| e.eq_ignore_ascii_case(x))
    })
}

/// The extensions of workbooks found in folders given to `score` and
/// `aggregate`.
pub(crate) const WORKBOOK_EXTENSIONS: &[&str] = &["xlsx", "ods"];

/// The hidden sheet that marks the network view `aggregate` writes as a
/// workbook, so a reader that meets it in a folder of answers can say what
/// it is (it holds no answers).
pub(crate) const VIEW_SHEET: &str = "wen-assess-view";

/// A sheet's name and its non-empty cells as text, by 1-based (row, column).
pub(crate) type SheetText = (String, Vec<((u32, u32), String)>);

/// The cells of every sheet of a workbook, as this reader sees them, in the
/// order of the tabs; numbers written as Rust writes them (`2`, `2.5`). For
/// checking a workbook this program wrote (the network view) by reading it
/// back before it replaces a file.
pub fn read_sheets(bytes: &[u8]) -> Result<Vec<SheetText>, String> {
    use cells::{Book, Unreadable, Value};
    let checked = match archive::check(bytes, false) {
        Ok(c) => c,
        // A fault of this program when it happens: said in English.
        Err(archive::Refusal::NotAWorkbook(m) | archive::Refusal::Bomb(m)) => {
            return Err(m.to_string());
        }
    };
    let why = |e: Unreadable| match e {
        Unreadable::Damaged(m) | Unreadable::TooLarge(m) => m.to_string(),
        Unreadable::Part { message, .. } => message.to_string(),
    };
    let mut book = Book::open(checked.zip, checked.kind).map_err(why)?;
    let mut out = Vec::new();
    for info in book.sheets() {
        let sheet = book.sheet(&info.name).map_err(why)?;
        let cells = sheet
            .cells
            .keys()
            .filter_map(|&(row, col)| {
                let text = match sheet.get(row, col)?.value {
                    Value::Empty => return None,
                    Value::Text(s) | Value::Date(s) | Value::Error(s) => s,
                    Value::Number(n) => n.to_string(),
                    Value::Bool(b) => b.to_string(),
                };
                Some(((row, col), text))
            })
            .collect();
        out.push((info.name, cells));
    }
    Ok(out)
}
