//! The workbook reader against independent readers: every cell of every
//! sheet, and whether the sheet is hidden, as calamine reads them (in the
//! default `cargo test`) and as openpyxl reads them (a test CI runs), over
//! the example workbooks, workbooks changed in the ways spreadsheet
//! programs and scripts write them (generated here from the examples),
//! and the hostile workbooks the archive check lets through.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use super::archive;
use super::cells::{Book, Value};

/// A workbook as a reader sees it: each sheet's name, whether it is
/// hidden, and its non-empty cells as `type:text` by (row, column) from 1.
type View = Vec<(String, bool, BTreeMap<(u32, u32), String>)>;

/// One cell's value in a form both sides can give.
fn ours(value: &Value) -> Option<String> {
    match value {
        Value::Empty => None,
        Value::Text(s) if s.is_empty() => None,
        Value::Text(s) => Some(format!("s:{s}")),
        Value::Number(f) => Some(format!("n:{f}")),
        Value::Bool(b) => Some(format!("b:{b}")),
        Value::Date(d) => Some(format!("d:{d}")),
        Value::Error(e) => Some(format!("e:{e}")),
    }
}

/// What this crate's reader sees; `None` when it refuses the workbook.
fn read_ours(bytes: &[u8], named_ods: bool) -> Option<View> {
    let checked = archive::check(bytes, named_ods).ok()?;
    let mut book = Book::open(checked.zip, checked.kind).ok()?;
    let mut view = Vec::new();
    for info in book.sheets() {
        let sheet = book.sheet(&info.name).ok()?;
        let mut cells = BTreeMap::new();
        for &(row, col) in sheet.cells.keys() {
            let cell = sheet.get(row, col)?;
            if let Some(v) = ours(&cell.value) {
                cells.insert((row, col), v);
            }
        }
        view.push((info.name, info.hidden, cells));
    }
    Some(view)
}

/// What calamine sees; `None` when it cannot open the workbook.
fn read_calamine(bytes: &[u8]) -> Option<View> {
    use calamine::{Data, Reader, SheetVisible};
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).ok()?;
    let sheets: Vec<(String, bool)> = book
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible != SheetVisible::Visible))
        .collect();
    let mut view = Vec::new();
    for (name, hidden) in sheets {
        let range = book.worksheet_range(&name).ok()?;
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut cells = BTreeMap::new();
        for (r, c, data) in range.used_cells() {
            let value = match data {
                Data::Empty => None,
                Data::String(s) if s.is_empty() => None,
                Data::String(s) => Some(format!("s:{s}")),
                Data::Float(f) => Some(format!("n:{f}")),
                Data::Int(i) => Some(format!("n:{}", *i as f64)),
                Data::Bool(b) => Some(format!("b:{b}")),
                Data::DateTime(d) => {
                    super::xlsx::serial_date(d.as_f64(), false).map(|d| format!("d:{d}"))
                }
                Data::DateTimeIso(d) => Some(format!("d:{}", super::cells::iso_date(d))),
                Data::DurationIso(d) => Some(format!("s:{d}")),
                Data::Error(e) => Some(format!("e:{e}")),
            };
            if let Some(v) = value {
                cells.insert((top + r as u32 + 1, left + c as u32 + 1), v);
            }
        }
        view.push((name, hidden, cells));
    }
    Some(view)
}

/// A workbook with its parts changed: `change(name, text)` gives each
/// text part's new text; `extra` parts are added.
fn changed(
    bytes: &[u8],
    change: &dyn Fn(&str, String) -> String,
    extra: &[(&str, &str)],
) -> Vec<u8> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut out = Cursor::new(Vec::new());
    let mut w = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("a part");
        let name = f.name().expect("a name").to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("inflates");
        let data = match String::from_utf8(data) {
            Ok(text) => change(&name, text).into_bytes(),
            Err(e) => e.into_bytes(),
        };
        w.start_file(name, options).expect("start");
        w.write_all(&data).expect("write");
    }
    for (name, text) in extra {
        w.start_file(*name, options).expect("start");
        w.write_all(text.as_bytes()).expect("write");
    }
    w.finish().expect("finish");
    out.into_inner()
}

const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/// Puts raw XML in place of a cell of a sheet's XML (which must have it).
fn replace_cell(xml: String, cell: &str, raw: &str) -> String {
    let Some(start) = xml.find(&format!("<c r=\"{cell}\"")) else {
        return xml;
    };
    let gt = start + xml[start..].find('>').unwrap_or(0);
    let end = if xml[..gt].ends_with('/') {
        gt + 1
    } else {
        gt + xml[gt..].find("</c>").map_or(0, |e| e + 4)
    };
    let mut xml = xml;
    xml.replace_range(start..end, raw);
    xml
}

