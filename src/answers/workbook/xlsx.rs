//! Reading the sheets of an `.xlsx` (Office Open XML, SpreadsheetML): the
//! parts a reader of answers needs, streamed with quick-xml.
//!
//! The workbook part lists the sheets and the relationships name their
//! parts; each sheet read is one pass over its XML that keeps non-empty
//! cells, formulas and merged ranges. The shared-string table is indexed,
//! not decoded: a string is decoded when a cell holding it is read, so the
//! criteria texts a workbook shows are never decoded at all. Styles are
//! read only when a number may be a date. Nothing here sizes an allocation
//! from a count the file declares.

use std::rc::Rc;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::archive::{Zip, read_part};
use super::cells::{
    Sheet, Stored, StoredCell, Strings, Unreadable, Value, attr, attrs, civil_date, date_time,
    iso_date, push_ref,
};

/// An open `.xlsx`.
pub struct Xlsx<'b> {
    zip: Zip<'b>,
    /// Sheet names and their parts.
    sheets: Vec<(String, String)>,
    /// Dates count from 1904 (old Mac workbooks) rather than 1900.
    is_1904: bool,
    shared_path: String,
    styles_path: String,
    strings: Option<Rc<SharedStrings>>,
    date_styles: Option<Rc<Vec<bool>>>,
}

fn damaged(message: impl Into<String>) -> Unreadable {
    Unreadable::Damaged(message.into())
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
fn relationships(zip: &mut Zip, part: &str) -> Result<Vec<(String, String, String)>, Unreadable> {
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
            Err(e) => return Err(damaged(format!("`{rels}` is not valid XML ({e})"))),
            _ => {}
        }
    }
    Ok(out)
}

impl<'b> Xlsx<'b> {
    /// Reads the list of sheets.
    pub fn open(mut zip: Zip<'b>) -> Result<Xlsx<'b>, Unreadable> {
        let workbook = relationships(&mut zip, "")?
            .into_iter()
            .find(|(_, kind, _)| kind.ends_with("/officeDocument"))
            .map_or_else(|| "xl/workbook.xml".to_string(), |(_, _, t)| t);
        let Some(xml) = read_part(&mut zip, &workbook)? else {
            return Err(damaged(format!(
                "the archive has no workbook part (`{workbook}`)"
            )));
        };
        let rels = relationships(&mut zip, &workbook)?;
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
                        if let Some((_, _, target)) = rels.iter().find(|(i, _, _)| *i == id) {
                            sheets.push((name.into_owned(), target.clone()));
                        }
                    }
                    "workbookPr" => {
                        is_1904 = attr(&e, "date1904").is_some_and(|v| v == "1" || v == "true");
                    }
                    _ => {}
                },
                Ok(Event::Eof) => break,
                Err(e) => return Err(damaged(format!("the workbook part is not valid XML ({e})"))),
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

    /// The sheet names, in order.
    pub fn sheet_names(&self) -> Vec<String> {
        self.sheets.iter().map(|(n, _)| n.clone()).collect()
    }

