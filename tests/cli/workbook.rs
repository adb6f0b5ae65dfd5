//! Workbooks (`.xlsx`, `.ods`): the template, `convert` both ways with
//! nothing lost, every command that reads answers, hostile and broken
//! workbooks, and real spreadsheet software: openpyxl fills the template as
//! a script would, LibreOffice saves it as `.ods` and back and prints it,
//! and `score` gives exactly the scores of the same answers in YAML.

use std::path::{Path, PathBuf};
use std::process::Command;

use wen_assess::answers::{self, AnswerFile, Source};

use super::{MINIMAL, Run, programs, repo, wen};

/// The member states of the example network.
const NETWORK: [&str; 4] = [
    "atlantis-coast",
    "borealia",
    "costa-serena",
    "dunmore-islands",
];

/// The rich answer file: everything an answer file can hold.
const EVERYTHING: &str = "tests/fixtures/answers/workbook-everything.yaml";

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Runs the binary and insists on success.
fn ok(args: &[&str]) -> Run {
    let r = wen(args);
    assert_eq!(r.code, 0, "{args:?}:\n{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    r
}

/// Converts IN to OUT (with the given guidelines, or the built-in ones).
fn convert(guidelines: Option<&str>, input: &Path, output: &Path) -> Run {
    let mut args = Vec::new();
    if let Some(g) = guidelines {
        args.extend(["--guidelines", g]);
    }
    args.extend(["convert", path_str(input), path_str(output)]);
    ok(&args)
}

/// An answer file's content in one canonical text: entries that say
/// nothing dropped (a workbook has a row for every criterion), everything
/// sorted, written afresh. Two files with the same content give the same text.
fn content(text: &str) -> String {
    let (mut a, _) = answers::parse_answers(text, "x.yaml").expect("valid answers");
    normalise(&mut a);
    answers::to_yaml(&a, "x.yaml").expect("writable")
}

fn normalise(a: &mut AnswerFile) {
    a.source = Source::default();
    a.answers.retain(|e| {
        e.answer.response.is_some()
            || e.answer.note.is_some()
            || !e.answer.evidence.is_empty()
            || !e.answer.extra.is_empty()
    });
    a.answers.sort_by(|x, y| x.criterion.cmp(&y.criterion));
    a.findings.sort_by(|x, y| x.area.cmp(&y.area));
    a.targets.sort_by(|x, y| x.0.cmp(&y.0));
}

/// `score --format json` of files, without the file names.
fn scores(guidelines: Option<&str>, files: &[&Path]) -> serde_json::Value {
    let mut args = Vec::new();
    if let Some(g) = guidelines {
        args.extend(["--guidelines", g]);
    }
    args.extend(["score", "--format", "json"]);
    args.extend(files.iter().map(|f| path_str(f)));
    let r = ok(&args);
    let mut doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    for f in doc["files"].as_array_mut().expect("files") {
        f.as_object_mut().expect("object").remove("file");
    }
    doc
}

/// Runs a Python script (with openpyxl) that edits `xlsx`, named to it
/// as `sys.argv[1]`, and insists on success.
fn openpyxl_edit(script: &str, xlsx: &Path) {
    let out = Command::new(python())
        .args(["-c", script, path_str(xlsx)])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A Python with openpyxl (the tests that call it are ignored by default).
fn python() -> &'static str {
    programs::python_with("openpyxl")
}

/// Runs LibreOffice headless: `soffice --convert-to KIND --outdir DIR FILE`,
/// with a profile of its own so that tests running at once do not collide.
fn soffice(kind: &str, file: &Path, outdir: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let out = programs::output(
        Command::new("soffice")
            .arg(format!(
                "-env:UserInstallation=file://{}",
                profile.path().display()
            ))
            .args(["--headless", "--convert-to", kind, "--outdir"])
            .arg(outdir)
            .arg(file),
    );
    programs::assert_success(
        &format!("soffice --convert-to {kind} {}", file.display()),
        &out,
    );
}

/// The XML of one part of a workbook.
fn part(xlsx: &Path, name: &str) -> String {
    let file = std::fs::File::open(xlsx).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
    text
}

/// Every file in `tests/fixtures/hostile-workbooks/` (made by its
/// `make.py`) gives the message in its snapshot, exit 2, nothing on
/// standard output, no panic, in under a second.
#[test]
fn every_hostile_workbook() {
    let dir = repo("tests/fixtures/hostile-workbooks");
    let count = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            let p = e.as_ref().unwrap().path();
            p.extension().is_some_and(|x| x == "xlsx" || x == "ods")
        })
        .count();
    assert!(count >= 25, "{count} hostile workbooks");
    let root = repo("").canonicalize().unwrap();
    insta::glob!("../fixtures/hostile-workbooks", "*.{xlsx,ods}", |path| {
        // `/`-separated on every system, as the snapshots show it (Windows
        // takes `/` as a separator too).
        let rel = &path
            .strip_prefix(&root)
            .unwrap()
            .to_str()
            .unwrap()
            .replace('\\', "/");
        let started = std::time::Instant::now();
        let r = wen(&["--guidelines", MINIMAL, "score", rel]);
        let took = started.elapsed();
        // A guard against hangs, not a speed figure (the closing note of the
        // workbook issue has those, measured on a release build).
        assert!(took.as_secs() < 30, "{rel} took {took:?}");
        assert_eq!(r.code, 2, "{rel}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{rel}");
        assert!(!r.stderr.contains("panicked"), "{rel}: {}", r.stderr);
        assert!(
            r.stderr.starts_with(rel),
            "{rel}: the message names the file"
        );
        insta::with_settings!({
            description => format!("wen-assess --guidelines {MINIMAL} score {rel}"),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(r.stderr);
        });
    });
}