/// The mutations of a workbook: (name, bytes). Each is a way a program
/// or a script writes what a person sees the same way, or a change a
/// person makes (a sheet hidden, a copy of a sheet).
fn mutations(bytes: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    let sst = "xl/sharedStrings.xml";
    let answers = "xl/worksheets/sheet2.xml";
    let workshop = "xl/worksheets/sheet3.xml";
    let only = |part: &'static str, f: Box<dyn Fn(String) -> String>| {
        move |name: &str, text: String| if name == part { f(text) } else { text }
    };
    let mut out: Vec<(&'static str, Vec<u8>)> = vec![("as written", bytes.to_vec())];
    let mut add = |name: &'static str, change: &dyn Fn(&str, String) -> String| {
        out.push((name, changed(bytes, change, &[])));
    };
    add(
        "items behind a processing instruction, a comment and CDATA",
        &only(
            sst,
            Box::new(|x: String| {
                let at = x.find("<si>").unwrap_or(x.len());
                let mut x = x;
                x.insert_str(
                    at,
                    "<?pi <si><t>4 Advanced</t></si>?><!-- <si/> --><![CDATA[<si></si>]]>",
                );
                x
            }),
        ),
    );
    add(
        "items under a second prefix",
        &only(
            sst,
            Box::new(|x: String| {
                x.replacen(
                    &format!("xmlns=\"{MAIN}\""),
                    &format!("xmlns=\"{MAIN}\" xmlns:y=\"{MAIN}\""),
                    1,
                )
                .replace("<si>", "<y:si>")
                .replace("</si>", "</y:si>")
                .replace("<t>", "<y:t>")
                .replace("</t>", "</y:t>")
                .replace("<t xml:space", "<y:t xml:space")
            }),
        ),
    );
    add(
        "a phonetic guide and an escaped character in an item",
        &only(
            sst,
            Box::new(|x: String| {
                x.replacen(
                    "<si>",
                    "<si><r><t xml:space=\"preserve\">Run </t></r><r><t xml:space=\"preserve\">a_x000D_b </t></r><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si><si>",
                    1,
                )
            }),
        ),
    );
    add(
        "the Answers sheet hidden",
        &only(
            "xl/workbook.xml",
            Box::new(|x: String| x.replacen("sheetId=\"2\"", "sheetId=\"2\" state=\"hidden\"", 1)),
        ),
    );
    add(
        "inline, formula, boolean and error cells",
        &only(
            answers,
            Box::new(|x: String| {
                let x = replace_cell(
                    x,
                    "H7",
                    "<c r=\"H7\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">inline </t></r><r><t>runs</t></r></is></c>",
                );
                let x = replace_cell(
                    x,
                    "I7",
                    "<c r=\"I7\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c>",
                );
                let x = replace_cell(x, "G7", "<c r=\"G7\" t=\"b\"><v>1</v></c>");
                replace_cell(x, "H8", "<c r=\"H8\" t=\"e\"><v>#N/A</v></c>")
            }),
        ),
    );
    add(
        "cells and rows without their references",
        &only(
            workshop,
            Box::new(|x: String| {
                // Every cell of a row where each cell follows the last:
                // the first row's cells lose their `r`.
                let Some(start) = x.find("<row r=\"1\"") else {
                    return x;
                };
                let end = start + x[start..].find("</row>").unwrap_or(0);
                let row = x[start..end].replace("<c r=\"A1\" ", "<c ");
                format!("{}{row}{}", &x[..start], &x[end..])
            }),
        ),
    );
    out.push((
        "an .xlsx that also holds the parts of an .ods",
        changed(
            bytes,
            &|_, t| t,
            &[
                ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                ("content.xml", "<office:document-content/>"),
            ],
        ),
    ));
    out
}

/// The example workbooks and their mutations, then the hostile workbooks:
/// (label, bytes, named .ods).
fn corpus() -> Vec<(String, Vec<u8>, bool)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = |dir: &str| -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .expect("a folder of the repository")
            .map(|e| e.expect("an entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "xlsx" || x == "ods"))
            .collect();
        out.sort();
        out
    };
    let mut out = Vec::new();
    for path in files("examples/network/workbooks") {
        let bytes = std::fs::read(&path).expect("an example");
        for (what, changed) in mutations(&bytes) {
            out.push((format!("{} ({what})", path.display()), changed, false));
        }
    }
    for path in files("tests/fixtures/hostile-workbooks") {
        let bytes = std::fs::read(&path).expect("a hostile workbook");
        let ods = path.extension().is_some_and(|x| x == "ods");
        out.push((path.display().to_string(), bytes, ods));
    }
    out
}

/// Where two views differ, at most a few places, for the message.
fn differences(a: &View, b: &View) -> Vec<String> {
    let mut out = Vec::new();
    if a.len() != b.len() {
        out.push(format!("{} sheets against {}", a.len(), b.len()));
    }
    for ((name, hidden, cells), (name_b, hidden_b, cells_b)) in a.iter().zip(b) {
        if name != name_b || hidden != hidden_b {
            out.push(format!(
                "sheet {name:?} hidden {hidden} against {name_b:?} hidden {hidden_b}"
            ));
        }
        for (at, v) in cells {
            if cells_b.get(at) != Some(v) {
                out.push(format!(
                    "{name}!{at:?}: {v:?} against {:?}",
                    cells_b.get(at)
                ));
            }
        }
        for (at, v) in cells_b {
            if !cells.contains_key(at) {
                out.push(format!("{name}!{at:?}: nothing against {v:?}"));
            }
        }
    }
    out.truncate(8);
    out
}

