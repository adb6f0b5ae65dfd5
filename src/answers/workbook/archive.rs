//! Checks a workbook file before any of it is decompressed: is it a zip
//! archive at all (not a CSV, a YAML file or an old `.xls` renamed), is it
//! a spreadsheet, and would its parts expand beyond what a workbook can
//! need (a zip bomb)?
//!
//! Which kind of spreadsheet it is comes from the package's own markers,
//! as spreadsheet programs decide it: for Office Open XML, the main part
//! that `_rels/.rels` names and the content type `[Content_Types].xml`
//! gives it; for OpenDocument, what the `mimetype` entry says. A file
//! that merely holds a part of the other kind's name is not taken for it;
//! one that carries both kinds whole is read as its name says (`.ods`, or
//! else Office Open XML, the only kind Excel reads).
//!
//! The sizes come from the archive's central directory, read without
//! decompressing anything; the zip reader then refuses to inflate any part
//! beyond its declared size, so a part that lies about its size fails
//! instead of filling the memory. What expands without compression (rows
//! and cells an `.ods` repeats, spaces it abbreviates) is bounded where it
//! is read, in `cells.rs` and `ods.rs`.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;
use zip::ZipArchive;

use super::cells::{Unreadable, attr};
use super::xlsx::relationships;
use crate::i18n::{Msg, MsgArg};
use crate::msg;

/// An open archive.
pub(super) type Zip<'b> = ZipArchive<Cursor<&'b [u8]>>;

/// The two kinds of workbooks read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind {
    /// Office Open XML (Excel), with its workbook part (`xl/workbook.xml`).
    Xlsx {
        /// The part `_rels/.rels` names as the main document.
        workbook: String,
    },
    /// OpenDocument spreadsheet (LibreOffice).
    Ods,
}

/// The content types of the workbook part of an Office Open XML
/// spreadsheet: workbook, template, and their macro-enabled forms.
const WORKBOOK_TYPES: &[&str] = &[
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroenabled.main+xml",
    "application/vnd.ms-excel.template.macroenabled.main+xml",
];

/// What the `mimetype` entry of an OpenDocument spreadsheet (or its
/// template) says.
const ODS_TYPES: &[&str] = &[
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.spreadsheet-template",
];

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
pub(super) enum Refusal {
    /// Not a workbook at all.
    NotAWorkbook(Msg),
    /// Would expand beyond the limits.
    Bomb(Msg),
}

/// An archive that passed the check.
pub(super) struct Checked<'b> {
    /// Which format it is.
    pub kind: Kind,
    /// The archive, its central directory read.
    pub zip: Zip<'b>,
}

fn not_a_workbook(message: Msg) -> Refusal {
    Refusal::NotAWorkbook(message)
}

/// What a file that is not a zip archive looks like, for the message.
fn describe_non_zip(bytes: &[u8]) -> Refusal {
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.is_empty() {
        return not_a_workbook(msg!("workbook-empty"));
    }
    if bytes.starts_with(OLE) {
        return not_a_workbook(msg!("workbook-xls"));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if text.contains("guideline:") && text.contains("answers:") {
            return not_a_workbook(msg!("workbook-is-yaml"));
        }
        let first = text.lines().next().unwrap_or("");
        let separated = first.contains(',') || first.contains(';') || first.contains('\t');
        return not_a_workbook(if separated {
            msg!("workbook-is-csv")
        } else {
            msg!("workbook-is-text")
        });
    }
    not_a_workbook(msg!("workbook-not-zip"))
}

