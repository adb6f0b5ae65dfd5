//! The cells of a workbook's sheets, whichever format they come from: a
//! sparse map from (row, column) to a value and, when a formula computes
//! the cell, its formula. `xlsx.rs` and `ods.rs` fill it; `read.rs` reads
//! it.
//!
//! Text an `.xlsx` keeps in its shared-string table stays there until a
//! cell is read: the criteria texts, which make up most of a workbook, are
//! never decoded, which keeps a workbook read close to a YAML read.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::rc::Rc;

use quick_xml::events::{BytesRef, BytesStart};

use super::archive::Kind;
use super::{ods, xlsx};
use crate::i18n::Msg;
use crate::msg;

/// Cells a workbook may hold in the sheets read: a filled workbook has
/// about a thousand.
pub(super) const MAX_CELLS: usize = 200_000;

/// A cell's value as the reader sees it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Value {
    /// Nothing.
    Empty,
    /// Text as typed.
    Text(String),
    /// A number.
    Number(f64),
    /// TRUE or FALSE.
    Bool(bool),
    /// A date (and time) a spreadsheet made of what was typed, `YYYY-MM-DD`
    /// with ` HH:MM` after it when the time is not midnight.
    Date(String),
    /// An error value such as `#REF!`.
    Error(String),
}

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Cell {
    /// Its value (for a formula: the result the program saved, if any).
    pub value: Value,
    /// The formula, when a formula computes the cell.
    pub formula: Option<String>,
}

/// A value as stored: decoded, or an index into the shared strings.
#[derive(Debug, Clone)]
pub(super) enum Stored {
    /// Decoded.
    Value(Value),
    /// The n-th shared string of an `.xlsx`.
    Shared(u32),
    /// A cell of an `.xlsx` that says it holds a shared string but whose
    /// index is not a number (as written): a damaged or forged workbook.
    BadShared(String),
}

/// A cell as stored.
#[derive(Debug, Clone)]
pub(super) struct StoredCell {
    /// Its value.
    pub value: Stored,
    /// Its formula, if any.
    pub formula: Option<String>,
}

/// Text looked up by index, decoded on demand.
pub(super) trait Strings {
    /// The n-th string, if there is one.
    fn get(&self, n: u32) -> Option<String>;
    /// How many strings there are.
    fn len(&self) -> usize;
}

/// A sheet's name and whether a person sees its tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SheetInfo {
    /// The name on the tab.
    pub name: String,
    /// Hidden (Format > Hide Sheet, or by a program), so not shown.
    pub hidden: bool,
}

/// The cells of one sheet, by 1-based (row, column).
#[derive(Default)]
pub(super) struct Sheet {
    /// Non-empty cells and formulas.
    pub cells: BTreeMap<(u32, u32), StoredCell>,
    /// The shared strings the cells may refer to.
    pub strings: Option<Rc<dyn Strings>>,
    /// Merged ranges, 1-based and inclusive: ((row, col), (row, col)).
    pub merged: Vec<((u32, u32), (u32, u32))>,
}

impl Sheet {
    fn resolve(&self, c: &StoredCell) -> Cell {
        let value = match &c.value {
            Stored::Value(v) => v.clone(),
            Stored::Shared(n) => self
                .strings
                .as_ref()
                .and_then(|s| s.get(*n))
                .map_or(Value::Empty, Value::Text),
            // Reported by `damaged_cells`; a reader that goes on sees nothing.
            Stored::BadShared(_) => Value::Empty,
        };
        Cell {
            value,
            formula: c.formula.clone(),
        }
    }

    /// The cell at a 1-based position, if it holds something.
    pub(super) fn get(&self, row: u32, col: u32) -> Option<Cell> {
        self.cells.get(&(row, col)).map(|c| self.resolve(c))
    }

    /// The cells of one row, left to right.
    pub(super) fn row(&self, row: u32) -> Vec<(u32, Cell)> {
        self.cells
            .range((row, 0)..=(row, u32::MAX))
            .map(|((_, c), cell)| (*c, self.resolve(cell)))
            .collect()
    }

    /// The cells whose shared string does not exist, top to bottom: the
    /// index is not a number, or past the end of the table. Spreadsheet
    /// programs refuse such a workbook or show nothing there, so the
    /// reader reports them rather than read a value no one sees.
    pub(super) fn damaged_cells(&self) -> Vec<((u32, u32), Msg)> {
        let count = self.strings.as_ref().map_or(0, |s| s.len());
        self.cells
            .iter()
            .filter_map(|(at, c)| match &c.value {
                Stored::Shared(n) if *n as usize >= count => Some((
                    *at,
                    msg!(
                        "workbook-shared-string-missing",
                        index = n.to_string(),
                        count = count
                    ),
                )),
                Stored::BadShared(index) => Some((
                    *at,
                    msg!(
                        "workbook-shared-string-not-number",
                        index = crate::diagnostic::quoted(index)
                    ),
                )),
                _ => None,
            })
            .collect()
    }

    /// The rows that hold a cell, top to bottom.
    pub(super) fn rows(&self) -> Vec<u32> {
        let mut rows: Vec<u32> = self.cells.keys().map(|(r, _)| *r).collect();
        rows.dedup();
        rows
    }

    /// Adds a cell, refusing more than [`MAX_CELLS`] in all.
    pub(super) fn put(
        &mut self,
        row: u32,
        col: u32,
        cell: StoredCell,
        count: &mut usize,
    ) -> Result<(), Msg> {
        *count += 1;
        if *count > MAX_CELLS {
            return Err(msg!(
                "workbook-too-many-cells",
                limit = MAX_CELLS.to_string()
            ));
        }
        self.cells.insert((row, col), cell);
        Ok(())
    }
}

