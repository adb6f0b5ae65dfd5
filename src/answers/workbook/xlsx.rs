//! Reading the sheets of an `.xlsx` (Office Open XML, SpreadsheetML): the
//! parts a reader of answers needs, streamed with quick-xml.
//!
//! The workbook part lists the sheets and the relationships name their
//! parts; each sheet read is one pass over its XML that keeps non-empty
//! cells, formulas and merged ranges. The shared-string table is read
//! with a namespace-aware parser, as spreadsheet programs read it (the
//! `si` items of the root `sst`, in the SpreadsheetML namespace under any
//! prefix; comments, CDATA and processing instructions are not items),
//! but only indexed: a string is decoded when a cell holding it is read,
//! so the criteria texts a workbook shows are never decoded at all.
//! Styles are read only when a number may be a date. Nothing here sizes an
//! allocation from a count the file declares.

use std::collections::HashMap;
use std::rc::Rc;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{Namespace, ResolveResult};
use quick_xml::{NsReader, Reader};

use super::archive::{Zip, read_part};
use super::cells::{
    Sheet, SheetInfo, Stored, StoredCell, Strings, Unreadable, Value, attr, attrs, civil_date,
    date_time, iso_date, push_ref,
};
use crate::i18n::Msg;
use crate::msg;

/// An open `.xlsx`.
pub(super) struct Xlsx<'b> {
    zip: Zip<'b>,
    /// The sheets and their parts.
    sheets: Vec<(SheetInfo, String)>,
    /// Dates count from 1904 (old Mac workbooks) rather than 1900.
    is_1904: bool,
    shared_path: String,
    styles_path: String,
    strings: Option<Rc<SharedStrings>>,
    date_styles: Option<Rc<Vec<bool>>>,
}

fn damaged(message: Msg) -> Unreadable {
    Unreadable::Damaged(message)
}

/// A part that is not well-formed XML, with the parser's (English) reason.
fn not_xml(part: &str, e: impl std::fmt::Display) -> Unreadable {
    damaged(msg!(
        "workbook-part-not-xml",
        part = part,
        reason = e.to_string()
    ))
}

/// The folder of a part, with its final `/` (`xl/` for `xl/workbook.xml`).
fn folder(part: &str) -> &str {
    part.rfind('/').map_or("", |i| &part[..=i])
}

/// A relationship target as a part name: absolute (`/xl/...`) or relative
/// to the folder of the part that names it, `..` resolved.
fn resolve(base: &str, target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_string(),
        None => format!("{base}{target}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for p in joined.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

/// The relationships of a part: (id, type, target as a part name).
pub(super) fn relationships(
    zip: &mut Zip,
    part: &str,
) -> Result<Vec<(String, String, String)>, Unreadable> {
    let name = part.rfind('/').map_or(part, |i| &part[i + 1..]);
    let rels = format!("{}_rels/{name}.rels", folder(part));
    let Some(xml) = read_part(zip, &rels)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    let mut reader = Reader::from_reader(xml.as_slice());
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "Relationship" => {
                if attr(&e, "TargetMode").is_some_and(|m| m.eq_ignore_ascii_case("external")) {
                    continue;
                }
                let (Some(id), Some(kind), Some(target)) =
                    (attr(&e, "Id"), attr(&e, "Type"), attr(&e, "Target"))
                else {
                    continue;
                };
                out.push((
                    id.into_owned(),
                    kind.into_owned(),
                    resolve(folder(part), &target),
                ));
            }
            Ok(Event::Eof) => break,
            Err(e) => return Err(not_xml(&rels, e)),
            _ => {}
        }
    }
    Ok(out)
}