#[test]
#[ignore = "needs python3 with openpyxl (CI runs it)"]
fn a_far_away_cell_costs_one_cell() {
    // A value typed in the last cell of the sheet (XFD1048576) is read as
    // one cell beside the table, not as a grid up to it.
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("far.xlsx");
    convert(
        Some(MINIMAL),
        &repo("tests/fixtures/answers/minimal.yaml"),
        &xlsx,
    );
    let script = format!(
        "import openpyxl; wb = openpyxl.load_workbook({x:?}); wb['Answers']['XFD1048576'] = 'far away'; wb.save({x:?})",
        x = path_str(&xlsx)
    );
    openpyxl_edit(&script, &xlsx);
    let started = std::time::Instant::now();
    let r = ok(&[
        "--guidelines",
        MINIMAL,
        "score",
        "--format",
        "csv",
        path_str(&xlsx),
    ]);
    assert!(started.elapsed().as_millis() < 1000);
    assert!(r.stdout.contains(",overall,2.7,"), "{}", r.stdout);
}

#[test]
fn template_writes_a_workbook_for_a_member_state() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("atlantis.xlsx");
    let x = path_str(&xlsx);
    let args = [
        "template",
        "-g",
        "strengthening",
        "--network",
        "Example Regional WEN",
        "--country",
        "Atlantis",
        "--respondent",
        "A. Focal",
        "--role",
        "National focal point",
        "--date",
        "2026-11-23",
        "-o",
        x,
    ];
    let r = ok(&args);
    assert_eq!(
        r.stdout,
        format!(
            "Wrote {x} (14 criteria of `strengthening` 1.2.0). Send it to the focal point; when it comes back, run: wen-assess score {x}\n"
        )
    );
    let bytes = std::fs::read(&xlsx).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"));
    // The same template twice is the same bytes.
    let again = dir.path().join("again.xlsx");
    let mut args2 = args;
    args2[args2.len() - 1] = path_str(&again);
    ok(&args2);
    assert_eq!(std::fs::read(&again).unwrap(), bytes);
    // Blank: every criterion unanswered; the header block pre-filled.
    let r = ok(&["score", "--format", "csv", x]);
    assert!(
        r.stdout
            .ends_with(",strengthening,1.2.0,overall,,,,,0,0,14,14\n"),
        "{}",
        r.stdout
    );
    let r = ok(&["convert", x, "-"]);
    for line in [
        "  name: \"Example Regional WEN\"\n",
        "  name: \"A. Focal\"\n",
        "  role: \"National focal point\"\n",
        "  country: \"Atlantis\"\n",
        "date: \"2026-11-23\"\n",
        "language: \"en\"\n",
    ] {
        assert!(r.stdout.contains(line), "{line:?} in\n{}", r.stdout);
    }
    // What a person sees: the sheets, the protection, the drop-down, print setup.
    let workbook = part(&xlsx, "xl/workbook.xml");
    for sheet in [
        "Instructions",
        "Answers",
        "Workshop",
        "wen-assess\" sheetId=\"4\" state=\"hidden",
    ] {
        assert!(
            workbook.contains(&format!("name=\"{sheet}\"")),
            "{sheet}: {workbook}"
        );
    }
    let answers = part(&xlsx, "xl/worksheets/sheet2.xml");
    for needed in [
        "<sheetProtection",
        "state=\"frozen\"",
        "<dataValidation type=\"list\"",
        "\"0 Absent,1 Initial,2 Developing,3 Established,4 Advanced,N/A\"",
        "orientation=\"landscape\"",
        "paperSize=\"9\"",
        "fitToHeight=\"0\"",
        "<autoFilter",
    ] {
        assert!(
            answers.contains(needed),
            "{needed} missing from the Answers sheet"
        );
    }
    assert!(
        workbook.contains("_xlnm.Print_Titles"),
        "header row repeated on every page"
    );
}

