//! Workbooks at their edges, each case with its siblings: header values
//! that look like labels, participants' kept entries when rows are
//! sorted, a forged hidden sheet, shared strings and packages written
//! another way, hidden and copied sheets, damaged cells, what a level
//! cell may hold, evidence as typed. Workbooks are changed part by part
//! with the zip crate, so these tests need nothing but Rust.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use wen_assess::answers::{self, AnswerFile};

use super::{MINIMAL, Run, repo, wen};

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Converts answers (YAML text) to a workbook in `dir`, with the minimal
/// guideline.
fn workbook_of(dir: &Path, yaml: &str, name: &str) -> PathBuf {
    let input = dir.join(format!("{name}.yaml"));
    std::fs::write(&input, yaml).unwrap();
    let xlsx = dir.join(format!("{name}.xlsx"));
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "convert",
        path_str(&input),
        path_str(&xlsx),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    xlsx
}

/// The minimal answers as a workbook.
fn minimal_workbook(dir: &Path) -> PathBuf {
    let yaml = std::fs::read_to_string(repo("tests/fixtures/answers/minimal.yaml")).unwrap();
    workbook_of(dir, &yaml, "minimal")
}

/// Rewrites a workbook's parts: `change(name, text)` gives each part's new
/// text (parts that are not UTF-8 stay as they are); `extra` parts are
/// added at the end.
fn edit(xlsx: &Path, change: impl Fn(&str, String) -> String, extra: &[(&str, &str)]) {
    let bytes = std::fs::read(xlsx).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            let data = match String::from_utf8(data) {
                Ok(text) => change(&name, text).into_bytes(),
                Err(e) => e.into_bytes(),
            };
            w.start_file(name, options).unwrap();
            w.write_all(&data).unwrap();
        }
        for (name, text) in extra {
            w.start_file(*name, options).unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap();
    }
    std::fs::write(xlsx, out.into_inner()).unwrap();
}

/// Changes one part of a workbook.
fn edit_part(xlsx: &Path, part: &str, change: impl Fn(String) -> String) {
    edit(
        xlsx,
        |name, text| if name == part { change(text) } else { text },
        &[],
    );
}

/// The XML of a cell (`<c r="F7" .../>` or `<c r="F7" ...>...</c>`) in a
/// sheet's XML, as a byte range.
fn cell_range(xml: &str, cell: &str) -> std::ops::Range<usize> {
    let start = xml
        .find(&format!("<c r=\"{cell}\""))
        .unwrap_or_else(|| panic!("no cell {cell}"));
    let gt = start + xml[start..].find('>').unwrap();
    let end = if xml[..gt].ends_with('/') {
        gt + 1
    } else {
        gt + xml[gt..].find("</c>").unwrap() + 4
    };
    start..end
}

/// Text escaped for XML.
fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Puts text into a cell that exists, as an inline string.
fn set_cell(xml: String, cell: &str, text: &str) -> String {
    let mut xml = xml;
    let range = cell_range(&xml, cell);
    xml.replace_range(
        range,
        &format!(
            "<c r=\"{cell}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
            xml_text(text)
        ),
    );
    xml
}

/// Puts raw XML into a cell that exists.
fn set_cell_xml(xml: String, cell: &str, raw: &str) -> String {
    let mut xml = xml;
    let range = cell_range(&xml, cell);
    xml.replace_range(range, raw);
    xml
}

const ANSWERS: &str = "xl/worksheets/sheet2.xml";
const WORKSHOP: &str = "xl/worksheets/sheet3.xml";
const HIDDEN: &str = "xl/worksheets/sheet4.xml";

fn run(args: &[&str]) -> Run {
    let mut all = vec!["--guidelines", MINIMAL];
    all.extend(args);
    let r = wen(&all);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    r
}