impl<'b> Xlsx<'b> {
    /// Reads the list of sheets from the workbook part (the one the
    /// package names as its main document, found by `archive::check`).
    pub(super) fn open(mut zip: Zip<'b>, workbook: &str) -> Result<Xlsx<'b>, Unreadable> {
        let Some(xml) = read_part(&mut zip, workbook)? else {
            return Err(damaged(msg!("workbook-no-workbook-part", part = workbook)));
        };
        let rels = relationships(&mut zip, workbook)?;
        // By id: a sheet list of any length is matched in one pass.
        let targets: HashMap<&str, &str> = rels
            .iter()
            .map(|(id, _, target)| (id.as_str(), target.as_str()))
            .collect();
        let mut sheets = Vec::new();
        let mut is_1904 = false;
        let mut reader = Reader::from_reader(xml.as_slice());
        loop {
            match reader.read_event() {
                Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                    "sheet" => {
                        let (Some(name), Some(id)) = (attr(&e, "name"), attr(&e, "id")) else {
                            continue;
                        };
                        // `hidden`, or `veryHidden` (only a program unhides it).
                        let hidden = attr(&e, "state").is_some_and(|s| s != "visible");
                        if let Some(target) = targets.get(id.as_ref()) {
                            let info = SheetInfo {
                                name: name.into_owned(),
                                hidden,
                            };
                            sheets.push((info, target.to_string()));
                        }
                    }
                    "workbookPr" => {
                        is_1904 = attr(&e, "date1904").is_some_and(|v| v == "1" || v == "true");
                    }
                    _ => {}
                },
                Ok(Event::Eof) => break,
                Err(e) => {
                    return Err(damaged(msg!(
                        "workbook-workbook-part-not-xml",
                        reason = e.to_string()
                    )));
                }
                _ => {}
            }
        }
        let part_of = |suffix: &str, default: &str| {
            rels.iter()
                .find(|(_, kind, _)| kind.ends_with(suffix))
                .map_or_else(|| default.to_string(), |(_, _, t)| t.clone())
        };
        Ok(Xlsx {
            shared_path: part_of("/sharedStrings", "xl/sharedStrings.xml"),
            styles_path: part_of("/styles", "xl/styles.xml"),
            zip,
            sheets,
            is_1904,
            strings: None,
            date_styles: None,
        })
    }

    /// The sheets, in the order of their tabs.
    pub(super) fn sheets(&self) -> Vec<SheetInfo> {
        self.sheets.iter().map(|(s, _)| s.clone()).collect()
    }

    fn strings(&mut self) -> Result<Rc<SharedStrings>, Unreadable> {
        if let Some(s) = &self.strings {
            return Ok(s.clone());
        }
        let xml = read_part(&mut self.zip, &self.shared_path)?.unwrap_or_default();
        let s = Rc::new(SharedStrings::index(xml).map_err(|e| {
            damaged(msg!(
                "workbook-strings-not-xml",
                part = &self.shared_path,
                reason = e.to_string()
            ))
        })?);
        self.strings = Some(s.clone());
        Ok(s)
    }

    fn date_styles(&mut self) -> Result<Rc<Vec<bool>>, Unreadable> {
        if let Some(s) = &self.date_styles {
            return Ok(s.clone());
        }
        let xml = read_part(&mut self.zip, &self.styles_path)?.unwrap_or_default();
        let s = Rc::new(date_styles(&xml));
        self.date_styles = Some(s.clone());
        Ok(s)
    }

