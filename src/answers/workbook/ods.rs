//! Reading the sheets of an `.ods` (OpenDocument spreadsheet, what
//! LibreOffice saves): one pass over `content.xml` with quick-xml.
//!
//! A sheet is hidden when its table style says `table:display="false"`.
//!
//! OpenDocument abbreviates: a row or a cell may stand for many identical
//! ones (`number-rows-repeated`, `number-columns-repeated`) and a run of
//! spaces for one element (`<text:s text:c="N"/>`). Empty repeats only move
//! the position; repeated content is counted against the same cell limit
//! as any other, and spaces against their own, so a small file cannot
//! expand into a large one.

use std::collections::HashSet;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::archive::{Zip, read_part};
use super::cells::{
    MAX_CELLS, Sheet, SheetInfo, Stored, StoredCell, Unreadable, Value, attr, attrs, iso_date,
    push_ref,
};
use crate::i18n::Msg;
use crate::msg;

/// Spaces `<text:s text:c="N"/>` may stand for, in all cells.
const MAX_SPACES: usize = 1_000_000;
/// Columns a sheet has (as in Excel and LibreOffice).
const MAX_COLUMNS: u32 = 16_384;

/// An open `.ods`, every sheet read.
pub(super) struct Ods {
    sheets: Vec<(SheetInfo, Sheet)>,
}

fn damaged(message: Msg) -> Unreadable {
    Unreadable::Damaged(message)
}

/// What an `.ods` repeats beyond [`MAX_CELLS`].
#[derive(Clone, Copy)]
enum Repeated {
    Rows,
    Cells,
}

fn too_large(what: Repeated) -> Unreadable {
    let limit = MAX_CELLS.to_string();
    Unreadable::TooLarge(match what {
        Repeated::Rows => msg!("workbook-ods-repeat-rows", limit = limit),
        Repeated::Cells => msg!("workbook-ods-repeat-cells", limit = limit),
    })
}

/// A number attribute, 1 when absent or not a number.
fn count(e: &BytesStart, name: &str) -> u32 {
    count_of(attr(e, name).as_deref())
}

/// A number attribute's value, 1 when absent or not a number.
fn count_of(value: Option<&str>) -> u32 {
    value
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
        .max(1)
}

/// A cell between its start and end tags.
struct OpenCell {
    value_type: Option<String>,
    value: Option<String>,
    date: Option<String>,
    boolean: Option<String>,
    string: Option<String>,
    error: bool,
    formula: Option<String>,
    repeat: u32,
    span: (u32, u32),
    text: String,
    paragraphs: usize,
    annotation: usize,
}

impl OpenCell {
    fn new(e: &BytesStart) -> OpenCell {
        // The attributes read, in one pass over them; the first of a name
        // counts.
        let mut value_type = None;
        let mut value = None;
        let mut date = None;
        let mut boolean = None;
        let mut string = None;
        let mut calc_type = None;
        let mut formula = None;
        let (mut repeat, mut rows, mut cols) = (None, None, None);
        attrs(e, |key, _, v| {
            let slot = match key {
                "office:value-type" => &mut value_type,
                "office:value" => &mut value,
                "office:date-value" => &mut date,
                "office:boolean-value" => &mut boolean,
                "office:string-value" => &mut string,
                "calcext:value-type" => &mut calc_type,
                "table:formula" => &mut formula,
                "table:number-columns-repeated" => &mut repeat,
                "table:number-rows-spanned" => &mut rows,
                "table:number-columns-spanned" => &mut cols,
                _ => return,
            };
            if slot.is_none() {
                *slot = Some(v.into_owned());
            }
        });
        OpenCell {
            value_type,
            value,
            date,
            boolean,
            string,
            error: calc_type.is_some_and(|v| v == "error"),
            formula: formula.map(|f| f.strip_prefix("of:").map_or(f.clone(), str::to_string)),
            repeat: count_of(repeat.as_deref()),
            span: (count_of(rows.as_deref()), count_of(cols.as_deref())),
            text: String::new(),
            paragraphs: 0,
            annotation: 0,
        }
    }

    fn value(self) -> (Value, Option<String>) {
        let text = self.text;
        let value = if self.error {
            Value::Error(text)
        } else {
            match self.value_type.as_deref() {
                Some("float" | "percentage" | "currency") => self
                    .value
                    .and_then(|v| v.trim().parse().ok())
                    .map_or(Value::Text(text), Value::Number),
                Some("date") => Value::Date(iso_date(self.date.as_deref().unwrap_or(""))),
                Some("boolean") => {
                    Value::Bool(matches!(self.boolean.as_deref(), Some("true" | "1")))
                }
                Some("string") => match self.string {
                    Some(s) => Value::Text(s),
                    None if text.is_empty() => Value::Empty,
                    None => Value::Text(text),
                },
                _ if text.is_empty() => Value::Empty,
                _ => Value::Text(text),
            }
        };
        (value, self.formula)
    }
}