    fn strings(&mut self) -> Result<Rc<SharedStrings>, Unreadable> {
        if let Some(s) = &self.strings {
            return Ok(s.clone());
        }
        let xml = read_part(&mut self.zip, &self.shared_path)?.unwrap_or_default();
        let s = Rc::new(SharedStrings::index(xml));
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
    pub fn sheet(&mut self, name: &str) -> Result<Sheet, Unreadable> {
        let Some((_, part)) = self.sheets.iter().find(|(n, _)| n == name).cloned() else {
            return Err(damaged(format!("no sheet `{name}`")));
        };
        let Some(xml) = read_part(&mut self.zip, &part)? else {
            return Err(damaged(format!("sheet `{name}` has no part (`{part}`)")));
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
            let event = reader
                .read_event()
                .map_err(|e| damaged(format!("sheet `{name}` is not valid XML ({e})")))?;
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
            Kind::Shared => text
                .trim()
                .parse()
                .map_or(Stored::Value(Value::Empty), Stored::Shared),
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
fn serial_date(serial: f64, is_1904: bool) -> Option<String> {
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
    let mut custom: Vec<(u32, bool)> = Vec::new();
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
                        custom.push((id, is_date_code(&code)));
                    }
                }
                "cellXfs" => in_xfs = true,
                "xf" if in_xfs => {
                    let id: u32 = attr(&e, "numFmtId")
                        .and_then(|i| i.parse().ok())
                        .unwrap_or(0);
                    let date = custom
                        .iter()
                        .find(|(c, _)| *c == id)
                        .map_or_else(|| is_date_id(id), |(_, d)| *d);
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

/// The shared-string table, indexed: where each string's XML starts and
/// ends. A string is decoded when asked for.
pub struct SharedStrings {
    xml: Vec<u8>,
    spans: Vec<(usize, usize)>,
}

impl SharedStrings {
    /// Finds every `<si>...</si>`. Text holds no `<` outside comments and
    /// CDATA, so the tags are found by a byte search; a table with
    /// comments or CDATA is walked tag by tag instead.
    fn index(xml: Vec<u8>) -> SharedStrings {
        use memchr::memmem;
        // The prefix of the root element, if any (`<x:sst ...>`).
        let root = memchr::memchr_iter(b'<', &xml)
            .find(|&p| xml.get(p + 1).is_some_and(|b| *b != b'?' && *b != b'!'));
        let prefix: Vec<u8> = root
            .map(|p| {
                let name: Vec<u8> = xml[p + 1..]
                    .iter()
                    .take_while(|b| !b.is_ascii_whitespace() && **b != b'>' && **b != b'/')
                    .copied()
                    .collect();
                name.strip_suffix(b"sst")
                    .map(<[u8]>::to_vec)
                    .unwrap_or_default()
            })
            .unwrap_or_default();
        if memmem::find(&xml, b"<!--").is_some() || memmem::find(&xml, b"<![CDATA[").is_some() {
            return SharedStrings::index_tags(xml);
        }
        let open = [b"<".as_slice(), &prefix, b"si"].concat();
        let close = [b"</".as_slice(), &prefix, b"si>"].concat();
        let closer = memmem::Finder::new(&close);
        let mut spans = Vec::new();
        let mut from = 0;
        for p in memmem::find_iter(&xml, &open) {
            if p < from {
                continue;
            }
            let after = p + open.len();
            match xml.get(after) {
                Some(b'>') => {
                    let start = after + 1;
                    let Some(end) = closer.find(&xml[start..]).map(|e| start + e) else {
                        break;
                    };
                    spans.push((start, end));
                    from = end;
                }
                Some(b'/') => spans.push((after, after)),
                Some(b) if b.is_ascii_whitespace() => {
                    let Some(gt) = memchr::memchr(b'>', &xml[after..]).map(|g| after + g) else {
                        break;
                    };
                    if xml[gt - 1] == b'/' {
                        spans.push((gt + 1, gt + 1));
                        continue;
                    }
                    let start = gt + 1;
                    let Some(end) = closer.find(&xml[start..]).map(|e| start + e) else {
                        break;
                    };
                    spans.push((start, end));
                    from = end;
                }
                _ => {}
            }
        }
        SharedStrings { xml, spans }
    }

    /// Finds every `<si>...</si>` (with any namespace prefix) tag by tag,
    /// skipping comments, CDATA and processing instructions.
    fn index_tags(xml: Vec<u8>) -> SharedStrings {
        let mut spans = Vec::new();
        let mut open: Option<usize> = None;
        let mut i = 0;
        let find =
            |from: usize, pat: &[u8]| memchr::memmem::find(&xml[from..], pat).map(|p| from + p);
        while let Some(p) = memchr::memchr(b'<', &xml[i..]).map(|p| i + p) {
            let rest = &xml[p + 1..];
            let skip_to = |pat: &[u8]| find(p, pat).map(|e| e + pat.len());
            let next = if rest.starts_with(b"!--") {
                skip_to(b"-->")
            } else if rest.starts_with(b"![CDATA[") {
                skip_to(b"]]>")
            } else if rest.starts_with(b"?") || rest.starts_with(b"!") {
                skip_to(b">")
            } else {
                let closing = rest.first() == Some(&b'/');
                let name_start = usize::from(closing);
                let name_len = rest[name_start..]
                    .iter()
                    .position(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace())
                    .unwrap_or(rest.len() - name_start);
                let name = &rest[name_start..name_start + name_len];
                let local = name.rsplit(|&b| b == b':').next().unwrap_or(name);
                let end = memchr::memchr(b'>', rest).map(|e| p + 1 + e + 1);
                if local == b"si" {
                    let self_closing = end.is_some_and(|e| e >= 2 && xml[e - 2] == b'/');
                    if closing {
                        if let Some(start) = open.take() {
                            spans.push((start, p));
                        }
                    } else if self_closing {
                        let e = end.unwrap_or(p);
                        spans.push((e, e));
                    } else {
                        open = end;
                    }
                }
                end
            };
            match next {
                Some(n) if n > i => i = n,
                _ => break,
            }
        }
        SharedStrings { xml, spans }
    }
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
        let (start, end) = *self.spans.get(n as usize)?;
        if let Some(text) = plain_text(&self.xml[start..end]) {
            return Some(text.to_string());
        }
        let mut reader = Reader::from_reader(&self.xml[start..end]);
        let mut out = String::new();
        let (mut in_t, mut phonetic) = (false, 0usize);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) => match e.local_name().as_ref() {
                    "t" if phonetic == 0 => in_t = true,
                    "rPh" => phonetic += 1,
                    _ => {}
                },
                Ok(Event::End(e)) => match e.local_name().as_ref() {
                    "t" => in_t = false,
                    "rPh" => phonetic = phonetic.saturating_sub(1),
                    _ => {}
                },
                Ok(Event::Text(t)) if in_t => out.push_str(&t.xml10_content()),
                Ok(Event::CData(t)) if in_t => out.push_str(&t.xml10_content()),
                Ok(Event::GeneralRef(r)) if in_t => push_ref(&r, &mut out),
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
        Some(unescape_x(&out))
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

    #[test]
    fn shared_strings_are_decoded_when_read() {
        let xml = r#"<?xml version="1.0"?><sst xmlns="x" count="3"><si><t>plain &amp; simple</t></si><si/><si><r><rPr><b/></rPr><t xml:space="preserve">bold </t></r><r><t>run</t></r><rPh><t>ignored</t></rPh></si><!-- <si><t>no</t></si> --></sst>"#;
        let s = SharedStrings::index(xml.as_bytes().to_vec());
        assert_eq!(s.spans.len(), 3);
        let fast =
            SharedStrings::index(xml.replace("<!-- <si><t>no</t></si> -->", "").into_bytes());
        assert_eq!(fast.spans.len(), 3);
        assert_eq!(fast.get(2).as_deref(), Some("bold run"));
        let prefixed = SharedStrings::index(
            br#"<x:sst xmlns:x="x"><x:si><x:t>one</x:t></x:si><x:si><x:t>two</x:t></x:si></x:sst>"#
                .to_vec(),
        );
        assert_eq!(prefixed.get(1).as_deref(), Some("two"));
        assert_eq!(s.get(0).as_deref(), Some("plain & simple"));
        assert_eq!(s.get(1).as_deref(), Some(""));
        assert_eq!(s.get(2).as_deref(), Some("bold run"));
        assert_eq!(s.get(3), None);
    }
}
