//! Checks a workbook file before any of it is decompressed: is it a zip
//! archive at all (not a CSV, a YAML file or an old `.xls` renamed), is it
//! a spreadsheet, and would its parts expand beyond what a workbook can
//! need (a zip bomb)?
//!
//! The sizes come from the archive's central directory, read without
//! decompressing anything; the zip reader then refuses to inflate any part
//! beyond its declared size, so a part that lies about its size fails
//! instead of filling the memory. What expands without compression (rows
//! and cells an `.ods` repeats, spaces it abbreviates) is bounded where it
//! is read, in `cells.rs` and `ods.rs`.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::cells::Unreadable;

/// An open archive.
pub type Zip<'b> = ZipArchive<Cursor<&'b [u8]>>;

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
const MAX_EXPANDED: u64 = 64 * 1024 * 1024;
/// Compression ratio above which a large part is taken for a bomb.
const MAX_RATIO: u64 = 100;
/// Parts smaller than this may compress as well as they like.
const RATIO_FROM: u64 = 1024 * 1024;

/// Why a file is not read: the code's message, without the file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not a workbook at all.
    NotAWorkbook(String),
    /// Would expand beyond the limits.
    Bomb(String),
}

/// An archive that passed the check.
pub struct Checked<'b> {
    /// Which format it is.
    pub kind: Kind,
    /// The archive, its central directory read.
    pub zip: Zip<'b>,
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
pub fn check(bytes: &[u8]) -> Result<Checked<'_>, Refusal> {
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
        return Err(describe_non_zip(bytes));
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        // The zip library's words, put plainly where we know them.
        let why = e.to_string();
        let why = if why.contains("EOCD") {
            "its table of contents, at the end of the file, is missing: the file was cut short, by an interrupted download or copy?".to_string()
        } else {
            why
        };
        not_a_workbook(format!(
            "not a workbook: the zip archive is damaged ({why}); save the workbook again from the spreadsheet program"
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
    let mut names: Vec<String> = Vec::with_capacity(zip.len());
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
        names.push(name);
    }
    let has = |wanted: &str| names.iter().any(|n| n.eq_ignore_ascii_case(wanted));
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
        return Ok(Checked {
            kind: Kind::Ods,
            zip,
        });
    }
    if names.iter().any(|n| n.starts_with("xl/")) {
        return Ok(Checked {
            kind: Kind::Xlsx,
            zip,
        });
    }
    Err(not_a_workbook(
        "a zip archive, but not a workbook (no spreadsheet parts; a Word or other document?)",
    ))
}

/// Reads a whole part of the archive by name (a leading `/` ignored; the
/// name compared without case when no part has it exactly): `None` when
/// there is no such part, an error when it cannot be decompressed (damaged,
/// or larger than it says).
pub fn read_part(zip: &mut Zip, name: &str) -> Result<Option<Vec<u8>>, Unreadable> {
    let name = name.trim_start_matches('/');
    let Some(index) = zip.index_for_name(name).or_else(|| {
        (0..zip.len()).find(|i| {
            zip.name_for_index(*i)
                .and_then(Result::ok)
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
    }) else {
        return Ok(None);
    };
    let mut f = zip.by_index(index).map_err(|e| Unreadable::Part {
        message: format!("part `{name}` cannot be read ({e})"),
        too_large: false,
    })?;
    let mut out = Vec::with_capacity(f.size().min(MAX_EXPANDED) as usize);
    f.read_to_end(&mut out).map_err(|e| {
        if e.to_string().contains("larger than its declared") {
            Unreadable::Part {
                message: format!(
                    "part `{name}` expands beyond the size the archive declares for it (a zip bomb, or a damaged file)"
                ),
                too_large: true,
            }
        } else {
            Unreadable::Part {
                message: format!("part `{name}` cannot be decompressed ({e})"),
                too_large: false,
            }
        }
    })?;
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(r: Result<Checked<'_>, Refusal>) -> String {
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