    /// Reads one sheet.
    pub(super) fn sheet(&mut self, name: &str) -> Result<Sheet, Unreadable> {
        let Some((_, part)) = self.sheets.iter().find(|(s, _)| s.name == name).cloned() else {
            return Err(damaged(msg!("workbook-no-sheet-named", sheet = name)));
        };
        let Some(xml) = read_part(&mut self.zip, &part)? else {
            return Err(damaged(msg!(
                "workbook-sheet-no-part",
                sheet = name,
                part = &part
            )));
        };
        let mut sheet = Sheet::default();
        // Numbers with a style: dates or not, once the styles are known.
        let mut styled: Vec<(u32, u32, f64, usize)> = Vec::new();
        let mut shared = false;
        let mut count = 0usize;
        let mut reader = Reader::from_reader(xml.as_slice());
        let (mut row, mut next_col) = (0u32, 1u32);
        // The cell being read.
        let mut cell: Option<OpenCell> = None;
        let mut text_of: Option<Part> = None;
        let mut phonetic = 0usize;
        loop {
            let event = reader.read_event().map_err(|e| {
                damaged(msg!(
                    "workbook-sheet-not-xml",
                    sheet = name,
                    reason = e.to_string()
                ))
            })?;
            let empty = matches!(event, Event::Empty(_));
            match event {
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "row" => {
                    row = attr(&e, "r")
                        .and_then(|r| r.parse().ok())
                        .unwrap_or(row.saturating_add(1));
                    next_col = 1;
                }
                Event::Start(e) if e.local_name().as_ref() == "c" => {
                    let (mut at, mut kind, mut style) = (None, Kind::Number, None);
                    attrs(&e, |_, local, value| match local {
                        "r" => at = cell_ref(&value),
                        "t" => kind = Kind::of(&value),
                        "s" => style = value.parse().ok(),
                        _ => {}
                    });
                    let (r, c) = at.unwrap_or((row, next_col));
                    next_col = c.saturating_add(1);
                    cell = Some(OpenCell {
                        row: r,
                        col: c,
                        kind,
                        style,
                        text: String::new(),
                        formula: None,
                    });
                }
                Event::Empty(e) if e.local_name().as_ref() == "c" => {
                    next_col = attr(&e, "r")
                        .and_then(|r| cell_ref(&r))
                        .map_or(next_col, |(_, c)| c)
                        .saturating_add(1);
                }
                Event::Start(e) | Event::Empty(e) if cell.is_some() => {
                    match e.local_name().as_ref() {
                        "v" if !empty => text_of = Some(Part::Value),
                        "f" => {
                            if let Some(c) = &mut cell {
                                c.formula.get_or_insert_with(String::new);
                            }
                            if !empty {
                                text_of = Some(Part::Formula);
                            }
                        }
                        "rPh" if !empty => phonetic += 1,
                        "t" if !empty && phonetic == 0 => text_of = Some(Part::Value),
                        _ => {}
                    }
                }
                Event::Text(t) => {
                    if let (Some(c), Some(part)) = (&mut cell, text_of) {
                        c.text_of(part).push_str(&t.xml10_content());
                    }
                }
                Event::CData(t) => {
                    if let (Some(c), Some(Part::Value)) = (&mut cell, text_of) {
                        c.text.push_str(&t.xml10_content());
                    }
                }
                Event::GeneralRef(r) => {
                    if let (Some(c), Some(part)) = (&mut cell, text_of) {
                        push_ref(&r, c.text_of(part));
                    }
                }
                Event::End(e) => match e.local_name().as_ref() {
                    "v" | "f" | "t" => text_of = None,
                    "rPh" => phonetic = phonetic.saturating_sub(1),
                    "c" => {
                        if let Some(c) = cell.take() {
                            let (r, col, style) = (c.row, c.col, c.style);
                            let formula = c.formula.clone();
                            let value = c.value();
                            match &value {
                                Stored::Shared(_) => shared = true,
                                Stored::Value(Value::Number(f)) => {
                                    if let Some(s) = style.filter(|s| *s > 0) {
                                        styled.push((r, col, *f, s));
                                    }
                                }
                                _ => {}
                            }
                            if matches!(value, Stored::Value(Value::Empty)) && formula.is_none() {
                                continue;
                            }
                            sheet
                                .put(r, col, StoredCell { value, formula }, &mut count)
                                .map_err(Unreadable::TooLarge)?;
                        }
                        text_of = None;
                    }
                    _ => {}
                },
                Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "mergeCell" => {
                    if let Some(range) = attr(&e, "ref")
                        && let Some((a, b)) = range.split_once(':')
                        && let (Some(a), Some(b)) = (cell_ref(a), cell_ref(b))
                    {
                        sheet.merged.push((a, b));
                    }
                }
                Event::Eof => break,
                _ => {}
            }
        }
        if !styled.is_empty() {
            let dates = self.date_styles()?;
            for (r, c, f, s) in styled {
                if dates.get(s).copied().unwrap_or(false)
                    && let Some(date) = serial_date(f, self.is_1904)
                    && let Some(cell) = sheet.cells.get_mut(&(r, c))
                {
                    cell.value = Stored::Value(Value::Date(date));
                }
            }
        }
        if shared {
            let strings: Rc<dyn Strings> = self.strings()?;
            sheet.strings = Some(strings);
        }
        Ok(sheet)
    }
}

/// Which text of a cell is being read.
#[derive(Debug, Clone, Copy)]
enum Part {
    Value,
    Formula,
}

/// The type of a cell (its `t` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `n` or none: a number.
    Number,
    /// `s`: an index into the shared strings.
    Shared,
    /// `str` (a formula's text) or `inlineStr`.
    Text,
    /// `b`.
    Bool,
    /// `e`.
    Error,
    /// `d`: an ISO date.
    Date,
}

impl Kind {
    fn of(t: &str) -> Kind {
        match t {
            "s" => Kind::Shared,
            "str" | "inlineStr" => Kind::Text,
            "b" => Kind::Bool,
            "e" => Kind::Error,
            "d" => Kind::Date,
            _ => Kind::Number,
        }
    }
}

/// A cell between its start and end tags.
struct OpenCell {
    row: u32,
    col: u32,
    kind: Kind,
    style: Option<usize>,
    text: String,
    formula: Option<String>,
}

impl OpenCell {
    /// The text being read: the cell's value or its formula.
    fn text_of(&mut self, part: Part) -> &mut String {
        match part {
            Part::Value => &mut self.text,
            Part::Formula => self.formula.get_or_insert_with(String::new),
        }
    }