#[test]
fn template_chooses_and_refuses_formats() {
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let r = wen(&["template", "-g", "strengthening", "--format", "xlsx"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            2,
            "error: a workbook is a binary file: write it with -o NAME.xlsx (or -o - for standard output)\n"
        )
    );
    let r = wen(&["template", "-g", "strengthening", "-o", &out("a.ods")]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            2,
            format!(
                "error: {}: template writes .xlsx workbooks; LibreOffice opens them and saves them as .ods (File > Save As)\n",
                out("a.ods")
            )
            .as_str()
        )
    );
    let r = wen(&[
        "template",
        "-g",
        "strengthening",
        "--format",
        "yaml",
        "-o",
        &out("a.xlsx"),
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--format yaml writes a YAML answer file"),
        "{}",
        r.stderr
    );
    // --format xlsx with another name, and to standard output.
    ok(&[
        "template",
        "-g",
        "establishing",
        "--format",
        "xlsx",
        "-o",
        &out("book.bin"),
    ]);
    assert!(std::fs::read(out("book.bin")).unwrap().starts_with(b"PK"));
    let r = ok(&[
        "template",
        "-g",
        "establishing",
        "--format",
        "xlsx",
        "-o",
        "-",
    ]);
    assert!(r.stdout.starts_with("PK"));
    // An existing file is kept.
    std::fs::write(out("kept.xlsx"), "mine").unwrap();
    let r = wen(&["template", "-g", "strengthening", "-o", &out("kept.xlsx")]);
    assert_eq!(r.code, 2);
    assert_eq!(std::fs::read_to_string(out("kept.xlsx")).unwrap(), "mine");
}

#[test]
fn convert_keeps_everything_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("everything.xlsx");
    let back = dir.path().join("everything.yaml");
    let r = convert(Some(MINIMAL), &repo(EVERYTHING), &xlsx);
    // The file's language (fr) is the workbook's.
    assert_eq!(
        r.stdout,
        format!("{} écrit (3 sur 3 critères renseignés).\n", xlsx.display())
    );
    let r = convert(Some(MINIMAL), &xlsx, &back);
    let original = std::fs::read_to_string(repo(EVERYTHING)).unwrap();
    let converted = std::fs::read_to_string(&back).unwrap();
    assert_eq!(content(&converted), content(&original));
    // Kept entries and unknown criteria are reported at their cells, in
    // the workbook's language (the minimal guideline's titles are English
    // only).
    let x = xlsx.display();
    for warning in [
        format!(
            "{x}:'wen-assess'!B5: warning[unknown-key]: la clé inconnue `motto` dans `network` est conservée mais pas utilisée"
        ),
        format!(
            "{x}:Réponses!G8: warning[reason-without-na]: la ligne 8 (Meetings, `governance.meetings`) a une raison, mais un niveau au lieu de N/A ; la raison est conservée mais pas utilisée"
        ),
        format!(
            "{x}:Réponses!B10: warning[unknown-criterion]: `finance.retired-criterion` n’est pas un critère de `minimal` 1.0.0 ; la réponse est conservée mais non notée"
        ),
    ] {
        assert!(r.stderr.contains(&warning), "{warning}\nin\n{}", r.stderr);
    }
    // A second round trip changes nothing.
    let xlsx2 = dir.path().join("again.xlsx");
    let back2 = dir.path().join("again.yaml");
    convert(Some(MINIMAL), &back, &xlsx2);
    convert(Some(MINIMAL), &xlsx2, &back2);
    assert_eq!(std::fs::read_to_string(&back2).unwrap(), converted);
    // Same scores, and text that looks like a formula stays text.
    assert_eq!(
        scores(Some(MINIMAL), &[&xlsx]),
        scores(Some(MINIMAL), &[&repo(EVERYTHING)])
    );
    for sheet in ["sheet2", "sheet3", "sheet4"] {
        let xml = part(&xlsx, &format!("xl/worksheets/{sheet}.xml"));
        assert!(
            !xml.contains("<f>") && !xml.contains("<f "),
            "a formula in {sheet}"
        );
    }
    assert!(part(&xlsx, "xl/sharedStrings.xml").contains("=HYPERLINK("));
}