/// A workbook converted to YAML and read back as an answer file, with
/// what the conversion printed on standard error.
fn back(xlsx: &Path) -> (AnswerFile, String) {
    let yaml = xlsx.with_extension("back.yaml");
    let _ = std::fs::remove_file(&yaml);
    let r = run(&["convert", path_str(xlsx), path_str(&yaml)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&yaml).unwrap();
    let (a, _) = answers::parse_answers(&text, "back.yaml")
        .unwrap_or_else(|e| panic!("the YAML written reads back: {e}\n{text}"));
    (a, r.stderr)
}

/// `score --format json` of a file, without its name.
fn scores(file: &Path) -> serde_json::Value {
    let r = run(&["score", "--format", "json", path_str(file)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    doc["files"][0].as_object_mut().unwrap().remove("file");
    doc
}

#[test]
fn header_values_that_look_like_labels_come_back() {
    let dir = tempfile::tempdir().unwrap();
    // Each field's own label (in another language too), another field's
    // label, and labels with the parenthesis the reader ignores.
    let cases = [
        (
            "Network (WEN)",
            "Region (SADC)",
            "Respondent",
            "Cargo",
            "País",
            "2026-11-23",
        ),
        ("Country", "Respondent", "Role", "Network", "Region", "Date"),
        (
            "Réseau",
            "Date (YYYY-MM-DD)",
            "Name",
            "Rôle",
            "Pays",
            "Network",
        ),
    ];
    for (i, (network, region, respondent, role, country, date)) in cases.iter().enumerate() {
        let yaml = format!(
            "format: 1\nguideline: minimal\nguideline-version: 1.0.0\nnetwork: {{name: \"{network}\", region: \"{region}\"}}\nrespondent: {{name: \"{respondent}\", role: \"{role}\", country: \"{country}\"}}\ndate: \"{date}\"\nlanguage: en\nanswers:\n  governance.mandate: {{level: 2}}\n"
        );
        let xlsx = workbook_of(dir.path(), &yaml, &format!("labels{i}"));
        let (a, _) = back(&xlsx);
        let read = [
            &a.network.name,
            &a.network.region,
            &a.respondent.name,
            &a.respondent.role,
            &a.respondent.country,
            &a.date,
        ];
        assert_eq!(
            read.map(String::as_str),
            [*network, *region, *respondent, *role, *country, *date],
            "case {i}"
        );
        // Scoring the workbook names the network and the country as typed.
        let r = run(&["score", path_str(&xlsx)]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let first = r.stdout.lines().next().unwrap_or("");
        assert_eq!(
            first,
            format!("{}: minimal 1.0.0 · {network} · {country}", xlsx.display()),
            "case {i}"
        );
    }
}

#[test]
fn participants_entries_follow_the_person_when_rows_are_sorted() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = "format: 1\nguideline: minimal\nguideline-version: 1.0.0\nlanguage: en\nparticipants:\n  - {name: Amy, agency: Customs, country: Borealia, email: amy@example.org, phone: '111'}\n  - {}\n  - {name: Zed, agency: Police, country: Costa, email: zed@example.org}\n  - {email: nameless@example.org}\nanswers:\n  governance.mandate: {level: 2}\n";
    let xlsx = workbook_of(dir.path(), yaml, "people");
    // Amy's row (11) and Zed's (13, after the empty entry's row) change
    // places, as sorting the table by name descending would do.
    edit_part(&xlsx, WORKSHOP, |xml| {
        let xml = set_cell(xml, "A11", "Zed");
        let xml = set_cell(xml, "B11", "Police");
        let xml = set_cell(xml, "C11", "Costa");
        let xml = set_cell(xml, "A13", "Amy");
        let xml = set_cell(xml, "B13", "Customs");
        set_cell(xml, "C13", "Borealia")
    });
    let (a, _) = back(&xlsx);
    let people: Vec<(String, Vec<String>)> = a
        .participants
        .iter()
        .map(|p| {
            let extra = p
                .extra
                .iter()
                .map(|(k, v)| format!("{k}={}", v.text().unwrap_or_default()))
                .collect();
            (p.name.clone(), extra)
        })
        .collect();
    assert_eq!(
        people,
        [
            ("Zed".to_string(), vec!["email=zed@example.org".to_string()]),
            (
                "Amy".to_string(),
                vec!["email=amy@example.org".into(), "phone=111".into()]
            ),
            (
                "".to_string(),
                vec!["email=nameless@example.org".to_string()]
            ),
        ]
    );

    // A person deleted from the table takes their entries along, said so.
    edit_part(&xlsx, WORKSHOP, |xml| {
        let xml = set_cell(xml, "A11", "");
        let xml = set_cell(xml, "B11", "");
        set_cell(xml, "C11", "")
    });
    let (a, stderr) = back(&xlsx);
    assert_eq!(a.participants.len(), 2, "{:?}", a.participants);
    assert!(
        stderr.contains("people.xlsx:'wen-assess'!B5: warning[unknown-key]: participant `Zed` (Police, Costa) has no row in the participants table any more (deleted, or the name, agency or country changed), so the entries kept for them (`email`) are not used"),
        "{stderr}"
    );
}

/// The hidden sheet's kept cell (B5 when the file has kept entries),
/// replaced by `kept`.
fn forge_kept(xlsx: &Path, kept: &str) {
    edit_part(xlsx, HIDDEN, |xml| set_cell(xml, "B5", kept));
}

#[test]
fn a_forged_hidden_sheet_never_writes_a_key_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut yaml = std::fs::read_to_string(repo("tests/fixtures/answers/minimal.yaml")).unwrap();
    yaml.push_str("reviewer: someone\nparticipants:\n  - {name: Amy, agency: Customs, country: Borealia}\nfindings:\n  governance: {strengths: Mandate signed}\n");
    for (form, people) in [
        (
            "list",
            "participants: [{name: Amy, agency: Customs, country: Borealia, email: kept}]",
        ),
        (
            "numbers",
            "participants: {1: {name: Forged, agency: X, email: kept}}",
        ),
    ] {
        let xlsx = workbook_of(dir.path(), &yaml, &format!("forged-{form}"));
        let kept = format!(
            "file: {{format: 7, answers: x, motto: kept}}\nnetwork: {{name: X, region: Y, motto: kept}}\nrespondent: {{name: X, role: Y, country: Z, phone: kept}}\n{people}\nfindings: {{governance: {{strengths: X, challenges: Y, priorities: Z, minutes: kept}}}}\nanswers:\n  governance.mandate: {{level: 4, note: X, evidence: [x], reason: y, owner: kept}}\n  finance.core-funding: {{reason: X, owner: kept}}\n  governance.meetings: {{reason: [a, list], owner: kept}}\nextra: {{a: b}}\n"
        );
        forge_kept(&xlsx, &kept);
        let (a, stderr) = back(&xlsx);
        let name = format!("forged-{form}.xlsx:'wen-assess'!B5");
        let clashes: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains("warning[duplicate-key]"))
            .collect();
        // format, answers; name, region; name, role, country; strengths,
        // challenges, priorities; level, note, evidence, reason of the
        // mandate; the reasons of the other two (the Reason column is the
        // sheet's, empty or not); and, numbered, a participant's name and agency.
        for l in &clashes {
            assert!(
                l.contains(&format!("{name}: warning[duplicate-key]: ")),
                "{l}"
            );
        }
        let expected = if form == "numbers" { 18 } else { 16 };
        assert_eq!(clashes.len(), expected, "{stderr}");
        assert!(
            stderr.contains(&format!("{name}: warning[duplicate-key]: the hidden sheet keeps `level` for the answer to `governance.mandate`, which the visible sheets hold; the visible one is used and the kept one left out")),
            "{stderr}"
        );
        assert!(
            stderr.contains(&format!("{name}: warning[unknown-key]: the hidden sheet keeps entries under `extra`, which is no part of an answer file the tool writes there; they are not used")),
            "{stderr}"
        );
        // The visible sheets' values, and every kept entry that clashes
        // with nothing.
        assert_eq!(a.network.name, "Test Network");
        assert_eq!(
            a.answer("governance.mandate").unwrap().response,
            Some(answers::Response::Level(2))
        );
        let keys =
            |extra: &answers::Extra| extra.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        assert_eq!(keys(&a.extra), ["motto"]);
        assert_eq!(keys(&a.network.extra), ["motto"]);
        assert_eq!(keys(&a.respondent.extra), ["phone"]);
        assert_eq!(
            keys(&a.findings_of("governance").unwrap().extra),
            ["minutes"]
        );
        for id in [
            "governance.mandate",
            "governance.meetings",
            "finance.core-funding",
        ] {
            assert_eq!(keys(&a.answer(id).unwrap().extra), ["owner"], "{id}");
        }
        assert_eq!(keys(&a.participants[0].extra), ["email"]);
    }
}

/// A change to a part's text.
type Rewrite = Box<dyn Fn(String) -> String>;

#[test]
fn shared_strings_are_read_as_spreadsheet_programs_read_them() {
    let dir = tempfile::tempdir().unwrap();
    let plain = minimal_workbook(dir.path());
    let expected = scores(&plain);
    let sst = "xl/sharedStrings.xml";
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let variants: [(&str, Rewrite); 3] = [
        // An item inside a processing instruction, a comment and CDATA is
        // none: the items after it keep their numbers.
        (
            "pi",
            Box::new(|xml: String| {
                let at = xml.find("<si>").unwrap();
                let mut xml = xml;
                xml.insert_str(
                    at,
                    "<?wen <si><t>4 Advanced</t></si>?><!-- <si><t>4 Advanced</t></si> -->",
                );
                xml
            }),
        ),
        // Items under another prefix bound to SpreadsheetML are items.
        (
            "prefix",
            Box::new(move |xml: String| {
                xml.replacen(
                    &format!("xmlns=\"{main}\""),
                    &format!("xmlns=\"{main}\" xmlns:y=\"{main}\""),
                    1,
                )
                .replace("<si>", "<y:si>")
                .replace("</si>", "</y:si>")
            }),
        ),
        // The whole table under a prefix, `t` and runs included.
        (
            "all-prefixed",
            Box::new(move |xml: String| {
                xml.replacen(
                    &format!("xmlns=\"{main}\""),
                    &format!("xmlns:x=\"{main}\""),
                    1,
                )
                .replace("<sst ", "<x:sst ")
                .replace("</sst>", "</x:sst>")
                .replace("<si>", "<x:si>")
                .replace("</si>", "</x:si>")
                .replace("<t>", "<x:t>")
                .replace("<t xml:space", "<x:t xml:space")
                .replace("</t>", "</x:t>")
            }),
        ),
    ];
    for (name, change) in variants {
        let xlsx = dir.path().join(format!("{name}.xlsx"));
        std::fs::copy(&plain, &xlsx).unwrap();
        edit_part(&xlsx, sst, &change);
        assert_eq!(scores(&xlsx), expected, "{name}");
    }
}

#[test]
fn the_package_says_what_kind_of_workbook_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let plain = minimal_workbook(dir.path());
    let expected = scores(&plain);
    // An .xlsx that also holds the parts of an .ods is still an .xlsx...
    let both = dir.path().join("both.xlsx");
    std::fs::copy(&plain, &both).unwrap();
    edit(
        &both,
        |_, t| t,
        &[
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", "<office:document-content/>"),
        ],
    );
    assert_eq!(scores(&both), expected);
    // ...and read as an .ods when its name says so.
    let ods = dir.path().join("both.ods");
    std::fs::copy(&both, &ods).unwrap();
    let r = run(&["score", path_str(&ods)]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with(&format!(
            "{}: error[missing-sheet]: no sheet `wen-assess`",
            ods.display()
        )),
        "{}",
        r.stderr
    );
    // Spreadsheet parts without the package's content types are no
    // workbook.
    let bare = dir.path().join("bare.xlsx");
    std::fs::copy(&plain, &bare).unwrap();
    edit(
        &bare,
        |name, t| {
            if name == "[Content_Types].xml" {
                t.replace("spreadsheetml.sheet.main", "wordprocessingml.document.main")
            } else {
                t
            }
        },
        &[],
    );
    let r = run(&["score", path_str(&bare)]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "{}: error[not-a-workbook]: this is a Word document, not a workbook; fill in the workbook made by `wen-assess template --format xlsx`\n",
            bare.display()
        ) + "1 of 1 file could not be scored\n"
    );
}