    fn value(&self) -> Stored {
        let text = &self.text;
        match self.kind {
            // No value at all is an empty cell, as Excel and openpyxl read it.
            Kind::Shared if text.trim().is_empty() => Stored::Value(Value::Empty),
            Kind::Shared => text
                .trim()
                .parse()
                .map_or_else(|_| Stored::BadShared(text.clone()), Stored::Shared),
            Kind::Text => Stored::Value(if text.is_empty() {
                Value::Empty
            } else {
                Value::Text(unescape_x(text))
            }),
            Kind::Bool => Stored::Value(Value::Bool(text.trim() == "1")),
            Kind::Error => Stored::Value(Value::Error(text.clone())),
            Kind::Date => Stored::Value(Value::Date(iso_date(text))),
            Kind::Number if text.trim().is_empty() => Stored::Value(Value::Empty),
            Kind::Number => Stored::Value(
                text.trim()
                    .parse()
                    .map_or_else(|_| Value::Text(text.clone()), Value::Number),
            ),
        }
    }
}

/// `B12` as (12, 2).
fn cell_ref(r: &str) -> Option<(u32, u32)> {
    let r = r.trim_start_matches('$');
    let letters = r.chars().take_while(char::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let col = r[..letters].bytes().try_fold(0u32, |acc, b| {
        Some(acc * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1))
    })?;
    let row: u32 = r[letters..].trim_start_matches('$').parse().ok()?;
    (row >= 1).then_some((row, col))
}

/// A date serial number as a date: days since 1899-12-30 (with Lotus's
/// 29 February 1900 for serials before March 1900), or since 1904-01-01.
pub(super) fn serial_date(serial: f64, is_1904: bool) -> Option<String> {
    if !serial.is_finite() || !(0.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let minutes = ((serial - serial.floor()) * 1440.0).round() as i64;
    let unix = if is_1904 {
        days - 24_107
    } else if days < 61 {
        // Excel counts a 29 February 1900 that never was.
        days - 25_568
    } else {
        days - 25_569
    };
    Some(date_time(civil_date(unix), minutes.min(1439)))
}

/// For each cell format of a styles part, whether its number format shows
/// a date or a time.
fn date_styles(xml: &[u8]) -> Vec<bool> {
    let mut custom: HashMap<u32, bool> = HashMap::new();
    let mut out = Vec::new();
    let mut in_xfs = false;
    let mut reader = Reader::from_reader(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                "numFmt" => {
                    if let (Some(id), Some(code)) = (attr(&e, "numFmtId"), attr(&e, "formatCode"))
                        && let Ok(id) = id.parse()
                    {
                        custom.entry(id).or_insert_with(|| is_date_code(&code));
                    }
                }
                "cellXfs" => in_xfs = true,
                "xf" if in_xfs => {
                    let id: u32 = attr(&e, "numFmtId")
                        .and_then(|i| i.parse().ok())
                        .unwrap_or(0);
                    let date = custom.get(&id).copied().unwrap_or_else(|| is_date_id(id));
                    out.push(date);
                }
                _ => {}
            },
            Ok(Event::End(e)) if e.local_name().as_ref() == "cellXfs" => in_xfs = false,
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    out
}

/// The built-in number formats that show dates or times.
fn is_date_id(id: u32) -> bool {
    matches!(id, 14..=22 | 27..=36 | 45..=47 | 50..=58)
}

/// True for a format code that shows a date or a time: a `d`, `m`, `y`,
/// `h` or `s` outside quoted text and brackets.
fn is_date_code(code: &str) -> bool {
    let mut quoted = false;
    let mut bracket = false;
    let mut escaped = false;
    for c in code.chars() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            'd' | 'D' | 'm' | 'M' | 'y' | 'Y' | 'h' | 'H' | 's' | 'S' if !quoted && !bracket => {
                return true;
            }
            _ => {}
        }
    }
    false
}