/// Checks the archive and tells which kind of workbook it is; `named_ods`
/// says the file's name ends in `.ods`, which decides for a file that
/// carries both kinds.
pub(super) fn check(bytes: &[u8], named_ods: bool) -> Result<Checked<'_>, Refusal> {
    if !bytes.starts_with(b"PK\x03\x04") && !bytes.starts_with(b"PK\x05\x06") {
        return Err(describe_non_zip(bytes));
    }
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        // The zip library's words, put plainly where we know them; other
        // reasons stay in its (English) words, a detail for whoever
        // repairs the file.
        let why = e.to_string();
        let why: MsgArg = if why.contains("EOCD") {
            msg!("workbook-zip-cut-short").into()
        } else {
            why.into()
        };
        not_a_workbook(msg!("workbook-zip-damaged", reason = why))
    })?;
    if zip.len() > MAX_PARTS {
        return Err(Refusal::Bomb(msg!(
            "workbook-too-many-parts",
            count = zip.len().to_string(),
            limit = MAX_PARTS.to_string()
        )));
    }
    if zip.metadata().has_duplicate_names() {
        return Err(not_a_workbook(msg!("workbook-part-twice")));
    }
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip.by_index_data(i).map_err(|e| {
            not_a_workbook(msg!("workbook-zip-entry-damaged", reason = e.to_string()))
        })?;
        let name = entry.name().map(|n| n.to_string()).unwrap_or_default();
        if entry.encrypted() {
            return Err(not_a_workbook(msg!("workbook-encrypted")));
        }
        let size = entry.size();
        let packed = entry.compressed_size().max(1);
        if size > RATIO_FROM && size / packed > MAX_RATIO {
            return Err(Refusal::Bomb(msg!(
                "workbook-part-ratio",
                part = name,
                packed = packed.to_string(),
                size = size.to_string(),
                ratio = (size / packed).to_string()
            )));
        }
        total = total.saturating_add(size);
        if total > MAX_EXPANDED {
            return Err(Refusal::Bomb(msg!(
                "workbook-too-large-expanded",
                limit = MAX_EXPANDED.to_string()
            )));
        }
    }
    let mime = opendocument_type(&mut zip);
    let is_ods = mime.as_deref().is_some_and(|m| ODS_TYPES.contains(&m));
    let main = office_main_part(&mut zip).map_err(|e| match e {
        Unreadable::Part {
            message,
            too_large: true,
        } => Refusal::Bomb(msg!("workbook-refused", reason = message)),
        Unreadable::Part { message, .. }
        | Unreadable::Damaged(message)
        | Unreadable::TooLarge(message) => {
            not_a_workbook(msg!("workbook-not-a-workbook", reason = message))
        }
    })?;
    let xlsx = main
        .as_ref()
        .filter(|m| WORKBOOK_TYPES.contains(&m.content_type.as_str()));
    let kind = match (xlsx, is_ods) {
        (Some(m), false) => Kind::Xlsx {
            workbook: m.part.clone(),
        },
        (Some(m), true) if !named_ods => Kind::Xlsx {
            workbook: m.part.clone(),
        },
        (_, true) => Kind::Ods,
        (None, false) => {
            return Err(not_a_workbook(other_document(
                main.as_ref().map(|m| m.content_type.as_str()),
                mime.as_deref(),
            )));
        }
    };
    Ok(Checked { kind, zip })
}

/// What a package that is no spreadsheet is, for the message.
fn other_document(office: Option<&str>, opendocument: Option<&str>) -> Msg {
    let office = office.unwrap_or("");
    if office.contains("spreadsheetml") || office.contains("ms-excel") {
        msg!("workbook-xlsb")
    } else if office.contains("wordprocessingml") || office.contains("ms-word") {
        msg!("workbook-word")
    } else if office.contains("presentationml") || office.contains("ms-powerpoint") {
        msg!("workbook-powerpoint")
    } else if let Some(mime) = opendocument.filter(|m| m.contains("opendocument")) {
        msg!(
            "workbook-other-opendocument",
            kind = crate::diagnostic::quoted(mime)
        )
    } else {
        msg!("workbook-zip-not-workbook")
    }
}

/// What the `mimetype` entry of an OpenDocument package says, if there is
/// one (its first 200 bytes, trimmed).
fn opendocument_type(zip: &mut Zip) -> Option<String> {
    let mut mime = String::new();
    let mut entry = zip.by_name("mimetype").ok()?;
    entry.by_ref().take(200).read_to_string(&mut mime).ok()?;
    Some(mime.trim().to_string())
}

/// The main part of an Office Open XML package and its content type.
struct MainPart {
    /// The part name, without a leading `/`.
    part: String,
    /// Its content type, lower-case.
    content_type: String,
}

/// The main part of an Office Open XML package: the one `_rels/.rels`
/// names as the office document, or, when it names none, the first part
/// whose content type is a workbook's (as openpyxl finds it); with the
/// content type `[Content_Types].xml` gives it (by part name, else by
/// extension). `None` when the package has no `[Content_Types].xml` or no
/// main part: it is no Office Open XML document.
fn office_main_part(zip: &mut Zip) -> Result<Option<MainPart>, Unreadable> {
    let Some(xml) = read_part(zip, "[Content_Types].xml")? else {
        return Ok(None);
    };
    let mut defaults: Vec<(String, String)> = Vec::new();
    let mut overrides: Vec<(String, String)> = Vec::new();
    let mut reader = Reader::from_reader(xml.as_slice());
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                let content_type = attr(&e, "ContentType").map(|t| t.trim().to_lowercase());
                match (e.local_name().as_ref(), content_type) {
                    ("Default", Some(t)) => {
                        if let Some(ext) = attr(&e, "Extension") {
                            defaults.push((ext.to_lowercase(), t));
                        }
                    }
                    ("Override", Some(t)) => {
                        if let Some(part) = attr(&e, "PartName") {
                            overrides.push((part.trim_start_matches('/').to_lowercase(), t));
                        }
                    }
                    _ => {}
                }
            }
            Ok(Event::Eof) => break,
            Err(e) => {
                return Err(Unreadable::Damaged(msg!(
                    "workbook-part-not-xml",
                    part = "[Content_Types].xml",
                    reason = e.to_string()
                )));
            }
            _ => {}
        }
    }
    // Part names compare without case, as in the packaging standard.
    let type_of = |part: &str| {
        let part = part.to_lowercase();
        overrides
            .iter()
            .find(|(p, _)| *p == part)
            .or_else(|| {
                let ext = part.rsplit_once('.').map_or("", |(_, x)| x);
                defaults.iter().find(|(x, _)| x == ext)
            })
            .map(|(_, t)| t.clone())
    };
    let named = relationships(zip, "")?
        .into_iter()
        .find(|(_, kind, _)| kind.ends_with("/officeDocument"))
        .map(|(_, _, target)| target);
    let part = named.or_else(|| {
        overrides
            .iter()
            .find(|(_, t)| WORKBOOK_TYPES.contains(&t.as_str()))
            .map(|(p, _)| p.clone())
    });
    Ok(part.and_then(|part| {
        let content_type = type_of(&part)?;
        Some(MainPart { part, content_type })
    }))
}