#[test]
fn convert_round_trips_every_example() {
    let dir = tempfile::tempdir().unwrap();
    let mut examples: Vec<PathBuf> = vec![
        repo("examples/strengthening-example.yaml"),
        repo("examples/strengthening-example-2025.yaml"),
        repo("examples/establishing-example.yaml"),
        repo("examples/fr/exemple-renforcement.yaml"),
        repo("examples/es/ejemplo-establecimiento.yaml"),
        repo("examples/pt/exemplo-estabelecimento.yaml"),
    ];
    examples.extend(
        NETWORK
            .iter()
            .map(|n| repo(&format!("examples/network/2026/{n}.yaml"))),
    );
    for (i, yaml) in examples.iter().enumerate() {
        let xlsx = dir.path().join(format!("{i}.xlsx"));
        let back = dir.path().join(format!("{i}.yaml"));
        convert(None, yaml, &xlsx);
        convert(None, &xlsx, &back);
        // A workbook holds the loaded version's criteria: a file given
        // against an older version comes back as `migrate` would write it.
        let migrated = dir.path().join(format!("{i}-migrated.yaml"));
        std::fs::copy(yaml, &migrated).unwrap();
        ok(&["migrate", path_str(&migrated)]);
        assert_eq!(
            content(&std::fs::read_to_string(&back).unwrap()),
            content(&std::fs::read_to_string(&migrated).unwrap()),
            "{}",
            yaml.display()
        );
        assert_eq!(
            scores(None, &[&xlsx]),
            scores(None, &[yaml]),
            "{}",
            yaml.display()
        );
    }
}

#[test]
fn convert_carries_old_answers_to_the_workbooks_version() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("e.xlsx");
    // The establishing example as it was at 1.0.0 (the example itself is
    // migrated).
    let yaml = repo("tests/fixtures/answers/establishing-1.0.0.yaml");
    let r = convert(None, &yaml, &xlsx);
    assert_eq!(
        r.stdout,
        format!(
            "Answers given against establishing 1.0.0 are carried to 1.2.0, the version the workbook is made for, as wen-assess migrate does.\n\
             moved deliverables.contact-directory → membership.contact-directory\n\
             moved deliverables.working-languages → membership.working-languages\n\
             Wrote {} (23 of 38 criteria answered).\n",
            xlsx.display()
        )
    );
    // Every answer sits on its criterion's row: nothing unknown, nothing
    // left to migrate, the scores of the YAML file.
    let r = ok(&["score", path_str(&xlsx)]);
    assert_eq!(r.stderr, "", "{}", r.stderr);
    assert_eq!(scores(None, &[&xlsx]), scores(None, &[&yaml]));
}

#[test]
fn careless_names_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("a.xlsx");
    convert(None, &repo("examples/strengthening-example.yaml"), &xlsx);
    let before = std::fs::read(&xlsx).unwrap();
    // The same file in and out: said at once, not "use --force".
    let r = wen(&["convert", path_str(&xlsx), path_str(&xlsx)]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "error: {0}: is an input of this command; refusing to write over it, choose another output file\n",
            xlsx.display()
        )
    );
    assert_eq!(std::fs::read(&xlsx).unwrap(), before);
    // A name that promises another kind of file gets no YAML under it.
    for name in ["u.xls", "u.csv"] {
        let out = dir.path().join(name);
        let r = wen(&["template", "-g", "strengthening", "-o", path_str(&out)]);
        assert_eq!(r.code, 2);
        assert_eq!(
            r.stderr,
            format!(
                "error: {}: template writes an answer file (.yaml) or a workbook (.xlsx); give the output one of those names\n",
                out.display()
            )
        );
        assert!(!out.exists());
    }
    // assess on a workbook that does not exist says how to start.
    let new = dir.path().join("new.xlsx");
    let r = wen(&["assess", "--answers", path_str(&new)]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "error: {0}: no such workbook, and `assess` edits YAML answer files only; give the answers a .yaml name (--answers {1}), or write a workbook to fill in a spreadsheet with: wen-assess template -o {0}\n",
            new.display(),
            dir.path().join("new.yaml").display()
        )
    );
}

#[test]
fn convert_refuses_to_replace_files() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("a.xlsx");
    convert(
        Some(MINIMAL),
        &repo("tests/fixtures/answers/minimal.yaml"),
        &xlsx,
    );
    let before = std::fs::read(&xlsx).unwrap();
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "convert",
        "tests/fixtures/answers/minimal.yaml",
        path_str(&xlsx),
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "error: {}: already exists; use --force to replace it\n",
            xlsx.display()
        )
    );
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "convert",
        "--force",
        path_str(&xlsx),
        path_str(&xlsx),
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("is an input of this command"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read(&xlsx).unwrap(), before);
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "convert",
        path_str(&xlsx),
        "out.ods",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("convert writes .xlsx workbooks"),
        "{}",
        r.stderr
    );
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "convert",
        path_str(&xlsx),
        "out.txt",
    ]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("must end in .xlsx"), "{}", r.stderr);
}