/// Excel writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a
/// carriage return, `_x005F_` for an underscore that starts such a form).
fn unescape_x(s: &str) -> String {
    if !s.contains("_x") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("_x") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let decoded = after
            .get(..5)
            .filter(|h| h.ends_with('_') && h[..4].chars().all(|c| c.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(&h[..4], 16).ok())
            .and_then(char::from_u32);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[5..];
            }
            None => {
                out.push_str("_x");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The namespaces of SpreadsheetML: transitional (what Excel writes) and
/// strict.
const MAIN_NAMESPACES: [&str; 2] = [
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
];

/// True when a name resolved to one of SpreadsheetML's namespaces.
fn in_main(ns: &ResolveResult) -> bool {
    matches!(ns, ResolveResult::Bound(Namespace(n)) if MAIN_NAMESPACES.contains(n))
}

/// The shared-string table, indexed: where each string's XML stands. A
/// string is decoded when asked for.
pub(super) struct SharedStrings {
    xml: Vec<u8>,
    /// The root's start tag, between `<` and `>`: the namespaces it
    /// declares hold for every string.
    root: (usize, usize),
    items: Vec<Item>,
    /// Unprefixed names are SpreadsheetML's at the root, so `<t>` is a
    /// text element wherever no item says otherwise.
    default_is_main: bool,
}

/// One `si` item: its start tag (between `<` and `>`) and its content.
struct Item {
    tag: (usize, usize),
    content: (usize, usize),
}

impl SharedStrings {
    /// Indexes the items of the table: by a byte search when the table has
    /// the plain shape spreadsheet programs write (see [`plain_items`]),
    /// which finds what the parser would at a twentieth of the cost; else
    /// with the namespace-aware parser.
    fn index(xml: Vec<u8>) -> Result<SharedStrings, quick_xml::Error> {
        if let Some(found) = plain_items(&xml) {
            return Ok(found.with(xml));
        }
        SharedStrings::index_parsed(xml)
    }

    /// Indexes the items of the table in one pass of a namespace-aware
    /// parser. A table whose root is not SpreadsheetML's `sst` has no
    /// items; XML that is not well formed is an error.
    fn index_parsed(xml: Vec<u8>) -> Result<SharedStrings, quick_xml::Error> {
        let mut items = Vec::new();
        let mut root = (0, 0);
        let mut default_is_main = false;
        {
            let mut reader = NsReader::from_reader(xml.as_slice());
            let mut depth = 0usize;
            let mut before = 0usize;
            loop {
                let (ns, event) = reader.read_resolved_event()?;
                let main = in_main(&ns);
                let after = reader.buffer_position() as usize;
                // Where a start tag's name and attributes stand: between
                // `<` and `>` (or `/>`).
                let tag = |e: &BytesStart| {
                    let start = before + 1;
                    (start, start + e.len())
                };
                match event {
                    Event::Start(e) | Event::Empty(e) if depth == 0 => {
                        if !(main && e.local_name().as_ref() == "sst") {
                            break;
                        }
                        root = tag(&e);
                        default_is_main = matches!(
                            reader.resolver().resolve_element(quick_xml::name::QName("x")).0,
                            ResolveResult::Bound(Namespace(n)) if MAIN_NAMESPACES.contains(&n)
                        );
                        depth = 1;
                    }
                    Event::Start(e) if main && e.local_name().as_ref() == "si" => {
                        let span = reader.read_to_end(e.name())?;
                        items.push(Item {
                            tag: tag(&e),
                            content: (span.start as usize, span.end as usize),
                        });
                    }
                    Event::Empty(e) if main && e.local_name().as_ref() == "si" => {
                        items.push(Item {
                            tag: tag(&e),
                            content: (after, after),
                        });
                    }
                    // Anything else a level down is skipped whole: an `si`
                    // inside it is not an item of the table.
                    Event::Start(e) => {
                        reader.read_to_end(e.name())?;
                    }
                    Event::End(_) | Event::Eof => break,
                    _ => {}
                }
                before = reader.buffer_position() as usize;
            }
        }
        Ok(SharedStrings {
            xml,
            root,
            items,
            default_is_main,
        })
    }

    /// The text of an item, read as spreadsheet programs read it: its own
    /// `t`, then the `t` of each run `r`, all in SpreadsheetML's namespace;
    /// phonetic guides (`rPh`) and anything else left out.
    fn decode(&self, item: &Item) -> String {
        // The item is read inside copies of the root's and its own start
        // tags, so that every prefix means what it means in the table.
        let part = |(a, b): (usize, usize)| &self.xml[a..b];
        let name_of = |tag: &[u8]| -> Vec<u8> {
            tag.iter()
                .take_while(|b| !b.is_ascii_whitespace() && **b != b'/')
                .copied()
                .collect()
        };
        let (root, tag) = (part(self.root), part(item.tag));
        let tag = tag.strip_suffix(b"/").unwrap_or(tag);
        let content = part(item.content);
        let mut doc = Vec::with_capacity(root.len() + tag.len() + content.len() + 32);
        let pieces: [&[u8]; 7] = [b"<", root, b"><", tag, b">", content, b"</"];
        for piece in pieces {
            doc.extend_from_slice(piece);
        }
        doc.extend_from_slice(&name_of(tag));
        doc.extend_from_slice(b"></");
        doc.extend_from_slice(&name_of(root));
        doc.push(b'>');
        let mut reader = NsReader::from_reader(doc.as_slice());
        let mut out = String::new();
        // The open elements below the item, and whether text counts there.
        let mut path: Vec<Step> = Vec::new();
        let mut depth = 0usize;
        loop {
            match reader.read_resolved_event() {
                Ok((ns, Event::Start(e))) => {
                    depth += 1;
                    if depth > 2 {
                        let main = in_main(&ns);
                        let step = match (path.as_slice(), e.local_name().as_ref()) {
                            ([], "t") if main => Step::Text,
                            ([], "r") if main => Step::Run,
                            ([Step::Run], "t") if main => Step::Text,
                            _ => Step::Other,
                        };
                        path.push(step);
                    }
                }
                Ok((_, Event::End(_))) => {
                    if depth > 2 {
                        path.pop();
                    }
                    depth = depth.saturating_sub(1);
                }
                Ok((_, Event::Text(t))) if path.last() == Some(&Step::Text) => {
                    out.push_str(&t.xml10_content());
                }
                Ok((_, Event::CData(t))) if path.last() == Some(&Step::Text) => {
                    out.push_str(&t.xml10_content());
                }
                Ok((_, Event::GeneralRef(r))) if path.last() == Some(&Step::Text) => {
                    push_ref(&r, &mut out);
                }
                Ok((_, Event::Eof)) | Err(_) => break,
                _ => {}
            }
        }
        unescape_x(&out)
    }
}

/// What the byte search found: the root's start tag, the items, and
/// whether unprefixed names are SpreadsheetML's.
struct Found {
    root: (usize, usize),
    items: Vec<Item>,
    default_is_main: bool,
}

impl Found {
    fn with(self, xml: Vec<u8>) -> SharedStrings {
        SharedStrings {
            xml,
            root: self.root,
            items: self.items,
            default_is_main: self.default_is_main,
        }
    }
}

/// The items of a table of the plain shape, found by a byte search; `None`
/// when the table has another shape, which the parser then reads. The
/// plain shape: a root `sst` whose prefix (or none) is the only one bound
/// to SpreadsheetML; after its start tag, nothing but items
/// (`<si>...</si>`, `<si/>`, under that prefix) and white space up to its
/// end tag; and no processing instruction, comment, CDATA or namespace
/// declaration anywhere below the root. In such a table text holds no
/// `<`, so an item's end tag is the first one after its start, and a
/// search finds exactly the items a namespace-aware reader finds.
fn plain_items(xml: &[u8]) -> Option<Found> {
    use memchr::memmem;
    // The root's start tag, read by the parser (it may follow an XML
    // declaration).
    let mut reader = Reader::from_reader(xml);
    let (root, prefix, default_is_main) = loop {
        let before = reader.buffer_position() as usize;
        match reader.read_event().ok()? {
            Event::Start(e) => {
                let name = e.name();
                let (prefix, local) = match name.as_ref().split_once(':') {
                    Some((p, l)) => (p.to_string(), l),
                    None => (String::new(), name.as_ref()),
                };
                if local != "sst" {
                    return None;
                }
                let mut main_prefixes = Vec::new();
                let mut default_is_main = false;
                for a in e.attributes().with_checks(false).flatten() {
                    let key = a.key.as_ref();
                    let bound_to_main = MAIN_NAMESPACES.contains(&a.value.as_ref());
                    if key == "xmlns" {
                        default_is_main = bound_to_main;
                        if bound_to_main {
                            main_prefixes.push(String::new());
                        }
                    } else if let Some(p) = key.strip_prefix("xmlns:")
                        && bound_to_main
                    {
                        main_prefixes.push(p.to_string());
                    }
                }
                if main_prefixes != [prefix.clone()] {
                    return None;
                }
                break ((before + 1, before + 1 + e.len()), prefix, default_is_main);
            }
            Event::Decl(_) | Event::Text(_) => {}
            _ => return None,
        }
    };
    let body = &xml[root.1 + 1..];
    if memmem::find(body, b"<?").is_some()
        || memmem::find(body, b"<!").is_some()
        || memmem::find(body, b"xmlns").is_some()
    {
        return None;
    }
    let qualified = |local: &str| {
        if prefix.is_empty() {
            local.to_string()
        } else {
            format!("{prefix}:{local}")
        }
    };
    let (open, empty) = (
        format!("<{}>", qualified("si")),
        format!("<{}/>", qualified("si")),
    );
    let close = format!("</{}>", qualified("si"));
    let end = format!("</{}", qualified("sst"));
    let closer = memmem::Finder::new(close.as_bytes());
    let mut items = Vec::new();
    let mut at = root.1 + 1;
    loop {
        while xml.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let rest = &xml[at..];
        if rest.starts_with(open.as_bytes()) {
            let start = at + open.len();
            let stop = start + closer.find(&xml[start..])?;
            items.push(Item {
                tag: (at + 1, at + open.len() - 1),
                content: (start, stop),
            });
            at = stop + close.len();
        } else if rest.starts_with(empty.as_bytes()) {
            let after = at + empty.len();
            items.push(Item {
                tag: (at + 1, after - 2),
                content: (after, after),
            });
            at = after;
        } else if rest.starts_with(end.as_bytes()) {
            return Some(Found {
                root,
                items,
                default_is_main,
            });
        } else {
            return None;
        }
    }
}

/// Where the decoder stands inside an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// A `t` whose text is the string's.
    Text,
    /// A run `r`, whose `t` is.
    Run,
    /// Anything else: a phonetic guide, run properties, an unknown element.
    Other,
}

/// The text of `<t>TEXT</t>` (or `<t xml:space="preserve">`), when that
/// is all a string holds and the text needs no unescaping.
fn plain_text(fragment: &[u8]) -> Option<&str> {
    let rest = fragment
        .strip_prefix(b"<t>".as_slice())
        .or_else(|| fragment.strip_prefix(b"<t xml:space=\"preserve\">".as_slice()))?;
    let text = rest.strip_suffix(b"</t>".as_slice())?;
    if memchr::memchr3(b'<', b'&', b'\r', text).is_some()
        || memchr::memmem::find(text, b"_x").is_some()
    {
        return None;
    }
    std::str::from_utf8(text).ok()
}

impl Strings for SharedStrings {
    fn get(&self, n: u32) -> Option<String> {
        let item = self.items.get(n as usize)?;
        let (start, end) = item.content;
        // The common case, read without a parser: `<t>` is SpreadsheetML's
        // when the item is a bare `<si>`, declaring no namespace of its own.
        if self.default_is_main
            && self.xml[item.tag.0..item.tag.1].trim_ascii() == b"si"
            && let Some(text) = plain_text(&self.xml[start..end])
        {
            return Some(text.to_string());
        }
        Some(self.decode(item))
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_paths_and_escapes() {
        assert_eq!(cell_ref("F12"), Some((12, 6)));
        assert_eq!(cell_ref("XFD1048576"), Some((1_048_576, 16_384)));
        assert_eq!(cell_ref("12"), None);
        assert_eq!(
            resolve("xl/", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/", "/xl/worksheets/s.xml"),
            "xl/worksheets/s.xml"
        );
        assert_eq!(
            resolve("xl/worksheets/", "../sharedStrings.xml"),
            "xl/sharedStrings.xml"
        );
        assert_eq!(
            unescape_x("a_x000D_b_x005F_x0041_ _x12"),
            "a\rb_x0041_ _x12"
        );
    }

    #[test]
    fn dates_from_serials_and_formats() {
        assert_eq!(serial_date(46085.0, false).as_deref(), Some("2026-03-04"));
        assert_eq!(serial_date(1.0, false).as_deref(), Some("1900-01-01"));
        assert_eq!(serial_date(61.0, false).as_deref(), Some("1900-03-01"));
        assert_eq!(serial_date(0.0, true).as_deref(), Some("1904-01-01"));
        assert_eq!(
            serial_date(46085.5, false).as_deref(),
            Some("2026-03-04 12:00")
        );
        assert!(is_date_code("yyyy-mm-dd"));
        assert!(is_date_code("[$-409]d/m/yy"));
        assert!(!is_date_code("0.00"));
        assert!(!is_date_code("\"days\" 0"));
        assert!(!is_date_code("General"));
        assert!(is_date_id(14));
    }

    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    fn table(xml: &str) -> SharedStrings {
        SharedStrings::index(xml.as_bytes().to_vec()).expect("well formed")
    }

    fn all(s: &SharedStrings) -> Vec<String> {
        (0..s.len() as u32).filter_map(|n| s.get(n)).collect()
    }

    #[test]
    fn shared_strings_are_decoded_when_read() {
        let xml = format!(
            r#"<?xml version="1.0"?><sst xmlns="{MAIN}" count="3"><si><t>plain &amp; simple</t></si><si/><si><r><rPr><b/></rPr><t xml:space="preserve">bold </t></r><r><t>run</t></r><rPh><t>ignored</t></rPh></si><!-- <si><t>no</t></si> --></sst>"#
        );
        let s = table(&xml);
        assert_eq!(all(&s), ["plain & simple", "", "bold run"]);
        // A bare `<si><t>` under the default namespace is read without a
        // parser.
        assert!(s.default_is_main);
        assert_eq!(s.get(3), None);
        let prefixed = table(&format!(
            r#"<x:sst xmlns:x="{MAIN}"><x:si><x:t>one</x:t></x:si><x:si><x:t>two</x:t></x:si></x:sst>"#
        ));
        assert_eq!(all(&prefixed), ["one", "two"]);
    }

    /// The items' spans and text, found both ways where the byte search
    /// applies: they must agree.
    fn both_ways(xml: &str) -> bool {
        let parsed = SharedStrings::index_parsed(xml.as_bytes().to_vec()).expect("well formed");
        let Some(found) = plain_items(xml.as_bytes()) else {
            return false;
        };
        let searched = found.with(xml.as_bytes().to_vec());
        let spans = |s: &SharedStrings| -> Vec<((usize, usize), (usize, usize))> {
            s.items.iter().map(|i| (i.tag, i.content)).collect()
        };
        assert_eq!(spans(&searched), spans(&parsed), "{xml}");
        assert_eq!(all(&searched), all(&parsed), "{xml}");
        assert_eq!(searched.root, parsed.root);
        assert_eq!(searched.default_is_main, parsed.default_is_main);
        true
    }

    #[test]
    fn the_byte_search_finds_what_the_parser_finds_or_leaves_it_to_it() {
        let plain = [
            format!(
                r#"<?xml version="1.0"?>
<sst xmlns="{MAIN}" count="2"><si><t>a</t></si>
 <si/><si><r><t>b</t></r><rPh><t>c</t></rPh></si></sst>"#
            ),
            format!(r#"<x:sst xmlns:x="{MAIN}"><x:si><x:t>one</x:t></x:si><x:si/></x:sst>"#),
            format!(r#"<sst xmlns="{MAIN}"></sst>"#),
        ];
        for xml in &plain {
            assert!(both_ways(xml), "the byte search applies to {xml}");
        }
        let other = [
            format!(r#"<sst xmlns="{MAIN}"><?pi <si/>?><si><t>a</t></si></sst>"#),
            format!(r#"<sst xmlns="{MAIN}"><!-- <si/> --><si><t>a</t></si></sst>"#),
            format!(r#"<sst xmlns="{MAIN}" xmlns:y="{MAIN}"><y:si><t>a</t></y:si></sst>"#),
            format!(r#"<sst xmlns="{MAIN}"><si xmlns="urn:other"><t>a</t></si></sst>"#),
            format!(r#"<sst xmlns="{MAIN}"><foo><si><t>a</t></si></foo></sst>"#),
            format!(r#"<sst xmlns="{MAIN}"><si><foo><si><t>a</t></si></foo></si></sst>"#),
            format!(r#"<sst xmlns="{MAIN}"><si a="1"><t>a</t></si></sst>"#),
            r#"<sst><si><t>a</t></si></sst>"#.to_string(),
        ];
        for xml in &other {
            assert!(!both_ways(xml), "the parser reads {xml}");
        }
    }

    #[test]
    fn items_are_what_a_namespace_aware_reader_finds() {
        // Processing instructions, comments and CDATA hold no items; an
        // item may use any prefix bound to SpreadsheetML, and none other.
        let s = table(&format!(
            r#"<sst xmlns="{MAIN}" xmlns:y="{MAIN}" xmlns:z="urn:other"><?pi <si><t>4 Advanced</t></si>?><![CDATA[<si><t>x</t></si>]]><!-- <si/> --><z:si><t>not mine</t></z:si><y:si><y:t>2 Developing</y:t></y:si><si><z:t>other t</z:t><t>kept</t><foo><t>nested</t></foo></si></sst>"#
        ));
        assert_eq!(all(&s), ["2 Developing", "kept"]);
        // An item in another namespace is none; a `t` in another one is
        // no text of the item.
        let s = table(&format!(
            r#"<sst xmlns="{MAIN}"><si xmlns="urn:other"><t>not an item</t></si><si><t xmlns="urn:other">not text</t></si></sst>"#
        ));
        assert_eq!(all(&s), [""]);
        // A root that is no SpreadsheetML table has no items.
        assert_eq!(table(r#"<sst><si><t>a</t></si></sst>"#).len(), 0);
        let cut_short = format!("<sst xmlns='{MAIN}'><si><t>a</t>");
        assert!(SharedStrings::index(cut_short.into_bytes()).is_err());
    }
}