#[test]
fn the_reader_sees_what_calamine_sees() {
    let mut compared = 0;
    for (label, bytes, named_ods) in corpus() {
        let Some(view) = read_ours(&bytes, named_ods) else {
            continue;
        };
        // Every example workbook and mutation is read by both.
        let Some(theirs) = read_calamine(&bytes) else {
            assert!(
                label.contains("hostile"),
                "calamine cannot read {label}, which this reader reads"
            );
            continue;
        };
        let diff = differences(&view, &theirs);
        assert!(diff.is_empty(), "{label}:\n{}", diff.join("\n"));
        compared += 1;
    }
    assert!(compared >= 30, "{compared} workbooks compared");
}

/// openpyxl's view of a workbook, as JSON: for each sheet its name, state
/// and non-empty cells with their values as this test writes them.
const OPENPYXL_VIEW: &str = r#"
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], data_only=True)
out = []
for ws in wb.worksheets:
    cells = []
    for row in ws.iter_rows():
        for c in row:
            v = c.value
            if v is None or v == "":
                continue
            if isinstance(v, bool):
                t = "b:" + ("true" if v else "false")
            elif isinstance(v, (int, float)):
                f = float(v)
                t = "n:" + (str(int(f)) if f.is_integer() else repr(f))
            elif isinstance(v, datetime.datetime):
                t = "d:" + v.strftime("%Y-%m-%d") + ("" if (v.hour, v.minute) == (0, 0) else v.strftime(" %H:%M"))
            elif isinstance(v, datetime.date):
                t = "d:" + v.strftime("%Y-%m-%d")
            elif c.data_type == "e":
                t = "e:" + str(v)
            else:
                t = "s:" + str(v)
            cells.append([c.row, c.column, t])
    out.append([ws.title, ws.sheet_state != "visible", cells])
json.dump(out, sys.stdout)
"#;

/// A Python with openpyxl: Debian's, or the one on the PATH; the test
/// fails without one, so that CI cannot pass it by skipping.
fn python_with_openpyxl() -> &'static str {
    for p in ["/usr/bin/python3", "python3"] {
        let has = std::process::Command::new(p)
            .args(["-c", "import openpyxl"])
            .output()
            .is_ok_and(|o| o.status.success());
        if has {
            return p;
        }
    }
    panic!(
        "this test compares with openpyxl: install it (Debian/Ubuntu: apt-get install python3-openpyxl; or pip install openpyxl)"
    );
}

/// A sheet as the script gives it: name, hidden, (row, column, value).
type OpenpyxlSheet = (String, bool, Vec<(u32, u32, String)>);

/// What openpyxl sees; `None` when it cannot open the workbook.
fn read_openpyxl(python: &str, bytes: &[u8]) -> Option<View> {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("book.xlsx");
    std::fs::write(&path, bytes).expect("written");
    let out = std::process::Command::new(python)
        .args(["-c", OPENPYXL_VIEW])
        .arg(&path)
        .output()
        .expect("python runs");
    if !out.status.success() {
        return None;
    }
    let doc: Vec<OpenpyxlSheet> = serde_json::from_slice(&out.stdout).expect("the script's JSON");
    Some(
        doc.into_iter()
            .map(|(name, hidden, cells)| {
                let cells = cells.into_iter().map(|(r, c, v)| ((r, c), v)).collect();
                (name, hidden, cells)
            })
            .collect(),
    )
}

#[test]
#[ignore = "needs Python's openpyxl (CI runs it)"]
fn the_reader_sees_what_openpyxl_sees() {
    let python = python_with_openpyxl();
    let mut compared = 0;
    for (label, bytes, named_ods) in corpus() {
        // openpyxl reads Office Open XML only.
        if named_ods {
            continue;
        }
        let Some(view) = read_ours(&bytes, named_ods) else {
            continue;
        };
        let Some(theirs) = read_openpyxl(python, &bytes) else {
            assert!(
                label.contains("hostile"),
                "openpyxl cannot read {label}, which this reader reads"
            );
            continue;
        };
        // openpyxl leaves Excel's escapes (`_x000D_`) as written.
        let view: View = view
            .into_iter()
            .map(|(n, h, cells)| {
                let cells = cells
                    .into_iter()
                    .filter(|(_, v)| !v.contains('\r'))
                    .collect();
                (n, h, cells)
            })
            .collect();
        let theirs: View = theirs
            .into_iter()
            .map(|(n, h, cells)| {
                let cells = cells
                    .into_iter()
                    .filter(|(_, v)| !v.contains("_x000D_"))
                    .collect();
                (n, h, cells)
            })
            .collect();
        let diff = differences(&view, &theirs);
        assert!(diff.is_empty(), "{label}:\n{}", diff.join("\n"));
        compared += 1;
    }
    assert!(compared >= 30, "{compared} workbooks compared");
}
