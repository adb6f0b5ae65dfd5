//! Hostile and broken answer files: each gives a clear error naming the file
//! (and the position where there is one), exit 2, no panic, no hang.

use std::io::Write;

use super::{MINIMAL, wen};

fn score(path: &std::path::Path) -> super::Run {
    wen(&["--guidelines", MINIMAL, "score", path.to_str().unwrap()])
}

fn first_line(r: &super::Run) -> &str {
    r.stderr.lines().next().unwrap_or("")
}

/// Every file in `tests/fixtures/hostile/` gives the message in its
/// snapshot (`snapshots/cli__hostile__every_hostile_answer_file@<name>.yaml.snap`)
/// on standard error, exit 2, nothing on standard output, quickly.
#[test]
fn every_hostile_answer_file() {
    let dir = super::repo("tests/fixtures/hostile");
    let files = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "yaml")
        })
        .count();
    assert!(files >= 25, "{files} hostile files");
    let root = super::repo("").canonicalize().unwrap();
    insta::glob!("../fixtures/hostile", "*.yaml", |path| {
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
        // Generous for a debug build on a busy machine; a hang never ends.
        assert!(
            started.elapsed().as_secs() < 10,
            "{rel} took {:?}",
            started.elapsed()
        );
        assert_eq!(r.code, 2, "{rel}: {}", r.stderr);
        assert_eq!(r.stdout, "", "{rel}");
        assert!(!r.stderr.contains("panicked"), "{rel}: {}", r.stderr);
        assert!(r.stderr.contains(rel), "{rel}: the message names the file");
        insta::with_settings!({
            description => format!("wen-assess --guidelines {MINIMAL} score {rel}"),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(r.stderr);
        });
    });
}

#[test]
fn folders_and_missing_files() {
    let dir = tempfile::tempdir().unwrap();
    let r = score(&dir.path().join("missing.yaml"));
    assert_eq!(r.code, 2);
    assert!(
        first_line(&r).ends_with("missing.yaml: cannot read: no such file"),
        "{}",
        r.stderr
    );
    // A folder is scored file by file, as `validate` does.
    let r = score(dir.path());
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("no answer files (*.yaml, *.yml) in this folder"),
        "{}",
        r.stderr
    );
    std::fs::copy(
        super::repo("tests/fixtures/answers/minimal.yaml"),
        dir.path().join("a.yaml"),
    )
    .unwrap();
    std::fs::copy(
        super::repo("tests/fixtures/answers/minimal.yaml"),
        dir.path().join("b.yml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not scored").unwrap();
    let r = score(dir.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.matches("minimal 1.0.0").count(), 2, "{}", r.stdout);
}

#[test]
fn a_200_mb_file_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let f = std::fs::File::create(&path).unwrap();
    // Sparse: takes no disk space, but reports 200 MB.
    f.set_len(200 * 1024 * 1024).unwrap();
    let r = score(&path);
    assert_eq!(r.code, 2);
    assert_eq!(
        first_line(&r),
        format!(
            "error: {}: file is 209715200 bytes, more than the limit of 8388608 bytes",
            path.display()
        )
    );
    let r = wen(&["validate", path.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("more than the limit of 8388608 bytes"));
}

#[test]
fn a_file_just_under_the_limit_is_parsed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long-note.yaml");
    let mut f = std::fs::File::create(&path).unwrap();
    // Notes just under the length limit, kept under ids the guideline does
    // not have, fill the file to just under the size limit.
    let note = "word ".repeat(19_990);
    write!(
        f,
        "format: 1\nguideline: minimal\nanswers:\n  governance.mandate:\n    level: 2\n"
    )
    .unwrap();
    for i in 0..83 {
        write!(f, "  kept.note-{i}:\n    note: \"{note}\"\n").unwrap();
    }
    drop(f);
    let size = std::fs::metadata(&path).unwrap().len();
    assert!((8_000_000..8_388_608).contains(&size), "{size}");
    let r = score(&path);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("│ Governance ┆      2.0"), "{}", r.stdout);
}
