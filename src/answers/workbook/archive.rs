//! Checks a workbook file before any spreadsheet code reads it: is it a zip
//! archive at all (not a CSV or an old `.xls` renamed), is it a spreadsheet,
//! and would reading it cost more than a workbook can need (a zip bomb)?
//!
//! The sizes come from the archive's central directory, read without
//! decompressing anything; the zip reader then refuses to inflate any part
//! beyond its declared size, so a part that lies about its size fails
//! instead of filling the memory. Two parts expand without being
//! compressed, so they get a look of their own: the shared strings of an
//! `.xlsx` (whose declared count sizes a table) and the repeated rows,
//! cells and spaces of an `.ods` (which a reader materialises).

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use zip::ZipArchive;

/// The two kinds of workbooks read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Office Open XML (Excel).
    Xlsx,
    /// OpenDocument spreadsheet (LibreOffice).
    Ods,
}

/// Parts in an archive: a workbook made by a spreadsheet program has about
/// twenty.
const MAX_PARTS: usize = 2_000;
/// Bytes all parts may expand to.
pub const MAX_EXPANDED: u64 = 64 * 1024 * 1024;
/// Compression ratio above which a large part is taken for a bomb.
const MAX_RATIO: u64 = 100;
/// Parts smaller than this may compress as well as they like.
const RATIO_FROM: u64 = 1024 * 1024;
/// Cells an `.ods` reader may materialise, in all sheets.
pub const MAX_CELLS: u64 = 1_000_000;
/// Spaces `<text:s text:c="N"/>` may stand for, in all cells.
const MAX_SPACES: u64 = 1_000_000;

/// A merged range of an `.ods` sheet, 0-based and inclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// The sheet.
    pub sheet: String,
    /// First row and column.
    pub start: (u32, u32),
    /// Last row and column.
    pub end: (u32, u32),
}

/// Why a file is not read: the code's message, without the file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not a workbook at all.
    NotAWorkbook(String),
    /// Would expand beyond the limits.
    Bomb(String),
}

/// What the check learned about an archive.
#[derive(Debug)]
pub struct Checked {
    /// Which format it is.
    pub kind: Kind,
    /// Merged ranges (`.ods` only; calamine lists the `.xlsx` ones).
    pub merged: Vec<Merged>,
}

fn not_a_workbook(message: impl Into<String>) -> Refusal {
    Refusal::NotAWorkbook(message.into())
}

/// What a file that is not a zip archive looks like, for the message.
fn describe_non_zip(bytes: &[u8]) -> Refusal {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.is_empty() {
        return not_a_workbook("the file is empty, not a workbook");
    }
    if bytes.starts_with(OLE) {
        return not_a_workbook(
            "this is an Excel 97-2003 workbook (.xls) or a workbook protected by a password; open it and save it as an Excel Workbook (.xlsx) without a password",
        );
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if text.contains("guideline:") && text.contains("answers:") {
            return not_a_workbook(
                "this is a YAML answer file, not a workbook; give it a .yaml name",
            );
        }
        let first = text.lines().next().unwrap_or("");
        let kind = if first.contains(',') || first.contains(';') || first.contains('\t') {
            "text with separators (a CSV file renamed?)"
        } else {
            "text"
        };
        return not_a_workbook(format!(
            "the file is {kind}, not a workbook (.xlsx and .ods files are zip archives); fill in the workbook made by `wen-assess template --format xlsx`"
        ));
    }
    not_a_workbook(
        "not a workbook: the file is not a zip archive, as .xlsx and .ods files are (damaged, or another kind of file renamed?)",
    )
}