/// Reads a whole part of the archive by name (a leading `/` ignored; the
/// name compared without case when no part has it exactly): `None` when
/// there is no such part, an error when it cannot be decompressed (damaged,
/// or larger than it says).
pub(super) fn read_part(zip: &mut Zip, name: &str) -> Result<Option<Vec<u8>>, Unreadable> {
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
        message: msg!(
            "workbook-part-unreadable",
            part = name,
            reason = e.to_string()
        ),
        too_large: false,
    })?;
    let mut out = Vec::with_capacity(f.size().min(MAX_EXPANDED) as usize);
    f.read_to_end(&mut out).map_err(|e| {
        if e.to_string().contains("larger than its declared") {
            Unreadable::Part {
                message: msg!("workbook-part-expands", part = name),
                too_large: true,
            }
        } else {
            Unreadable::Part {
                message: msg!("workbook-part-inflate", part = name, reason = e.to_string()),
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
        let said = |bytes: &[u8]| message(check(bytes, false));
        assert!(said(b"").contains("empty"));
        assert!(said(b"a,b,c\n1,2,3\n").contains("CSV"));
        assert!(said(b"format: 1\nguideline: g\nanswers: {}\n").contains("YAML"));
        assert!(said(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]).contains(".xls"));
        assert!(said(b"PK\x03\x04garbage").contains("damaged"));
    }

    /// A zip archive of (name, text) entries.
    fn package(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        for (name, text) in entries {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            std::io::Write::write_all(&mut zip, text.as_bytes()).unwrap();
        }
        zip.finish().unwrap();
        out.into_inner()
    }

    const TYPES: &str = r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#;
    const RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/book.xml"/></Relationships>"#;
    const ODS: &str = "application/vnd.oasis.opendocument.spreadsheet";

    #[test]
    fn the_kind_is_what_the_package_says_not_which_parts_it_has() {
        let ooxml = [
            ("[Content_Types].xml", TYPES),
            ("_rels/.rels", RELS),
            ("xl/book.xml", "<workbook/>"),
        ];
        let xlsx = "ok: Xlsx { workbook: \"xl/book.xml\" }";
        assert_eq!(message(check(&package(&ooxml), false)), xlsx);
        // An .xlsx that also holds `mimetype` and `content.xml` stays one...
        let mut both = ooxml.to_vec();
        both.extend([("mimetype", ODS), ("content.xml", "<x/>")]);
        assert_eq!(message(check(&package(&both), false)), xlsx);
        // ...unless its name says .ods; parts named like the other kind's
        // without its marker decide nothing.
        assert_eq!(message(check(&package(&both), true)), "ok: Ods");
        let fake_ods = [("mimetype", "text/plain"), ("content.xml", "<x/>")];
        let mut fake = ooxml.to_vec();
        fake.extend(fake_ods);
        assert_eq!(message(check(&package(&fake), true)), xlsx);
        assert!(message(check(&package(&fake_ods), true)).starts_with("not: a zip archive"));
        // `xl/` parts without the content types are no workbook.
        let no_types = [("_rels/.rels", RELS), ("xl/book.xml", "<workbook/>")];
        assert!(message(check(&package(&no_types), false)).starts_with("not:"));
        let word = TYPES
            .replace("/xl/book.xml", "/word/document.xml")
            .replace("spreadsheetml.sheet", "wordprocessingml.document");
        let rels = RELS.replace("xl/book.xml", "word/document.xml");
        assert_eq!(
            message(check(
                &package(&[("[Content_Types].xml", &word), ("_rels/.rels", &rels)]),
                false
            )),
            "not: this is a Word document, not a workbook; fill in the workbook made by `wen-assess template --format xlsx`"
        );
        let text = [("mimetype", "application/vnd.oasis.opendocument.text")];
        assert_eq!(
            message(check(&package(&text), false)),
            "not: this is an OpenDocument file of another kind (application/vnd.oasis.opendocument.text), not a spreadsheet"
        );
    }
}