#[test]
fn hidden_and_copied_answers_sheets_are_warned_about() {
    let dir = tempfile::tempdir().unwrap();
    let plain = minimal_workbook(dir.path());
    let file = |name: &str| {
        let x = dir.path().join(name);
        std::fs::copy(&plain, &x).unwrap();
        x
    };
    // The scores without the file's name, and the warnings.
    let warnings = |x: &Path| {
        let r = run(&["score", "--format", "csv", path_str(x)]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        (r.stdout.replace(path_str(x), "FILE"), r.stderr)
    };
    let (plain_scores, _) = warnings(&plain);

    // The Answers sheet hidden (and the Workshop sheet too: same class).
    let hidden = file("hidden.xlsx");
    edit_part(&hidden, "xl/workbook.xml", |x| {
        x.replace(
            "<sheet name=\"Answers\" sheetId=\"2\"",
            "<sheet name=\"Answers\" sheetId=\"2\" state=\"hidden\"",
        )
        .replace(
            "<sheet name=\"Workshop\" sheetId=\"3\"",
            "<sheet name=\"Workshop\" sheetId=\"3\" state=\"veryHidden\"",
        )
    });
    let (out, err) = warnings(&hidden);
    assert_eq!(out, plain_scores);
    let name = hidden.display();
    assert_eq!(
        err,
        format!(
            "{name}: warning[ambiguous-sheet]: sheet `Answers` is hidden, and the answers are read from it all the same; show it (right-click a sheet tab, Unhide) to see what is read\n\
             {name}: warning[ambiguous-sheet]: sheet `Workshop` is hidden, and the targets, findings and participants are read from it all the same; show it (right-click a sheet tab, Unhide) to see what is read\n"
        )
    );

    // A copy of the Answers sheet (`Answers (2)`) with another level: the
    // sheet named as the tool names it is read, and the copy named.
    let copied = file("copied.xlsx");
    let answers_xml = {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&plain).unwrap()).unwrap();
        let mut text = String::new();
        zip.by_name(ANSWERS)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        set_cell(text, "F7", "4")
    };
    edit(
        &copied,
        |name, t| match name {
            "xl/worksheets/sheet1.xml" => answers_xml.clone(),
            "xl/workbook.xml" => t.replace("name=\"Instructions\"", "name=\"Answers (2)\""),
            _ => t,
        },
        &[],
    );
    let (out, err) = warnings(&copied);
    assert_eq!(out, plain_scores);
    assert_eq!(
        err,
        format!(
            "{}: warning[ambiguous-sheet]: 2 sheets may hold the answers: `Answers` is read, not `Answers (2)`; delete the sheets that are not used, or copy what they hold into `Answers`\n",
            copied.display()
        )
    );
    // With `Answers` hidden, the copy a person sees is read.
    edit_part(&copied, "xl/workbook.xml", |x| {
        x.replace(
            "<sheet name=\"Answers\" sheetId=\"2\"",
            "<sheet name=\"Answers\" sheetId=\"2\" state=\"hidden\"",
        )
    });
    let (out, err) = warnings(&copied);
    assert_ne!(out, plain_scores);
    assert!(out.contains(",governance,4.0,"), "{out}");
    assert_eq!(
        err,
        format!(
            "{}: warning[ambiguous-sheet]: 2 sheets may hold the answers: `Answers (2)` is read, not `Answers` (hidden); delete the sheets that are not used, or copy what they hold into `Answers (2)`\n",
            copied.display()
        )
    );
}

