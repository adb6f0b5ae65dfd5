//! The cells of a workbook's sheets, from `.xlsx` or `.ods` alike: the only
//! calamine calls.
//!
//! An `.xlsx` sheet is read cell by cell as its XML streams by, so a cell
//! far away (`XFD1048576`) costs one cell, not a grid up to it; an `.ods`
//! is read whole by calamine once `archive.rs` has bounded what it may
//! expand to. Either way a sheet becomes a sparse map of cells, each with
//! its value and whether a formula made it.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, DataRef, Ods, Reader, Xlsx};

use super::archive::{Kind, MAX_CELLS, Merged};

/// A cell's value as the reader sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Nothing.
    Empty,
    /// Text as typed.
    Text(String),
    /// A number.
    Number(f64),
    /// TRUE or FALSE.
    Bool(bool),
    /// A date (and time) a spreadsheet made of what was typed, `YYYY-MM-DD`
    /// with the time after a space when there is one.
    Date(String),
    /// An error value such as `#REF!`.
    Error(String),
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Its value (for a formula: the result the program saved, if any).
    pub value: Value,
    /// The formula, when a formula computes the cell.
    pub formula: Option<String>,
}

/// The cells of one sheet, by 1-based (row, column).
#[derive(Debug, Default)]
pub struct Sheet {
    /// Non-empty cells and formulas.
    pub cells: BTreeMap<(u32, u32), Cell>,
    /// Merged ranges, 1-based and inclusive: ((row, col), (row, col)).
    pub merged: Vec<((u32, u32), (u32, u32))>,
}

impl Sheet {
    /// The cell at a 1-based position, if it holds something.
    pub fn get(&self, row: u32, col: u32) -> Option<&Cell> {
        self.cells.get(&(row, col))
    }

    /// The cells of one row, left to right.
    pub fn row(&self, row: u32) -> impl Iterator<Item = (u32, &Cell)> {
        self.cells
            .range((row, 0)..=(row, u32::MAX))
            .map(|((_, c), cell)| (*c, cell))
    }

    /// The rows that hold a cell, top to bottom.
    pub fn rows(&self) -> Vec<u32> {
        let mut rows: Vec<u32> = self.cells.keys().map(|(r, _)| *r).collect();
        rows.dedup();
        rows
    }
}