#[test]
fn every_reader_of_answers_reads_workbooks() {
    let dir = tempfile::tempdir().unwrap();
    let books: Vec<PathBuf> = NETWORK
        .iter()
        .map(|n| {
            let xlsx = dir.path().join(format!("{n}.xlsx"));
            convert(
                None,
                &repo(&format!("examples/network/2026/{n}.yaml")),
                &xlsx,
            );
            xlsx
        })
        .collect();
    let yamls: Vec<PathBuf> = NETWORK
        .iter()
        .map(|n| repo(&format!("examples/network/2026/{n}.yaml")))
        .collect();
    // Outputs name the files: compare them with the names replaced.
    let run = |args: &[&str], files: &[PathBuf]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(files.iter().map(|f| path_str(f)));
        let mut out = ok(&all).stdout;
        for (i, f) in files.iter().enumerate() {
            // JSON writes a Windows path's backslashes doubled.
            let in_json = serde_json::to_string(path_str(f)).unwrap();
            out = out
                .replace(&in_json[1..in_json.len() - 1], &format!("FILE{i}"))
                .replace(path_str(f), &format!("FILE{i}"));
        }
        // A line naming a file wraps where its path's length makes it.
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    // score, aggregate, report --aggregate: the same as from YAML.
    for args in [
        &["score"][..],
        &["score", "--format", "csv"],
        &["aggregate"],
        &["aggregate", "--format", "json"],
        &["report", "--aggregate", "-o", "-"],
    ] {
        assert_eq!(run(args, &books), run(args, &yamls), "{args:?}");
    }
    // report of one file: the same but for the hash of the file's bytes.
    let report = |f: &PathBuf| {
        run(&["report", "-o", "-"], std::slice::from_ref(f))
            .lines()
            .filter(|l| !l.contains("sha256"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(report(&books[0]), report(&yamls[0]));
    // compare, a workbook against a YAML file of the same member state.
    let earlier = repo("examples/network/2025/atlantis-coast.yaml");
    assert_eq!(
        run(&["compare"], &[books[0].clone(), earlier.clone()]),
        run(&["compare"], &[yamls[0].clone(), earlier])
    );
    // A folder: its workbooks (not the lock files Excel and LibreOffice
    // leave beside an open one).
    std::fs::write(dir.path().join("~$atlantis-coast.xlsx"), b"lock").unwrap();
    std::fs::write(dir.path().join(".~lock.borealia.xlsx#"), b"lock").unwrap();
    let r = ok(&["aggregate", "--format", "json", path_str(dir.path())]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["member_states"].as_array().unwrap().len(), 4);
}

#[test]
fn assess_and_migrate_edit_yaml_only() {
    let r = wen(&[
        "assess",
        "--answers",
        "examples/network/workbooks/borealia.xlsx",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: examples/network/workbooks/borealia.xlsx: `assess` edits YAML answer files only; convert the workbook first:\n  wen-assess convert examples/network/workbooks/borealia.xlsx examples/network/workbooks/borealia.yaml\n  wen-assess assess --answers examples/network/workbooks/borealia.yaml\n"
    );
    let r = wen(&["migrate", "atlantis.ods"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: atlantis.ods: no such file (and `migrate` edits YAML answer files only)\n"
    );
    let r = wen(&["migrate", "examples/network/workbooks/borealia.xlsx"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: examples/network/workbooks/borealia.xlsx: `migrate` edits YAML answer files only; convert the workbook first:\n  wen-assess convert examples/network/workbooks/borealia.xlsx examples/network/workbooks/borealia.yaml\n  wen-assess migrate examples/network/workbooks/borealia.yaml\n"
    );
}

#[test]
fn workbooks_of_other_guidelines_and_versions_follow_the_yaml_rules() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.xlsx");
    let other = dir.path().join("other.xlsx");
    // A workbook that records an older version, as one made before the
    // guideline changed would (`convert` would carry the answers forward).
    let text = std::fs::read_to_string(repo("tests/fixtures/answers/old-version.yaml")).unwrap();
    let (answers, _) = answers::parse_answers(&text, "old-version.yaml").unwrap();
    let minimal = std::fs::read_to_string(repo(MINIMAL)).unwrap();
    let g = wen_assess::model::parse_guideline(&minimal, MINIMAL).unwrap();
    assert_ne!(answers.guideline_version, g.version);
    std::fs::write(&old, answers::write_workbook(&g, &answers, "en").unwrap()).unwrap();
    convert(None, &repo("examples/establishing-example.yaml"), &other);
    // Another version: scored, with the warning, like the YAML file.
    let r = ok(&[
        "--guidelines",
        MINIMAL,
        "score",
        "--format",
        "csv",
        path_str(&old),
    ]);
    let y = ok(&[
        "--guidelines",
        MINIMAL,
        "score",
        "--format",
        "csv",
        "tests/fixtures/answers/old-version.yaml",
    ]);
    assert_eq!(
        r.stdout.replace(path_str(&old), "F"),
        y.stdout
            .replace("tests/fixtures/answers/old-version.yaml", "F")
    );
    for run in [&r, &y] {
        assert!(
            run.stderr
                .contains("warning[guideline-version]: answers were given against `minimal`"),
            "{}",
            run.stderr
        );
    }
    // Another guideline in a network: refused, naming both files.
    let atlantis = dir.path().join("atlantis.xlsx");
    convert(
        None,
        &repo("examples/network/2026/atlantis-coast.yaml"),
        &atlantis,
    );
    let r = wen(&["aggregate", path_str(&atlantis), path_str(&other)]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("aggregate needs one guideline")
            && r.stderr.contains(path_str(&atlantis)),
        "{}",
        r.stderr
    );
}

#[test]
fn a_workbook_in_french_is_read_by_anyone() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("fr.xlsx");
    let r = ok(&[
        "--lang",
        "fr",
        "template",
        "-g",
        "strengthening",
        "--date",
        "2026-11-23",
        "-o",
        path_str(&xlsx),
    ]);
    assert!(r.stdout.contains("écrit (38 critères"), "{}", r.stdout);
    let workbook = part(&xlsx, "xl/workbook.xml");
    for sheet in ["Instructions", "Réponses", "Atelier"] {
        assert!(
            workbook.contains(&format!("name=\"{sheet}\"")),
            "{workbook}"
        );
    }
    let strings = part(&xlsx, "xl/sharedStrings.xml");
    for text in [
        "Ce que signifie chaque niveau",
        "Justificatifs (un par ligne)",
        "3 Établi",
    ] {
        assert!(strings.contains(text), "{text}");
    }
    // Read without --lang, in an English environment.
    let r = ok(&["score", "--format", "csv", path_str(&xlsx)]);
    assert!(r.stdout.contains(",overall,,,,,0,0,38,38"), "{}", r.stdout);
}

/// Levels as people and scripts type them, and the YAML they mean.
const TYPED: &[(&str, &str, &str)] = &[
    // (criterion, level as JSON for openpyxl, level in YAML)
    ("membership.active-members", "3", "3"),
    ("membership.agency-breadth", "2.0", "2"),
    ("membership.national-task-forces", "\"4\"", "4"),
    ("membership.focal-point-continuity", "\"2 Developing\"", "2"),
    ("membership.contact-directory", "\"Established\"", "3"),
    ("membership.role-awareness", "\"1 - Initial\"", "1"),
    ("membership.working-languages", "\"N/A\"", "na"),
    ("governance.mandate", "\"3 Établi\"", "3"),
    ("governance.meetings", "\"na\"", "na"),
    ("governance.secretariat-staffing", "\" 0 \"", "0"),
    ("finance.core-funding", "\"avanzado\"", "4"),
];

/// The answers of [`TYPED`] with notes, evidence, reasons, targets,
/// findings and participants, as a spec for `fill_workbook.py` and as the
/// YAML answer file that says the same.
fn filled(header_date: &str) -> (serde_json::Value, String) {
    let mut spec = serde_json::json!({
        "header": {
            "Network": "Example Regional WEN",
            "Region": "A fictional coast",
            "Country": "Atlantis Coast",
            "Respondent": "Tariq Example",
            "Role": "National focal point",
            "Date": header_date,
        },
        "answers": {},
        "targets": {"finance": 4},
        "findings": {"finance": {"strengths": "Host pays the secretariat", "challenges": "No donor", "priorities": "-1 donor; SUM(A1) = text"}},
        "participants": [["A. One", "Customs", "Atlantis Coast"], ["B. Two", "Police", "Atlantis Coast"]],
    });
    let mut yaml = String::from(
        "format: 1\nguideline: strengthening\nguideline-version: 1.2.0\nnetwork: {name: Example Regional WEN, region: A fictional coast}\nrespondent: {name: Tariq Example, role: National focal point, country: Atlantis Coast}\ndate: \"2026-11-23\"\nlanguage: en\nscope: network\ntargets: {finance: 4}\nparticipants:\n  - {name: A. One, agency: Customs, country: Atlantis Coast}\n  - {name: B. Two, agency: Police, country: Atlantis Coast}\nfindings:\n  finance: {strengths: Host pays the secretariat, challenges: No donor, priorities: \"-1 donor; SUM(A1) = text\"}\nanswers:\n",
    );
    for (i, (id, typed, level)) in TYPED.iter().enumerate() {
        let mut answer =
            serde_json::json!({"level": serde_json::from_str::<serde_json::Value>(typed).unwrap()});
        yaml.push_str(&format!("  {id}:\n    level: {level}\n"));
        if *level == "na" {
            answer["reason"] = "Not relevant here".into();
            yaml.push_str("    reason: Not relevant here\n");
        }
        if i % 2 == 0 {
            answer["note"] = format!("Note {i}: +1; =A1; 2026-03-04").into();
            yaml.push_str(&format!("    note: \"Note {i}: +1; =A1; 2026-03-04\"\n"));
        }
        if i % 3 == 0 {
            answer["evidence"] = "minutes-2026.pdf\nhttps://example.org/report".into();
            yaml.push_str("    evidence: [minutes-2026.pdf, \"https://example.org/report\"]\n");
        }
        spec["answers"][id] = answer;
    }
    (spec, yaml)
}

/// Fills the strengthening template with openpyxl.
fn fill_template(dir: &Path, spec: &serde_json::Value) -> PathBuf {
    let template = dir.join("template.xlsx");
    ok(&[
        "template",
        "-g",
        "strengthening",
        "--date",
        "2026-01-01",
        "-o",
        path_str(&template),
    ]);
    let spec_path = dir.join("spec.json");
    std::fs::write(&spec_path, spec.to_string()).unwrap();
    let filled = dir.join("filled.xlsx");
    let out = Command::new(python())
        .arg(repo("tests/cli/fill_workbook.py"))
        .args([&template, &filled, &spec_path])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "fill_workbook.py: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    filled
}

#[test]
#[ignore = "needs python3 with openpyxl (CI runs it)"]
fn openpyxl_fills_the_template_as_a_script_would() {
    let dir = tempfile::tempdir().unwrap();
    let (spec, yaml) = filled("2026-11-23");
    let xlsx = fill_template(dir.path(), &spec);
    let answers = dir.path().join("answers.yaml");
    std::fs::write(&answers, &yaml).unwrap();
    // Rows reversed, a column added, a remark below the table: the same scores.
    assert_eq!(scores(None, &[&xlsx]), scores(None, &[&answers]));
    let back = dir.path().join("back.yaml");
    convert(None, &xlsx, &back);
    assert_eq!(
        content(&std::fs::read_to_string(&back).unwrap()),
        content(&yaml)
    );
}

#[test]
#[ignore = "needs LibreOffice, python3 with openpyxl and poppler-utils (CI runs it)"]
fn libreoffice_saves_opens_and_prints_the_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let (spec, yaml) = filled("2026-11-23");
    let xlsx = fill_template(dir.path(), &spec);
    let answers = dir.path().join("answers.yaml");
    std::fs::write(&answers, &yaml).unwrap();
    let expected = scores(None, &[&answers]);
    // Saved as .ods by LibreOffice, then as .xlsx again.
    let ods_dir = dir.path().join("ods");
    soffice("ods", &xlsx, &ods_dir);
    let ods = ods_dir.join("filled.ods");
    assert_eq!(scores(None, &[&ods]), expected);
    let xlsx_dir = dir.path().join("xlsx");
    soffice("xlsx:Calc MS Excel 2007 XML", &ods, &xlsx_dir);
    let resaved = xlsx_dir.join("filled.xlsx");
    assert_eq!(scores(None, &[&resaved]), expected);
    for book in [&ods, &resaved] {
        let back = dir.path().join("back.yaml");
        let _ = std::fs::remove_file(&back);
        convert(None, book, &back);
        assert_eq!(
            content(&std::fs::read_to_string(&back).unwrap()),
            content(&yaml),
            "{}",
            book.display()
        );
    }
    // Printed: the template as a PDF, read back and its Answers page drawn.
    let pdf_dir = dir.path().join("pdf");
    let template = dir.path().join("template.xlsx");
    soffice("pdf", &template, &pdf_dir);
    let pdf = pdf_dir.join("template.pdf");
    let text = super::pdf_text(&pdf);
    for needed in [
        "How to fill in this workbook",
        "What each level means",
        "Active participation",
        "0 Absent:",
        "Findings agreed per area",
    ] {
        assert!(
            text.contains(needed),
            "{needed} missing from the printed workbook"
        );
    }
    let info = super::pdf_tool("pdfinfo", &["-f", "2", "-l", "2"], &pdf);
    assert!(
        info.contains("841.89 x 595.") || info.contains("842 x 595"),
        "the Answers sheet prints landscape:\n{info}"
    );
    let png = pdf_dir.join("answers");
    let out = programs::output(
        Command::new("pdftoppm")
            .args(["-png", "-r", "40", "-f", "2", "-l", "2", "-singlefile"])
            .arg(&pdf)
            .arg(&png),
    );
    programs::assert_success("pdftoppm", &out);
    assert!(std::fs::metadata(png.with_extension("png")).unwrap().len() > 1000);
}

/// Every part of a workbook, by name, with its bytes once inflated. The
/// zip archive around them records the system that wrote it (Unix or
/// Windows), so two systems write the same parts into different bytes.
fn parts(xlsx: &Path) -> Vec<(String, Vec<u8>)> {
    let Ok(file) = std::fs::File::open(xlsx) else {
        return Vec::new();
    };
    let mut zip = zip::ZipArchive::new(file).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
            (entry.name().unwrap().to_string(), bytes)
        })
        .collect()
}

/// The filled workbooks of the example network are the examples' answers
/// (the network report made from them is checked with the other examples,
/// in `report.rs`).
#[test]
fn the_example_workbooks_are_up_to_date() {
    const OUT_OF_DATE: &str = "run scripts/update-examples.sh, read the diff and commit it";
    let dir = tempfile::tempdir().unwrap();
    for n in NETWORK {
        let made = dir.path().join(format!("{n}.xlsx"));
        convert(
            None,
            &repo(&format!("examples/network/2026/{n}.yaml")),
            &made,
        );
        let committed = repo(&format!("examples/network/workbooks/{n}.xlsx"));
        assert!(
            parts(&committed) == parts(&made),
            "{} is out of date: {OUT_OF_DATE}",
            committed.display()
        );
    }
}

#[test]
fn long_texts_keep_or_say_why_not() {
    let dir = tempfile::tempdir().unwrap();
    // Kept entries longer than a cell holds are spread over several cells
    // of the hidden sheet, and come back whole.
    let long = "kept ".repeat(15_000);
    let yaml = dir.path().join("long.yaml");
    std::fs::write(
        &yaml,
        format!("format: 1\nguideline: minimal\nguideline-version: 1.0.0\nappendix: \"{long}\"\nanswers:\n  governance.mandate: {{level: 3}}\n"),
    )
    .unwrap();
    let xlsx = dir.path().join("long.xlsx");
    let back = dir.path().join("back.yaml");
    convert(Some(MINIMAL), &yaml, &xlsx);
    assert!(
        part(&xlsx, "xl/sharedStrings.xml")
            .matches("kept kept")
            .count()
            >= 2
    );
    convert(Some(MINIMAL), &xlsx, &back);
    assert_eq!(
        content(&std::fs::read_to_string(&back).unwrap()),
        content(&std::fs::read_to_string(&yaml).unwrap())
    );
    // A note longer than a cell holds cannot go into a workbook: say so.
    let note = "x".repeat(40_000);
    std::fs::write(
        &yaml,
        format!("format: 1\nguideline: minimal\nanswers:\n  governance.mandate: {{level: 3, note: \"{note}\"}}\n"),
    )
    .unwrap();
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "convert",
        "--force",
        path_str(&yaml),
        path_str(&xlsx),
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "error: {}: the note on `governance.mandate` has 40000 characters, more than the 32,767 a spreadsheet cell holds; shorten it first\n",
            yaml.display()
        )
    );
}