/// An open workbook.
pub(super) enum Book<'b> {
    /// An `.xlsx`, read sheet by sheet.
    Xlsx(Box<xlsx::Xlsx<'b>>),
    /// An `.ods`, read whole.
    Ods(ods::Ods),
}

/// Why a workbook cannot be read: not a workbook at all, or more than a
/// workbook can need. The messages are the catalogues', shown in the
/// reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Unreadable {
    /// Damaged or not a spreadsheet.
    Damaged(Msg),
    /// Would take too many cells.
    TooLarge(Msg),
    /// A part of the archive (a sheet's XML, the shared strings) cannot be
    /// inflated; the message names the part, which is no one sheet's.
    Part {
        /// What is wrong, naming the part.
        message: Msg,
        /// Larger than the archive declares (a zip bomb?) rather than damaged.
        too_large: bool,
    },
}

impl<'b> Book<'b> {
    /// Opens a workbook that `archive::check` accepted.
    pub(super) fn open(zip: super::archive::Zip<'b>, kind: Kind) -> Result<Book<'b>, Unreadable> {
        match kind {
            Kind::Xlsx { workbook } => {
                xlsx::Xlsx::open(zip, &workbook).map(|x| Book::Xlsx(Box::new(x)))
            }
            Kind::Ods => ods::Ods::open(zip).map(Book::Ods),
        }
    }

    /// The sheets, in the order of their tabs.
    pub(super) fn sheets(&self) -> Vec<SheetInfo> {
        match self {
            Book::Xlsx(x) => x.sheets(),
            Book::Ods(o) => o.sheets(),
        }
    }

    /// Reads one sheet.
    pub(super) fn sheet(&mut self, name: &str) -> Result<Sheet, Unreadable> {
        match self {
            Book::Xlsx(x) => x.sheet(name),
            Book::Ods(o) => o.sheet(name),
        }
    }
}

/// An attribute's value, by its name with or without a namespace prefix,
/// entities resolved.
pub(super) fn attr<'a>(e: &'a BytesStart, name: &str) -> Option<Cow<'a, str>> {
    let mut found = None;
    attrs(e, |key, local, value| {
        if found.is_none() && (key == name || local == name) {
            found = Some(value);
        }
    });
    found
}

/// Calls `f` with the name, the local name (without prefix) and the value
/// of every attribute, entities resolved; no duplicate check (a duplicate
/// attribute only makes XML ill-formed, not a different workbook).
pub(super) fn attrs<'a>(e: &'a BytesStart, mut f: impl FnMut(&str, &str, Cow<'a, str>)) {
    let mut all = e.attributes();
    all.with_checks(false);
    for a in all.flatten() {
        let key = a.key.as_ref();
        let local = match key.rfind(':') {
            Some(i) if !key.starts_with("xmlns") => &key[i + 1..],
            _ => key,
        };
        let value = match a.value {
            Cow::Borrowed(v) => unescape(v),
            Cow::Owned(v) => Cow::Owned(unescape(&v).into_owned()),
        };
        f(key, local, value);
    }
}

/// Resolves the five XML entities and character references in an
/// attribute value.
fn unescape(v: &str) -> Cow<'_, str> {
    if !v.contains('&') {
        return Cow::Borrowed(v);
    }
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find(';') {
            Some(j) => {
                let name = &after[..j];
                match entity(name) {
                    Some(c) => out.push_str(&c),
                    None => {
                        out.push('&');
                        out.push_str(name);
                        out.push(';');
                    }
                }
                rest = &after[j + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The text an entity name (`amp`, `#10`, `#x41`) stands for.
fn entity(name: &str) -> Option<String> {
    if let Some(s) = quick_xml::escape::resolve_xml_entity(name) {
        return Some(s.to_string());
    }
    let code = name.strip_prefix('#')?;
    let n = match code.strip_prefix('x') {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => code.parse().ok()?,
    };
    char::from_u32(n).map(String::from)
}

/// Appends an entity reference met in text (`&amp;`, `&#10;`).
pub(super) fn push_ref(r: &BytesRef, out: &mut String) {
    let name = r.xml10_content();
    match entity(&name) {
        Some(s) => out.push_str(&s),
        None => {
            out.push('&');
            out.push_str(&name);
            out.push(';');
        }
    }
}

pub(super) use crate::answers::civil_date;

/// A date-time as the reader shows it: the date, and ` HH:MM` when the
/// time is not midnight.
pub(super) fn date_time(date: String, minutes: i64) -> String {
    if minutes == 0 {
        date
    } else {
        format!("{date} {:02}:{:02}", minutes / 60, minutes % 60)
    }
}

/// An ISO date-time (`2026-03-04T10:30:00`) as the reader shows dates.
pub(super) fn iso_date(s: &str) -> String {
    let (date, time) = s.split_once('T').unwrap_or((s, ""));
    let mut hm = time.split(':');
    let h: i64 = hm.next().and_then(|h| h.parse().ok()).unwrap_or(0);
    let m: i64 = hm.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    date_time(date.to_string(), h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_dates() {
        assert_eq!(unescape("a &amp; b &#10;&#x41;&bogus;"), "a & b \nA&bogus;");
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_000), "2024-10-04");
        assert_eq!(civil_date(-25_567), "1900-01-01");
        assert_eq!(date_time("2026-03-04".into(), 90), "2026-03-04 01:30");
    }
}