impl Ods {
    /// Reads every sheet of `content.xml`.
    pub(super) fn open(mut zip: Zip) -> Result<Ods, Unreadable> {
        let Some(xml) = read_part(&mut zip, "content.xml")? else {
            return Err(damaged(msg!("workbook-no-content")));
        };
        let mut sheets: Vec<(SheetInfo, Sheet)> = Vec::new();
        // Table styles that hide a sheet, and the style being read.
        let mut hiding: HashSet<String> = HashSet::new();
        let mut style: Option<String> = None;
        let mut reader = Reader::from_reader(xml.as_slice());
        let mut cells = 0usize;
        let mut spaces = 0usize;
        let (mut row, mut col) = (1u32, 1u32);
        let mut row_repeat = 1u32;
        let mut row_cells: Vec<(u32, StoredCell)> = Vec::new();
        let mut cell: Option<OpenCell> = None;
        let mut depth = 0usize;
        loop {
            let event = reader.read_event().map_err(|e| {
                damaged(msg!(
                    "workbook-part-not-xml",
                    part = "content.xml",
                    reason = e.to_string()
                ))
            })?;
            let empty = matches!(event, Event::Empty(_));
            match event {
                Event::Start(e) | Event::Empty(e) => {
                    let name = e.name();
                    let name = name.as_ref();
                    if let Some(c) = &mut cell {
                        // Inside a cell: its paragraphs, spaces, tabs, breaks.
                        match name {
                            "office:annotation" if !empty => c.annotation += 1,
                            _ if c.annotation > 0 => {}
                            "text:p" | "text:h" => {
                                if c.paragraphs > 0 {
                                    c.text.push('\n');
                                }
                                c.paragraphs += 1;
                            }
                            "text:s" => {
                                let n = count(&e, "text:c") as usize;
                                spaces = spaces.saturating_add(n);
                                if spaces > MAX_SPACES {
                                    return Err(Unreadable::TooLarge(msg!(
                                        "workbook-ods-spaces",
                                        limit = MAX_SPACES.to_string()
                                    )));
                                }
                                c.text.extend(std::iter::repeat_n(' ', n));
                            }
                            "text:tab" => c.text.push('\t'),
                            "text:line-break" => c.text.push('\n'),
                            _ => {}
                        }
                        continue;
                    }
                    match name {
                        "style:style" if depth == 0 && !empty => {
                            style = attr(&e, "style:family")
                                .filter(|f| f == "table")
                                .and(attr(&e, "style:name"))
                                .map(|n| n.into_owned());
                        }
                        "style:table-properties" if depth == 0 => {
                            if let Some(s) = &style
                                && attr(&e, "table:display").is_some_and(|d| d == "false")
                            {
                                hiding.insert(s.clone());
                            }
                        }
                        "table:table" if !empty => {
                            depth += 1;
                            let title = attr(&e, "table:name")
                                .map(|n| n.into_owned())
                                .unwrap_or_default();
                            let hidden = attr(&e, "table:style-name")
                                .is_some_and(|s| hiding.contains(s.as_ref()));
                            let info = SheetInfo {
                                name: title,
                                hidden,
                            };
                            sheets.push((info, Sheet::default()));
                            row = 1;
                        }
                        "table:table-row" if depth > 0 => {
                            row_repeat = count(&e, "table:number-rows-repeated");
                            col = 1;
                            row_cells.clear();
                            if empty {
                                row = row.saturating_add(row_repeat);
                            }
                        }
                        "table:table-cell" | "table:covered-table-cell" if depth > 0 => {
                            let open = OpenCell::new(&e);
                            if empty {
                                place(
                                    open,
                                    &mut col,
                                    row,
                                    &mut row_cells,
                                    &mut sheets,
                                    &mut cells,
                                )?;
                            } else {
                                cell = Some(open);
                            }
                        }
                        _ => {}
                    }
                }
                Event::Text(t) => {
                    if let Some(c) = &mut cell
                        && c.annotation == 0
                    {
                        c.text.push_str(&t.xml10_content());
                    }
                }
                Event::GeneralRef(r) => {
                    if let Some(c) = &mut cell
                        && c.annotation == 0
                    {
                        push_ref(&r, &mut c.text);
                    }
                }
                Event::End(e) => {
                    let name = e.name();
                    match name.as_ref() {
                        "office:annotation" => {
                            if let Some(c) = &mut cell {
                                c.annotation = c.annotation.saturating_sub(1);
                            }
                        }
                        "table:table-cell" | "table:covered-table-cell" => {
                            if let Some(open) = cell.take() {
                                place(
                                    open,
                                    &mut col,
                                    row,
                                    &mut row_cells,
                                    &mut sheets,
                                    &mut cells,
                                )?;
                            }
                        }
                        "table:table-row" if depth > 0 => {
                            if !row_cells.is_empty() {
                                let Some((_, sheet)) = sheets.last_mut() else {
                                    continue;
                                };
                                let total = row_cells.len().saturating_mul(row_repeat as usize);
                                if cells.saturating_add(total) > MAX_CELLS {
                                    return Err(too_large(Repeated::Rows));
                                }
                                for k in 0..row_repeat {
                                    for (c, stored) in &row_cells {
                                        sheet
                                            .put(
                                                row.saturating_add(k),
                                                *c,
                                                stored.clone(),
                                                &mut cells,
                                            )
                                            .map_err(|_| too_large(Repeated::Rows))?;
                                    }
                                }
                            }
                            row = row.saturating_add(row_repeat);
                        }
                        "table:table" => depth = depth.saturating_sub(1),
                        "style:style" => style = None,
                        _ => {}
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        Ok(Ods { sheets })
    }

    /// The sheets, in the order of their tabs.
    pub(super) fn sheets(&self) -> Vec<SheetInfo> {
        self.sheets.iter().map(|(s, _)| s.clone()).collect()
    }

    /// Hands over one sheet.
    pub(super) fn sheet(&mut self, name: &str) -> Result<Sheet, Unreadable> {
        self.sheets
            .iter_mut()
            .find(|(s, _)| s.name == name)
            .map(|(_, s)| std::mem::take(s))
            .ok_or_else(|| damaged(msg!("workbook-no-sheet-named", sheet = name)))
    }
}

/// Puts a finished cell (and its repeats) in the row, moves the column on,
/// and records a merge.
fn place(
    open: OpenCell,
    col: &mut u32,
    row: u32,
    row_cells: &mut Vec<(u32, StoredCell)>,
    sheets: &mut [(SheetInfo, Sheet)],
    cells: &mut usize,
) -> Result<(), Unreadable> {
    let repeat = open.repeat;
    let (rows, cols) = open.span;
    let start = *col;
    let (value, formula) = open.value();
    if (rows > 1 || cols > 1)
        && let Some((_, sheet)) = sheets.last_mut()
        && sheet.merged.len() < 10_000
    {
        sheet.merged.push((
            (row, start),
            (row.saturating_add(rows - 1), start.saturating_add(cols - 1)),
        ));
    }
    if value != Value::Empty || formula.is_some() {
        if start.saturating_add(repeat) > MAX_COLUMNS + 1
            || cells.saturating_add(row_cells.len() + repeat as usize) > MAX_CELLS
        {
            return Err(too_large(Repeated::Cells));
        }
        for k in 0..repeat {
            row_cells.push((
                start + k,
                StoredCell {
                    value: Stored::Value(value.clone()),
                    formula: formula.clone(),
                },
            ));
        }
    }
    *col = start.saturating_add(repeat);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes of an `.ods` archive holding only `content.xml`.
    fn archive(content: &str) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, content.as_bytes()).unwrap();
        zip.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn a_sheet_is_hidden_by_its_table_style() {
        let content = r#"<office:document-content xmlns:office="o" xmlns:style="s" xmlns:table="t" xmlns:text="x"><office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style><style:style style:name="ce1" style:family="table-cell"><style:table-properties table:display="false"/></style:style></office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Answers" table:style-name="ta2"></table:table><table:table table:name="Answers (2)" table:style-name="ta1"></table:table><table:table table:name="Workshop" table:style-name="ce1"></table:table></office:spreadsheet></office:body></office:document-content>"#;
        let bytes = archive(content);
        let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice())).unwrap();
        let ods = Ods::open(zip).unwrap();
        let hidden: Vec<(String, bool)> = ods
            .sheets()
            .into_iter()
            .map(|s| (s.name, s.hidden))
            .collect();
        assert_eq!(
            hidden,
            [
                ("Answers".to_string(), true),
                ("Answers (2)".to_string(), false),
                ("Workshop".to_string(), false),
            ]
        );
    }
}
