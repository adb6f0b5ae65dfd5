//! The hardening issue, case by case: no command writes over its inputs or
//! replaces a special file, nothing blocks on a FIFO, typed text keeps what
//! was typed and never acts on a terminal, a Markdown renderer or a
//! spreadsheet, and a country counts once.

use std::path::{Path, PathBuf};
use std::process::Command;
// For the FIFO and device tests, which are Unix only.
#[cfg(unix)]
use std::process::Stdio;
#[cfg(unix)]
use std::time::{Duration, Instant};

use super::{MINIMAL, repo, wen};

fn minimal_answers(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(repo("tests/fixtures/answers/minimal.yaml"), &path).unwrap();
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

// ------------------------------------------------------------- no data loss

#[test]
fn a_report_never_replaces_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    let a = minimal_answers(dir.path(), "a.yaml");
    let before = std::fs::read(&a).unwrap();
    for format in ["md", "pdf"] {
        let r = wen(&[
            "--guidelines",
            MINIMAL,
            "report",
            s(&a),
            "--format",
            format,
            "-o",
            s(&a),
        ]);
        assert_eq!(r.code, 2, "{format}: {}", r.stderr);
        assert_eq!(
            r.stderr,
            format!(
                "error: {0}: is an input of this command; refusing to write over it, choose another output file\n",
                a.display()
            )
        );
        assert_eq!(std::fs::read(&a).unwrap(), before);
    }
    // The same file under another name: a symlink and a hard link.
    #[cfg(unix)]
    {
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&a, &link).unwrap();
        let hard = dir.path().join("hard.md");
        std::fs::hard_link(&a, &hard).unwrap();
        for out in [&link, &hard] {
            let r = wen(&["--guidelines", MINIMAL, "report", s(&a), "-o", s(out)]);
            assert_eq!(r.code, 2, "{}", r.stderr);
            assert!(
                r.stderr.contains("is an input of this command"),
                "{}",
                r.stderr
            );
        }
        assert_eq!(std::fs::read(&a).unwrap(), before);
    }
    // The network report over one of its member files.
    let x = dir.path().join("x.yaml");
    let y = dir.path().join("y.yaml");
    std::fs::copy(repo("tests/fixtures/answers/network/aland.yaml"), &x).unwrap();
    std::fs::copy(repo("tests/fixtures/answers/network/bland.yaml"), &y).unwrap();
    let y_before = std::fs::read(&y).unwrap();
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "report",
        "--aggregate",
        s(&x),
        s(&y),
        "-o",
        s(&y),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("is an input of this command"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read(&y).unwrap(), y_before);
    // A guideline file loaded with --guidelines is an input too.
    let g = dir.path().join("g.yaml");
    std::fs::copy(repo(MINIMAL), &g).unwrap();
    let r = wen(&[
        "--guidelines",
        s(&g),
        "template",
        "--guideline",
        "minimal",
        "-o",
        s(&g),
        "--force",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(
        std::fs::read(&g).unwrap(),
        std::fs::read(repo(MINIMAL)).unwrap()
    );
}

#[cfg(unix)]
#[test]
fn special_files_are_written_through_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let a = minimal_answers(dir.path(), "a.yaml");
    // /dev/null stays a character device.
    let r = wen(&["--guidelines", MINIMAL, "report", s(&a), "-o", "/dev/null"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    // A FIFO with a reader gets the report and stays a FIFO.
    let fifo = dir.path().join("out.fifo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(&fifo).unwrap())
    };
    let r = wen(&["--guidelines", MINIMAL, "report", s(&a), "-o", s(&fifo)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let got = reader.join().unwrap();
    assert!(String::from_utf8_lossy(&got).starts_with("# Gap report: Test Network"));
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    // A null device made with mknod (root only, as in CI) stays a device.
    let dev = dir.path().join("null");
    if Command::new("mknod")
        .args([s(&dev), "c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|st| st.success())
    {
        let r = wen(&[
            "--guidelines",
            MINIMAL,
            "report",
            s(&a),
            "--format",
            "pdf",
            "-o",
            s(&dev),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            std::fs::metadata(&dev)
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }
}

#[test]
fn yaml_1_1_words_and_numbers_stay_text() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("no.yaml");
    std::fs::write(
        &a,
        "format: 1\nguideline: minimal\nguideline-version: 1.10\nnetwork: {name: Test Network, region: 0755}\nrespondent: {country: NO}\nanswers:\n  governance.mandate: {level: 2, note: yes, evidence: [on, 1e3, .5]}\n",
    )
    .unwrap();
    let r = wen(&["--guidelines", MINIMAL, "score", s(&a), "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"country\":\"NO\""), "{}", r.stdout);
    let r = wen(&["--guidelines", MINIMAL, "report", s(&a), "-o", "-"]);
    assert!(r.stdout.contains("| Region | 0755 |"), "{}", r.stdout);
    assert!(r.stdout.contains("| Respondent | NO |"), "{}", r.stdout);
    assert!(r.stdout.contains("- Note: yes\n"), "{}", r.stdout);
    assert!(
        r.stdout.contains("- Evidence: on; 1e3; .5\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains("answers were given against `minimal` 1.10"),
        "{}",
        r.stderr
    );
    // NO (Norway) and Off are two countries, not one "false".
    let b = dir.path().join("off.yaml");
    std::fs::write(
        &b,
        "format: 1\nguideline: minimal\nnetwork: {name: Test Network}\nrespondent: {country: Off}\nanswers:\n  governance.mandate: {level: 1}\n",
    )
    .unwrap();
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "aggregate",
        s(&a),
        s(&b),
        "--format",
        "json",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"country\": \"NO\""), "{}", r.stdout);
    assert!(r.stdout.contains("\"country\": \"Off\""), "{}", r.stdout);
}

// ------------------------------------------------------------------- hangs

#[cfg(unix)]
#[test]
fn a_fifo_as_input_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("answers.yaml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let a = minimal_answers(dir.path(), "a.yaml");
    let f = s(&fifo);
    let cases: Vec<Vec<&str>> = vec![
        vec!["--guidelines", MINIMAL, "score", f],
        vec!["validate", f],
        vec!["--guidelines", MINIMAL, "report", f, "-o", "-"],
        vec!["--guidelines", MINIMAL, "compare", s(&a), f],
        vec!["--guidelines", MINIMAL, "aggregate", s(&a), f],
        vec!["--guidelines", f, "guidelines"],
    ];
    for args in cases {
        let started = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_wen-assess"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if started.elapsed() > Duration::from_secs(10) {
                let _ = child.kill();
                panic!("{args:?} blocked on the FIFO");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&format!("{f}: is a FIFO (named pipe), not a regular file")),
            "{args:?}: {stderr}"
        );
    }
}

// --------------------------------------------------------------- injection

#[test]
fn control_characters_are_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.yaml");
    std::fs::write(
        &a,
        "format: 1\nguideline: minimal\nnetwork: {name: \"Net\\e]0;pwned\\a\\ecwork\"}\nrespondent: {country: \"Aland\\r\\nForged line \\u202Ereversed\"}\nanswers:\n  governance.mandate: {level: 2}\n",
    )
    .unwrap();
    // compare takes two assessments, not one file twice.
    let b = dir.path().join("b.yaml");
    std::fs::copy(&a, &b).unwrap();
    for args in [
        vec!["--guidelines", MINIMAL, "score", s(&a)],
        vec!["--guidelines", MINIMAL, "aggregate", s(&a)],
        vec!["--guidelines", MINIMAL, "compare", s(&a), s(&b)],
    ] {
        let r = wen(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        let all = format!("{}{}", r.stdout, r.stderr);
        assert!(!all.contains('\u{1b}'), "{args:?}: raw ESC in {all:?}");
        assert!(!all.contains('\r'), "{args:?}: raw CR in {all:?}");
        assert!(!all.contains('\u{202e}'), "{args:?}: raw U+202E in {all:?}");
        assert!(
            !all.contains("\nForged line"),
            "{args:?}: forged line in {all}"
        );
    }
    let r = wen(&["--guidelines", MINIMAL, "score", s(&a)]);
    assert!(
        r.stdout.contains("Net\\e]0;pwned\\u{7}\\ecwork"),
        "{}",
        r.stdout
    );
    // A file name with an escape sequence, in an error message.
    let evil = dir.path().join("evil\u{1b}[2J.yaml");
    let r = wen(&["score", s(&evil)]);
    assert_eq!(r.code, 2);
    assert!(!r.stderr.contains('\u{1b}'), "{:?}", r.stderr);
    // Windows refuses such a name outright (an invalid name), where Unix
    // finds no such file; either way the name is shown escaped.
    let why = if cfg!(windows) { "" } else { "no such file" };
    assert!(
        r.stderr
            .contains(&format!("evil\\e[2J.yaml: cannot read: {why}")),
        "{:?}",
        r.stderr
    );
}

#[test]
#[ignore = "needs python3 with cmarkgfm (CI runs it)"]
fn nothing_typed_becomes_a_link_in_github_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.yaml");
    std::fs::write(
        &a,
        "format: 1\nguideline: minimal\nnetwork: {name: \"www.evil.example\", region: \"https://evil.example/r\"}\nrespondent: {name: \"boss@evil.example\", country: \"mailto:x@evil.example\"}\nanswers:\n  governance.mandate:\n    level: 2\n    note: \"see https://evil.example/a, www.evil.example, ftp://evil.example, xmpp:me@evil.example <https://evil.example/b> ![i](https://evil.example/i.png) <b>bold</b>\"\n    evidence: [\"http://evil.example/e\", \"WWW.EVIL.EXAMPLE\", \"x@evil.example\"]\n",
    )
    .unwrap();
    let r = wen(&["--guidelines", MINIMAL, "report", s(&a), "-o", "-"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = super::github_markdown(&r.stdout);
    // The only links are the guideline's own references.
    let links: Vec<&str> = html
        .match_indices("href=\"")
        .map(|(i, _)| {
            let rest = &html[i + 6..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert_eq!(links, ["https://example.org/guide"], "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(
        html.contains("see https://evil.example/a, www.evil.example"),
        "{html}"
    );
}

#[test]
fn csv_cells_never_run_as_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("=cmd.yaml");
    std::fs::write(
        &a,
        "format: 1\nguideline: minimal\nnetwork: {name: Test Network}\nrespondent: {country: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"click\\\")\"}\nanswers:\n  governance.mandate: {level: 2}\n",
    )
    .unwrap();
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "aggregate",
        s(&a),
        "--format",
        "csv",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout
            .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""),
        "{}",
        r.stdout
    );
    for line in r.stdout.lines() {
        for cell in line.split(',') {
            assert!(
                !cell.trim_start_matches('"').starts_with(['=', '+', '@']),
                "{line}"
            );
        }
    }
    // A file name given as typed, from its own folder.
    let out = Command::new(env!("CARGO_BIN_EXE_wen-assess"))
        .args([
            "--guidelines",
            s(&repo(MINIMAL)),
            "score",
            "=cmd.yaml",
            "--format",
            "csv",
        ])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("\n'=cmd.yaml,Test Network,"), "{stdout}");
}

// ----------------------------------------------------------- wrong results

#[test]
fn a_file_given_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = minimal_answers(dir.path(), "a.yaml");
    let dotted = format!("{}/./a.yaml", dir.path().display());
    let r = wen(&["--guidelines", MINIMAL, "aggregate", s(&a), &dotted]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(
        r.stderr,
        format!(
            "error: {dotted} is given twice (also as {}); each member state counts once\n",
            a.display()
        )
    );
}

// -------------------------------------------------------- clear messages

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_on_standard_output_is_said() {
    let out = Command::new(env!("CARGO_BIN_EXE_wen-assess"))
        .args([
            "--guidelines",
            MINIMAL,
            "report",
            "tests/fixtures/answers/minimal.yaml",
            "-o",
            "-",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: standard output: cannot write: no space left on the device\n"
    );
}