/// An open workbook.
pub enum Book<'b> {
    /// An `.xlsx`, read sheet by sheet.
    Xlsx(Box<Xlsx<Cursor<&'b [u8]>>>),
    /// An `.ods`, read whole, with the merged ranges `archive.rs` found.
    Ods(Box<Ods<Cursor<&'b [u8]>>>, Vec<Merged>),
}

impl<'b> Book<'b> {
    /// Opens a workbook that `archive::check` accepted.
    pub fn open(bytes: &'b [u8], kind: Kind, merged: Vec<Merged>) -> Result<Book<'b>, String> {
        match kind {
            Kind::Xlsx => Xlsx::new(Cursor::new(bytes))
                .map(|x| Book::Xlsx(Box::new(x)))
                .map_err(|e| e.to_string()),
            Kind::Ods => Ods::new(Cursor::new(bytes))
                .map(|o| Book::Ods(Box::new(o), merged))
                .map_err(|e| e.to_string()),
        }
    }

    /// The names of the sheets, in order.
    pub fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Xlsx(x) => x.sheet_names(),
            Book::Ods(o, _) => o.sheet_names(),
        }
    }

    /// Reads one sheet. Fails on unreadable XML and on sheets with more
    /// cells than a workbook can need.
    pub fn sheet(&mut self, name: &str) -> Result<Sheet, String> {
        let mut sheet = Sheet::default();
        match self {
            Book::Xlsx(x) => {
                {
                    let mut reader = x.worksheet_cells_reader(name).map_err(|e| e.to_string())?;
                    let mut count = 0u64;
                    while let Some(c) =
                        reader.next_cell_with_formula().map_err(|e| e.to_string())?
                    {
                        let value = from_ref(c.value);
                        let formula = c.formula.filter(|f| !f.is_empty());
                        if value == Value::Empty && formula.is_none() {
                            continue;
                        }
                        count += 1;
                        if count > MAX_CELLS {
                            return Err(too_many());
                        }
                        let (r, col) = c.pos;
                        sheet.cells.insert(
                            (r.saturating_add(1), col.saturating_add(1)),
                            Cell { value, formula },
                        );
                    }
                }
                if let Ok(ranges) = x.merge_cells_by_sheet_name(name) {
                    sheet.merged = ranges
                        .iter()
                        .map(|d| ((d.start.0 + 1, d.start.1 + 1), (d.end.0 + 1, d.end.1 + 1)))
                        .collect();
                }
            }
            Book::Ods(o, merged) => {
                let values = o.worksheet_range(name).map_err(|e| e.to_string())?;
                let formulas = o.worksheet_formula(name).map_err(|e| e.to_string())?;
                for (r, c, v) in values.used_cells() {
                    let (r, c) = (
                        r as u32 + values.start().map_or(0, |s| s.0),
                        c as u32 + values.start().map_or(0, |s| s.1),
                    );
                    let value = from_data(v);
                    if value != Value::Empty {
                        sheet.cells.insert(
                            (r + 1, c + 1),
                            Cell {
                                value,
                                formula: None,
                            },
                        );
                    }
                }
                if let Some((r0, c0)) = formulas.start() {
                    for (r, c, f) in formulas.used_cells() {
                        if f.is_empty() {
                            continue;
                        }
                        let pos = (r as u32 + r0 + 1, c as u32 + c0 + 1);
                        sheet
                            .cells
                            .entry(pos)
                            .or_insert(Cell {
                                value: Value::Empty,
                                formula: None,
                            })
                            .formula = Some(f.clone());
                    }
                }
                sheet.merged = merged
                    .iter()
                    .filter(|m| m.sheet == name)
                    .map(|m| ((m.start.0 + 1, m.start.1 + 1), (m.end.0 + 1, m.end.1 + 1)))
                    .collect();
            }
        }
        Ok(sheet)
    }
}

fn too_many() -> String {
    format!("the sheet has more than {MAX_CELLS} cells, more than a workbook can need")
}

/// `YYYY-MM-DD`, with ` HH:MM` when the time is not midnight.
fn date_text(y: u16, m: u8, d: u8, hh: u8, mm: u8) -> String {
    if hh == 0 && mm == 0 {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!("{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}")
    }
}

fn from_ref(v: DataRef) -> Value {
    match v {
        DataRef::Empty => Value::Empty,
        DataRef::String(s) => Value::Text(s),
        DataRef::SharedString(s) => Value::Text(s.to_string()),
        DataRef::Int(i) => Value::Number(i as f64),
        DataRef::Float(f) => Value::Number(f),
        DataRef::Bool(b) => Value::Bool(b),
        DataRef::DateTime(d) => {
            let (y, m, day, hh, mm, _, _) = d.to_ymd_hms_milli();
            Value::Date(date_text(y, m, day, hh, mm))
        }
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Date(iso_date(&s)),
        DataRef::Error(e) => Value::Error(e.to_string()),
    }
}

fn from_data(v: &Data) -> Value {
    match v {
        Data::Empty => Value::Empty,
        Data::String(s) => Value::Text(s.clone()),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(d) => {
            let (y, m, day, hh, mm, _, _) = d.to_ymd_hms_milli();
            Value::Date(date_text(y, m, day, hh, mm))
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Date(iso_date(s)),
        Data::Error(e) => Value::Error(e.to_string()),
    }
}

/// An ISO date-time as `YYYY-MM-DD` (and ` HH:MM` when not midnight).
fn iso_date(s: &str) -> String {
    let (date, time) = s.split_once('T').unwrap_or((s, ""));
    let hm: String = time.chars().take(5).collect();
    if hm.is_empty() || hm == "00:00" {
        date.to_string()
    } else {
        format!("{date} {hm}")
    }
}