#[test]
fn a_shared_string_that_does_not_exist_is_an_error_at_the_cell() {
    let dir = tempfile::tempdir().unwrap();
    let plain = minimal_workbook(dir.path());
    for (value, why) in [
        (
            "99999",
            "the cell refers to shared string 99999, but the workbook has ",
        ),
        (
            "two",
            "the cell refers to shared string `two`, which is not a number",
        ),
        (
            "-1",
            "the cell refers to shared string `-1`, which is not a number",
        ),
    ] {
        let xlsx = dir.path().join(format!("damaged-{value}.xlsx"));
        std::fs::copy(&plain, &xlsx).unwrap();
        edit_part(&xlsx, ANSWERS, |x| {
            set_cell_xml(x, "F7", &format!("<c r=\"F7\" t=\"s\"><v>{value}</v></c>"))
        });
        let r = run(&["score", path_str(&xlsx)]);
        assert_eq!(r.code, 2);
        assert!(
            r.stderr.starts_with(&format!(
                "{}:Answers!F7: error[not-a-workbook]: {why}",
                xlsx.display()
            )),
            "{}",
            r.stderr
        );
        assert!(
            r.stderr.ends_with(
                ": the workbook is damaged; save it again from the spreadsheet program\n1 of 1 file could not be scored\n"
            ),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn a_level_cell_holds_a_level_a_label_or_na_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let plain = minimal_workbook(dir.path());
    let long = "9".repeat(200);
    let cut = format!("{}…", "9".repeat(80));
    for (i, (typed, shown)) in [
        ("1,000", "1,000"),
        ("3.0", "3.0"),
        ("2,5", "2,5"),
        ("03", "03"),
        ("+3", "+3"),
        ("-0", "-0"),
        ("1e0", "1e0"),
        (long.as_str(), cut.as_str()),
    ]
    .into_iter()
    .enumerate()
    {
        let xlsx = dir.path().join(format!("level{i}.xlsx"));
        std::fs::copy(&plain, &xlsx).unwrap();
        edit_part(&xlsx, ANSWERS, |x| set_cell(x, "F7", typed));
        edit_part(&xlsx, WORKSHOP, |x| set_cell(x, "C6", typed));
        let r = run(&["score", path_str(&xlsx)]);
        assert_eq!(r.code, 2);
        let name = xlsx.display();
        assert_eq!(
            r.stderr,
            format!(
                "{name}:Answers!F7: error[invalid-level]: the level in row 7 (Mandate, `governance.mandate`) must be 0, 1, 2, 3, 4 or N/A (as the list offers them), found `{shown}`\n\
                 {name}:Workshop!C6: error[invalid-target]: the target `{shown}` in row 6 (Governance, `governance`) is not a level of the scale 0-4\n\
                 1 of 1 file could not be scored\n"
            )
        );
    }
    // What is a level: a digit, the drop-down's text, a label, N/A.
    for typed in [
        "3",
        " 3 ",
        "3 Established",
        "3 - Established",
        "Established",
    ] {
        let xlsx = dir.path().join("fine.xlsx");
        std::fs::copy(&plain, &xlsx).unwrap();
        edit_part(&xlsx, ANSWERS, |x| set_cell(x, "F7", typed));
        let (a, _) = back(&xlsx);
        assert_eq!(
            a.answer("governance.mandate").unwrap().response,
            Some(answers::Response::Level(3)),
            "{typed:?}"
        );
        std::fs::remove_file(&xlsx).unwrap();
    }
}

#[test]
fn every_evidence_item_is_trimmed() {
    let dir = tempfile::tempdir().unwrap();
    let plain = minimal_workbook(dir.path());
    for (typed, items) in [
        (" a.pdf \n  b.pdf  \n", vec!["a.pdf", "b.pdf"]),
        ("  padded  ", vec!["padded"]),
        (" x ; y ;", vec!["x", "y"]),
        ("\t\n \n", vec![]),
    ] {
        let xlsx = dir.path().join("evidence.xlsx");
        std::fs::copy(&plain, &xlsx).unwrap();
        edit_part(&xlsx, ANSWERS, |x| set_cell(x, "I7", typed));
        let (a, _) = back(&xlsx);
        assert_eq!(
            a.answer("governance.mandate").unwrap().evidence,
            items,
            "{typed:?}"
        );
        std::fs::remove_file(&xlsx).unwrap();
    }
}

#[test]
fn values_quoted_from_cells_are_cut() {
    let dir = tempfile::tempdir().unwrap();
    let plain = minimal_workbook(dir.path());
    let xlsx = dir.path().join("long.xlsx");
    std::fs::copy(&plain, &xlsx).unwrap();
    let id = format!("governance.{}", "x".repeat(5000));
    let formula = format!("<c r=\"H7\"><f>{}</f><v>0</v></c>", "1+".repeat(3000) + "1");
    edit_part(&xlsx, ANSWERS, |x| {
        let x = set_cell(x, "B8", &id);
        let x = set_cell(x, "F8", &"N/A?".repeat(100));
        set_cell_xml(x, "H7", &formula)
    });
    let r = run(&["score", path_str(&xlsx)]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    for line in r.stderr.lines() {
        assert!(line.chars().count() < 400, "{line}");
    }
    assert!(
        r.stderr.contains(&format!("`{}…`", &id[..80])),
        "{}",
        r.stderr
    );

    // A long id on a row with a level: a warning, cut too.
    let xlsx = dir.path().join("long-id.xlsx");
    std::fs::copy(&plain, &xlsx).unwrap();
    edit_part(&xlsx, ANSWERS, |x| set_cell(x, "B8", &id));
    let r = run(&["score", path_str(&xlsx)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "long-id.xlsx:Answers!B8: warning[unknown-criterion]: `{}…` is not a criterion of `minimal` 1.0.0; the answer is kept but not scored",
            &id[..80]
        )),
        "{}",
        r.stderr
    );
}

/// A focal point's workbook in Portuguese, French or Spanish, scored in
/// that language, gives its findings in that language: the position, the
/// severity and the code stay as they are, the message is the catalogue's,
/// and a criterion is named by its row, its title as the workbook shows it
/// and its id. No English word is left in the message part.
#[test]
fn a_workbook_s_findings_are_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    let g = wen_assess::model::builtin()
        .into_iter()
        .find(|g| g.id == "strengthening")
        .expect("built in");
    // The template's rows: the criteria in the guideline's order from row 7.
    let row = |n: usize, lang: &str| {
        let (_, c) = g.criteria().nth(n - 7).unwrap();
        (c.id.clone(), c.title.get(lang).to_string())
    };
    // (language, sheet, the findings of a workbook with errors, then those
    // of one with warnings only, each with {file} and {title N}, {id N}
    // for the criterion in row N.)
    let expected: [(&str, &str, &[&str], &[&str]); 3] = [
        (
            "pt",
            "Respostas",
            &[
                "{file}:Respostas!F7: error[na-without-reason]: a linha 7 ({title 7}, `{id 7}`) está marcada como N/A (não aplicável), mas não tem motivo; indique na coluna G, a do motivo, porque não se aplica",
                "{file}:Respostas!F8: error[invalid-level]: o nível da linha 8 ({title 8}, `{id 8}`) deve ser 0, 1, 2, 3, 4 ou N/A (como a lista os apresenta), não `5`",
                "{file}:Respostas!H10: error[formula-in-cell]: a nota da linha 10 ({title 10}, `{id 10}`): é uma fórmula (`=1+1`), não texto; escreva o próprio texto",
                "1 de 1 ficheiro não pôde ser pontuado",
            ],
            &[
                "{file}:Respostas!E4: warning[invalid-date]: a data `31/12/2026` não está no formato AAAA-MM-DD",
                "{file}:Respostas!G11: warning[reason-without-na]: a linha 11 ({title 11}, `{id 11}`) tem um motivo, mas um nível em vez de N/A; o motivo é mantido, mas não é usado",
            ],
        ),
        (
            "fr",
            "Réponses",
            &[
                "{file}:Réponses!F7: error[na-without-reason]: la ligne 7 ({title 7}, `{id 7}`) est marquée N/A (sans objet) mais n’a pas de raison ; indiquez dans la colonne G, celle de la raison, pourquoi le critère ne s’applique pas",
                "{file}:Réponses!F8: error[invalid-level]: le niveau de la ligne 8 ({title 8}, `{id 8}`) doit être 0, 1, 2, 3, 4 ou N/A (comme la liste les propose), pas `5`",
                "{file}:Réponses!H10: error[formula-in-cell]: la note de la ligne 10 ({title 10}, `{id 10}`) : c’est une formule (`=1+1`), pas du texte ; saisissez le texte lui-même",
                "1 fichier sur 1 n’a pas pu être noté",
            ],
            &[
                "{file}:Réponses!E4: warning[invalid-date]: la date `31/12/2026` n’est pas au format AAAA-MM-JJ",
                "{file}:Réponses!G11: warning[reason-without-na]: la ligne 11 ({title 11}, `{id 11}`) a une raison, mais un niveau au lieu de N/A ; la raison est conservée mais pas utilisée",
            ],
        ),
        (
            "es",
            "Respuestas",
            &[
                "{file}:Respuestas!F7: error[na-without-reason]: la fila 7 ({title 7}, `{id 7}`) está marcada como N/A (no aplicable), pero no tiene motivo; explique en la columna G, la del motivo, por qué no se aplica",
                "{file}:Respuestas!F8: error[invalid-level]: el nivel de la fila 8 ({title 8}, `{id 8}`) debe ser 0, 1, 2, 3, 4 o N/A (como los ofrece la lista), no `5`",
                "{file}:Respuestas!H10: error[formula-in-cell]: la nota de la fila 10 ({title 10}, `{id 10}`): es una fórmula (`=1+1`), no texto; escriba el texto mismo",
                "1 de 1 archivo no se pudo puntuar",
            ],
            &[
                "{file}:Respuestas!E4: warning[invalid-date]: la fecha `31/12/2026` no tiene el formato AAAA-MM-DD",
                "{file}:Respuestas!G11: warning[reason-without-na]: la fila 11 ({title 11}, `{id 11}`) tiene un motivo, pero un nivel en lugar de N/A; el motivo se conserva, pero no se usa",
            ],
        ),
    ];
    for (lang, sheet, errors, warnings) in expected {
        let template = dir.path().join(format!("{lang}.xlsx"));
        let r = wen(&[
            "--lang",
            lang,
            "template",
            "--guideline",
            "strengthening",
            "-o",
            path_str(&template),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let filled = |name: &str, cells: &[(&str, &str)], formula: Option<&str>| {
            let xlsx = dir.path().join(format!("{lang}-{name}.xlsx"));
            std::fs::copy(&template, &xlsx).unwrap();
            edit_part(&xlsx, ANSWERS, |mut x| {
                for (cell, text) in cells {
                    x = set_cell(x, cell, text);
                }
                if let Some(cell) = formula {
                    x = set_cell_xml(x, cell, &format!("<c r=\"{cell}\"><f>1+1</f><v>2</v></c>"));
                }
                x
            });
            xlsx
        };
        let with = |lines: &[&str], file: &Path| -> String {
            let mut out = String::new();
            for line in lines {
                let mut line = line.replace("{file}", &file.display().to_string());
                for n in 7..=11 {
                    let (id, title) = row(n, lang);
                    line = line
                        .replace(&format!("{{title {n}}}"), &title)
                        .replace(&format!("{{id {n}}}"), &id);
                }
                out.push_str(&line);
                out.push('\n');
            }
            out
        };
        let wrong = filled("errors", &[("F7", "N/A"), ("F8", "5")], Some("H10"));
        let r = wen(&["--lang", lang, "score", path_str(&wrong)]);
        assert_eq!((r.code, r.stdout.as_str()), (2, ""), "{lang}");
        assert_eq!(r.stderr, with(errors, &wrong), "{lang}");
        let doubtful = filled(
            "warnings",
            &[("E4", "31/12/2026"), ("F11", "2"), ("G11", "-")],
            None,
        );
        let r = wen(&["--lang", lang, "score", path_str(&doubtful)]);
        assert_eq!(r.code, 0, "{lang}: {}", r.stderr);
        assert_eq!(r.stderr, with(warnings, &doubtful), "{lang}");
        // Only the message part is the catalogue's: no English word there.
        let all = format!("{}{}", with(errors, &wrong), with(warnings, &doubtful));
        for line in all.lines() {
            let message = line.split_once("]: ").map_or(line, |(_, m)| m);
            assert_eq!(
                super::languages::english_words(lang, message),
                Vec::<&str>::new(),
                "{lang}: {message}"
            );
        }
        assert!(all.contains(&format!("{sheet}!")), "{lang}");
    }
    // The check finds what it should.
    assert_eq!(
        super::languages::english_words("pt", "the level in row 8 (`x`) must be 0"),
        ["Level", "the", "in", "must", "row"]
    );
}

/// A workbook a spreadsheet program has open (its lock file beside it) is
/// read as saved, with a warning that what is not saved yet is not read:
/// LibreOffice's `.~lock.NAME#`, Excel's `~$NAME` with a long name's first
/// two characters replaced.
#[test]
fn a_workbook_open_elsewhere_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("Tarnholm.xlsx");
    let r = wen(&[
        "template",
        "-g",
        "strengthening",
        "--network",
        "Test WEN",
        "--country",
        "Tarnholm",
        "-o",
        book.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let quiet = wen(&["score", book.to_str().unwrap()]);
    assert!(!quiet.stderr.contains("workbook-open"), "{}", quiet.stderr);
    for lock in [".~lock.Tarnholm.xlsx#", "~$rnholm.xlsx"] {
        let lock_path = dir.path().join(lock);
        std::fs::write(&lock_path, "").unwrap();
        let r = wen(&["score", book.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains(&format!(
                "Tarnholm.xlsx: warning[workbook-open]: it looks open in a spreadsheet program (its lock file {lock} is beside it): changes not saved there yet are not read; save and close it, then run this again"
            )),
            "{}",
            r.stderr
        );
        std::fs::remove_file(&lock_path).unwrap();
    }
}