#[test]
fn one_mistyped_id_is_a_warning_on_its_row_not_another_guideline() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = dir.path().join("typo.yaml");
    std::fs::write(
        &yaml,
        "format: 1\nguideline: strengthening\nguideline-version: 1.1.0\nnetwork: {name: Example Regional WEN}\nanswers:\n  membership.typo: {level: 2}\n",
    )
    .unwrap();
    let xlsx = dir.path().join("typo.xlsx");
    convert(None, &yaml, &xlsx);
    let r = wen(&["score", "--format", "csv", path_str(&xlsx)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!(
            "{}:Answers!B45: warning[unknown-criterion]: `membership.typo` is not a criterion of `strengthening` 1.2.0; the answer is kept but not scored\n",
            xlsx.display()
        )
    );
}

#[test]
#[ignore = "needs python3 with openpyxl (CI runs it)"]
fn a_forged_participant_number_in_the_hidden_sheet_costs_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("everything.xlsx");
    convert(Some(MINIMAL), &repo(EVERYTHING), &xlsx);
    // The kept entries name participant 4,000,000,000: a list that long
    // would need hundreds of gigabytes.
    let script = r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["wen-assess"]
ws["B5"] = 'participants:\n  "4000000000":\n    email: x@example.org\n'
wb.save(sys.argv[1])
"#;
    openpyxl_edit(script, &xlsx);
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "score",
        "--format",
        "csv",
        path_str(&xlsx),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            ":'wen-assess'!B5: warning[unknown-key]: le participant `4000000000` de la feuille masquée n’est pas un participant de ce classeur ; ses entrées ne sont pas utilisées"
        ),
        "{}",
        r.stderr
    );
}

#[test]
#[ignore = "needs python3 with openpyxl (CI runs it)"]
fn a_blank_template_whose_hidden_sheet_names_another_guideline_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("blank.xlsx");
    ok(&["template", "-g", "strengthening", "-o", path_str(&xlsx)]);
    let script = r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["wen-assess"]["B2"] = "establishing"
wb.save(sys.argv[1])
"#;
    openpyxl_edit(script, &xlsx);
    let r = wen(&["score", path_str(&xlsx)]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "{}:'wen-assess'!B2: error[guideline-mismatch]: 24 of the 38 rows (`membership.active-members`, ...) are not criteria of guideline `establishing` 1.2.0, which the hidden sheet names: the rows come from another workbook, or the hidden sheet was changed\n1 of 1 file could not be scored\n",
            xlsx.display()
        )
    );
}