/// Checks the archive and tells which kind of workbook it is.
pub fn check(bytes: &[u8]) -> Result<Checked, Refusal> {
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
        return Err(describe_non_zip(bytes));
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        not_a_workbook(format!(
            "not a workbook: the zip archive is damaged ({e}); save the workbook again from the spreadsheet program"
        ))
    })?;
    if zip.len() > MAX_PARTS {
        return Err(Refusal::Bomb(format!(
            "the archive has {} parts, more than the {MAX_PARTS} a workbook can need; it was refused before decompressing",
            zip.len()
        )));
    }
    if zip.metadata().has_duplicate_names() {
        return Err(not_a_workbook(
            "not a workbook: the zip archive names a part twice (damaged or forged)",
        ));
    }
    let mut total: u64 = 0;
    let mut names = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let entry = zip
            .by_index_data(i)
            .map_err(|e| not_a_workbook(format!("not a workbook: damaged zip archive ({e})")))?;
        let name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        if entry.encrypted() {
            return Err(not_a_workbook(
                "the workbook is encrypted; save it again without a password",
            ));
        }
        let size = entry.size();
        let packed = entry.compressed_size().max(1);
        if size > RATIO_FROM && size / packed > MAX_RATIO {
            return Err(Refusal::Bomb(format!(
                "part `{name}` would expand from {packed} to {size} bytes ({}:1), a zip bomb; it was refused before decompressing",
                size / packed
            )));
        }
        total = total.saturating_add(size);
        if total > MAX_EXPANDED {
            return Err(Refusal::Bomb(format!(
                "the parts would expand to more than {MAX_EXPANDED} bytes, more than a workbook can need (a zip bomb?); it was refused before decompressing"
            )));
        }
        names.push((name, size));
    }
    let has = |wanted: &str| names.iter().any(|(n, _)| n.eq_ignore_ascii_case(wanted));
    if has("mimetype") && has("content.xml") {
        let mut mime = String::new();
        let _ = zip
            .by_name("mimetype")
            .map(|f| f.take(200).read_to_string(&mut mime));
        if !mime.trim().ends_with("opendocument.spreadsheet") {
            return Err(not_a_workbook(format!(
                "this is an OpenDocument file of another kind ({}), not a spreadsheet",
                mime.trim()
            )));
        }
        let merged = scan_ods(&mut zip)?;
        return Ok(Checked {
            kind: Kind::Ods,
            merged,
        });
    }
    if names.iter().any(|(n, _)| n.starts_with("xl/")) {
        for (name, size) in &names {
            if name.to_ascii_lowercase().ends_with("sharedstrings.xml") {
                check_shared_strings(&mut zip, name, *size)?;
            }
        }
        return Ok(Checked {
            kind: Kind::Xlsx,
            merged: Vec::new(),
        });
    }
    Err(not_a_workbook(
        "a zip archive, but not a workbook (no spreadsheet parts; a Word or other document?)",
    ))
}

/// The `count` attributes of the shared-string table size a list before
/// any string is read: they may not promise more strings than the part can
/// hold (each takes at least `<si><t/></si>`).
fn check_shared_strings(
    zip: &mut ZipArchive<Cursor<&[u8]>>,
    name: &str,
    size: u64,
) -> Result<(), Refusal> {
    let mut head = Vec::new();
    if let Ok(f) = zip.by_name(name) {
        let _ = f.take(4096).read_to_end(&mut head);
    }
    let mut reader = quick_xml::Reader::from_reader(head.as_slice());
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == "sst" => {
                for attr in ["count", "uniqueCount"] {
                    let n = attr_u64(&e, attr).unwrap_or(0);
                    if n > size / 10 + 16 {
                        return Err(Refusal::Bomb(format!(
                            "part `{name}` promises {n} strings in {size} bytes (forged to exhaust memory?); it was refused before reading"
                        )));
                    }
                }
                return Ok(());
            }
            // A truncated head or odd XML is the spreadsheet reader's to report.
            Ok(Event::Eof) | Err(_) => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

fn attr_u64(e: &BytesStart, name: &str) -> Option<u64> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.value.trim().parse().ok())
}

/// An attribute's text with the five XML entities resolved.
fn attr_text(e: &BytesStart, name: &str) -> String {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .map(|a| {
            a.value
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
        })
        .unwrap_or_default()
}

/// Reads the sheets of an `.ods` as a reader would lay them out, without
/// keeping any cell: how many cells repeated rows and columns would
/// materialise, how many spaces `text:s` stands for, and which ranges are
/// merged.
fn scan_ods(zip: &mut ZipArchive<Cursor<&[u8]>>) -> Result<Vec<Merged>, Refusal> {
    let mut xml = Vec::new();
    zip.by_name("content.xml")
        .and_then(|f| {
            f.take(MAX_EXPANDED + 1)
                .read_to_end(&mut xml)
                .map_err(zip::result::ZipError::Io)
        })
        .map_err(|e| {
            not_a_workbook(format!(
                "not a workbook: the sheets cannot be read ({e}); save the workbook again"
            ))
        })?;
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut buf = Vec::new();
    let mut merged = Vec::new();
    let mut cells: u64 = 0;
    let mut spaces: u64 = 0;
    // The sheet being read and where its rows stand.
    let mut sheet = String::new();
    let mut depth = 0usize;
    let (mut row, mut col) = (0u64, 0u64);
    let mut row_repeat = 1u64;
    // Rows and width of the part of the sheet holding content.
    let (mut first_row, mut last_row, mut width): (Option<u64>, u64, u64) = (None, 0, 0);
    let mut row_width = 0u64;
    let too_many = |what: &str| {
        Refusal::Bomb(format!(
            "the sheets repeat {what} so often that reading them would take more than {MAX_CELLS} cells (a zip bomb?); it was refused before reading"
        ))
    };
    loop {
        let event = reader.read_event_into(&mut buf);
        let (e, empty) = match &event {
            Ok(Event::Start(e)) => (Some(e.clone()), false),
            Ok(Event::Empty(e)) => (Some(e.clone()), true),
            Ok(Event::End(e)) => {
                match e.name().as_ref() {
                    "table:table" => {
                        depth = depth.saturating_sub(1);
                        if let Some(first) = first_row {
                            cells = cells.saturating_add((last_row - first).saturating_mul(width));
                            if cells > MAX_CELLS {
                                return Err(too_many("rows and cells"));
                            }
                        }
                        first_row = None;
                        width = 0;
                    }
                    "table:table-row" => {
                        if row_width > 0 {
                            first_row.get_or_insert(row);
                            last_row = row.saturating_add(row_repeat);
                            width = width.max(row_width);
                            // A reader keeps each row's cells before it
                            // repeats rows.
                            cells = cells.saturating_add(row_width);
                            if cells > MAX_CELLS {
                                return Err(too_many("cells"));
                            }
                        }
                        row = row.saturating_add(row_repeat);
                    }
                    _ => {}
                }
                (None, false)
            }
            Ok(Event::Eof) => break,
            Err(e) => {
                return Err(not_a_workbook(format!(
                    "not a workbook: the sheets are not valid XML ({e}); save the workbook again"
                )));
            }
            _ => (None, false),
        };
        if let Some(e) = e {
            match e.name().as_ref() {
                "table:table" => {
                    depth += 1;
                    sheet = attr_text(&e, "table:name");
                    row = 0;
                    first_row = None;
                    width = 0;
                }
                "table:table-row" if depth > 0 => {
                    row_repeat = attr_u64(&e, "table:number-rows-repeated")
                        .unwrap_or(1)
                        .max(1);
                    col = 0;
                    row_width = 0;
                    if empty {
                        row = row.saturating_add(row_repeat);
                    }
                }
                "table:table-cell" | "table:covered-table-cell" if depth > 0 => {
                    let repeat = attr_u64(&e, "table:number-columns-repeated")
                        .unwrap_or(1)
                        .max(1);
                    let filled = e.attributes().flatten().any(|a| {
                        matches!(
                            a.key.as_ref(),
                            "office:value-type" | "table:formula" | "calcext:value-type"
                        )
                    });
                    let span_cols = attr_u64(&e, "table:number-columns-spanned").unwrap_or(1);
                    let span_rows = attr_u64(&e, "table:number-rows-spanned").unwrap_or(1);
                    if (span_cols > 1 || span_rows > 1) && merged.len() < 10_000 {
                        let clamp = |v: u64| v.min(u64::from(u32::MAX)) as u32;
                        merged.push(Merged {
                            sheet: sheet.clone(),
                            start: (clamp(row), clamp(col)),
                            end: (
                                clamp(row.saturating_add(span_rows - 1)),
                                clamp(col.saturating_add(span_cols - 1)),
                            ),
                        });
                    }
                    col = col.saturating_add(repeat);
                    if filled {
                        row_width = col;
                        if row_width > MAX_CELLS {
                            return Err(too_many("cells"));
                        }
                    }
                }
                "text:s" => {
                    spaces = spaces.saturating_add(attr_u64(&e, "text:c").unwrap_or(1));
                    if spaces > MAX_SPACES {
                        return Err(Refusal::Bomb(format!(
                            "the cells stand for more than {MAX_SPACES} spaces (a zip bomb?); it was refused before reading"
                        )));
                    }
                }
                _ => {}
            }
        }
        buf.clear();
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(r: Result<Checked, Refusal>) -> String {
        match r {
            Err(Refusal::NotAWorkbook(m)) => format!("not: {m}"),
            Err(Refusal::Bomb(m)) => format!("bomb: {m}"),
            Ok(c) => format!("ok: {:?}", c.kind),
        }
    }

    #[test]
    fn text_and_old_formats_are_named() {
        assert!(message(check(b"")).contains("empty"));
        assert!(message(check(b"a,b,c\n1,2,3\n")).contains("CSV"));
        assert!(message(check(b"format: 1\nguideline: g\nanswers: {}\n")).contains("YAML"));
        assert!(
            message(check(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0])).contains(".xls")
        );
        assert!(message(check(b"PK\x03\x04garbage")).contains("damaged"));
    }
}
