//! Hardening, round 3: the edges of every write path and every reader.
//! Outputs found over inputs through folders, everything written read back,
//! comments never dropped, locks and temporary files that are never someone
//! else's, bounded messages and limits, levels and evidence read one way,
//! names compared as people read them. Each case has its siblings here.

use std::path::Path;

use super::{MINIMAL, repo, wen};

/// A folder of two member-state answer files, one of them a workbook.
fn member_folder(dir: &Path) -> std::path::PathBuf {
    let agg = dir.join("agg");
    std::fs::create_dir(&agg).unwrap();
    for (from, name) in [
        ("2026", "borealia.yaml"),
        ("workbooks", "costa-serena.xlsx"),
        ("2026", "atlantis-coast.yaml"),
    ] {
        std::fs::copy(
            repo(&format!("examples/network/{from}/{name}")),
            agg.join(name),
        )
        .unwrap();
    }
    agg
}

#[test]
fn no_output_replaces_a_file_read_from_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let agg = member_folder(dir.path());
    let before_yaml = std::fs::read(agg.join("borealia.yaml")).unwrap();
    let before_xlsx = std::fs::read(agg.join("costa-serena.xlsx")).unwrap();
    let folder = agg.to_str().unwrap().to_string();
    let slashed = format!("{folder}/");
    for given in [folder.as_str(), slashed.as_str()] {
        for (output, format) in [("borealia.yaml", "md"), ("costa-serena.xlsx", "pdf")] {
            let out = agg.join(output);
            let r = wen(&[
                "report",
                "--aggregate",
                given,
                "--format",
                format,
                "-o",
                out.to_str().unwrap(),
            ]);
            assert_eq!(r.code, 2, "{}", r.stderr);
            assert_eq!(
                r.stderr,
                format!(
                    "error: {}: is an input of this command; refusing to write over it, choose another output file\n",
                    out.display(),
                ),
                "given {given}"
            );
        }
    }
    assert_eq!(
        std::fs::read(agg.join("borealia.yaml")).unwrap(),
        before_yaml
    );
    assert_eq!(
        std::fs::read(agg.join("costa-serena.xlsx")).unwrap(),
        before_xlsx
    );
    // A new file in the folder is fine (the default network report goes there).
    let r = wen(&[
        "report",
        "--aggregate",
        &folder,
        "-o",
        agg.join("network.md").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn no_output_replaces_a_guideline_of_a_guidelines_folder() {
    let dir = tempfile::tempdir().unwrap();
    let gdir = dir.path().join("g");
    std::fs::create_dir(&gdir).unwrap();
    std::fs::copy(repo(MINIMAL), gdir.join("minimal.yaml")).unwrap();
    let before = std::fs::read(gdir.join("minimal.yaml")).unwrap();
    let answers = dir.path().join("a.yaml");
    std::fs::copy(repo("tests/fixtures/answers/minimal.yaml"), &answers).unwrap();
    for target in [gdir.join("minimal.yaml"), dir.path().join("link.yaml")] {
        if target.ends_with("link.yaml") {
            std::os::unix::fs::symlink(gdir.join("minimal.yaml"), &target).unwrap();
        }
        for args in [
            vec![
                "report",
                answers.to_str().unwrap(),
                "-o",
                target.to_str().unwrap(),
            ],
            vec![
                "template",
                "--guideline",
                "minimal",
                "--force",
                "-o",
                target.to_str().unwrap(),
            ],
            vec![
                "convert",
                answers.to_str().unwrap(),
                "--force",
                target.to_str().unwrap(),
            ],
        ] {
            let mut all = vec!["--guidelines", gdir.to_str().unwrap()];
            all.extend(args.iter().copied());
            let r = wen(&all);
            assert_eq!(r.code, 2, "{:?}: {}", args, r.stderr);
            assert!(
                r.stderr.contains("is an input of this command"),
                "{:?}: {}",
                args,
                r.stderr
            );
        }
    }
    assert_eq!(std::fs::read(gdir.join("minimal.yaml")).unwrap(), before);
}

#[test]
fn every_character_a_yaml_stream_forbids_is_written_escaped_and_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("t.yaml");
    let odd =
        "A\u{7f}B\u{80}C\u{85}D\u{92}E\u{9f}F\u{fffe}G\u{ffff}H\u{2028}I\u{feff}J\u{1}K\"L\\M";
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "template",
        "--guideline",
        "minimal",
        "--network",
        odd,
        "--country",
        odd,
        "-o",
        t.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&t).unwrap();
    assert!(
        text.contains(
            r#"name: "A\x7FB\x80C\x85D\x92E\x9FF\uFFFEG\uFFFFH\u2028I\uFEFFJ\x01K\"L\\M""#
        ),
        "{text}"
    );
    let (back, _) = wen_assess::answers::load_answers(&t).unwrap();
    assert_eq!(back.network.name, odd);
    assert_eq!(back.respondent.country, odd);
    let r = wen(&["--guidelines", MINIMAL, "score", t.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Through a workbook and back to YAML: the same text.
    let x = dir.path().join("t.xlsx");
    let y = dir.path().join("back.yaml");
    for (from, to) in [(&t, &x), (&x, &y)] {
        let r = wen(&[
            "--guidelines",
            MINIMAL,
            "convert",
            from.to_str().unwrap(),
            to.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let (back, _) = wen_assess::answers::load_answers(&y).unwrap();
    assert_eq!(
        back.network.name.replace('\u{1}', ""),
        odd.replace('\u{1}', "")
    );
}

#[test]
fn a_flow_mapping_file_with_comments_is_never_rewritten_without_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("flow.yaml");
    let text = "# the Example WEN, agreed in May\n{format: 1, guideline: minimal, guideline-version: 0.9.0, answers: {governance.mandate: {level: 2}}}  # tail\n";
    std::fs::write(&path, text).unwrap();
    let r = wen(&["--guidelines", MINIMAL, "migrate", path.to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(
        r.stderr,
        format!(
            "error: {}:1:1: the file is written as one `{{...}}` mapping with comments, and writing it afresh would lose the comments; wen-assess reads such a file but does not rewrite it. Write it in the plain `key: value` form of the template, then try again; the file is unchanged\n",
            path.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    // Without a comment, nothing is lost: written afresh.
    let plain = "{format: 1, guideline: minimal, guideline-version: 0.9.0, answers: {governance.mandate: {level: 2}}}\n";
    std::fs::write(&path, plain).unwrap();
    let r = wen(&["--guidelines", MINIMAL, "migrate", path.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (back, _) = wen_assess::answers::load_answers(&path).unwrap();
    assert_eq!(back.answers.len(), 1);
    // A `#` inside a text is not a comment.
    let hash = "{format: 1, guideline: minimal, guideline-version: 0.9.0, network: {name: \"WEN #1\"}, answers: {}}\n";
    std::fs::write(&path, hash).unwrap();
    let r = wen(&["--guidelines", MINIMAL, "migrate", path.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_temporary_file_of_another_process_is_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.yaml");
    std::fs::copy(repo("tests/fixtures/answers/minimal.yaml"), &path).unwrap();
    // Names the old scheme (`.NAME.PID.tmp`) would have used, for any PID:
    // another container's files, which it must neither hit nor delete.
    for pid in 1..200 {
        std::fs::write(dir.path().join(format!(".a.yaml.{pid}.tmp")), "theirs").unwrap();
    }
    let out = dir.path().join("out.yaml");
    std::fs::write(&out, "old").unwrap();
    for _ in 0..3 {
        let r = wen(&[
            "--guidelines",
            MINIMAL,
            "convert",
            path.to_str().unwrap(),
            "--force",
            out.to_str().unwrap(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let r = wen(&["--guidelines", MINIMAL, "migrate", path.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    for pid in 1..200 {
        assert_eq!(
            std::fs::read_to_string(dir.path().join(format!(".a.yaml.{pid}.tmp"))).unwrap(),
            "theirs"
        );
    }
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with('.') && !n.starts_with(".a.yaml."))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn no_lock_file_is_left_behind_by_migrate_whatever_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.yaml");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let folder = dir.path().join("folder.yaml");
    std::fs::create_dir(&folder).unwrap();
    let good = dir.path().join("good.yaml");
    std::fs::copy(repo("tests/fixtures/answers/minimal.yaml"), &good).unwrap();
    let cases = [
        (dir.path().join("missing.yaml"), 2, "no such file"),
        (
            fifo.clone(),
            2,
            "is a FIFO (named pipe), not a regular file",
        ),
        (folder.clone(), 2, "is a folder, expected a file"),
        (good.clone(), 0, ""),
    ];
    for (path, code, message) in cases {
        let r = wen(&["--guidelines", MINIMAL, "migrate", path.to_str().unwrap()]);
        assert_eq!(r.code, code, "{}: {}", path.display(), r.stderr);
        assert!(
            r.stderr.contains(message),
            "{}: {}",
            path.display(),
            r.stderr
        );
    }
    let locks: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".lock"))
        .collect();
    assert!(locks.is_empty(), "{locks:?}");
}

use std::process::Command;

/// An answer file for the minimal guideline with `body` under `answers:`.
fn answers_file(dir: &Path, body: &str) -> std::path::PathBuf {
    let path = dir.join("x.yaml");
    std::fs::write(
        &path,
        format!("format: 1\nguideline: minimal\nanswers:\n{body}"),
    )
    .unwrap();
    path
}

fn score_of(path: &Path) -> super::Run {
    wen(&["--guidelines", MINIMAL, "score", path.to_str().unwrap()])
}

#[test]
fn a_huge_value_is_cut_in_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let huge = "x".repeat(7_000_000);
    let path = answers_file(
        dir.path(),
        &format!("  governance.mandate:\n    level: {huge}\n"),
    );
    let r = score_of(&path);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "{}:5:12: error[invalid-level]: level of `governance.mandate` must be 0, 1, 2, 3, 4 or na, found `{}…`\n1 of 1 file could not be scored\n",
            path.display(),
            "x".repeat(80)
        )
    );
    let key = "k".repeat(1_000_000);
    let path = answers_file(dir.path(), &format!("  {key}:\n    level: 2\n"));
    let r = score_of(&path);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.len() < 400, "{}", r.stderr.len());
    assert!(
        r.stderr
            .contains(&format!("`{}…` is not a criterion", "k".repeat(80))),
        "{}",
        r.stderr
    );
}

#[test]
fn limits_no_real_file_reaches_are_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let many = (0..5_001)
        .map(|i| format!("  kept.c-{i}: {{level: 1}}\n"))
        .collect::<String>();
    let r = score_of(&answers_file(dir.path(), &many));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.ends_with(":4:3: error[limit-exceeded]: `answers` has 5001 entries, more than the limit of 5000; no answer file needs so many: is it the right file?\n1 of 1 file could not be scored\n"),
        "{}",
        r.stderr
    );
    let note = "n".repeat(100_001);
    let r = score_of(&answers_file(
        dir.path(),
        &format!("  governance.mandate: {{level: 1, note: {note}}}\n"),
    ));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("error[limit-exceeded]: the note of the answer to `governance.mandate` has 100001 characters, more than the limit of 100000; keep long documents as evidence (a file name or a link) instead"),
        "{}",
        r.stderr
    );
    let items = (0..1_001)
        .map(|i| format!("e{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let r = score_of(&answers_file(
        dir.path(),
        &format!("  governance.mandate: {{level: 1, evidence: [{items}]}}\n"),
    ));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(
            "error[limit-exceeded]: the evidence of `governance.mandate` has 1001 entries"
        ),
        "{}",
        r.stderr
    );
    let unknown = (0..1_001)
        .map(|i| format!("extra-{i}: 1\n"))
        .collect::<String>();
    let path = dir.path().join("u.yaml");
    std::fs::write(
        &path,
        format!("format: 1\nguideline: minimal\n{unknown}answers: {{}}\n"),
    )
    .unwrap();
    let r = score_of(&path);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(
            "error[limit-exceeded]: the unknown keys of the answer file has 1001 entries"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.lines().count(), 2, "{}", r.stderr);
    // At the limits, the file is read.
    let many = (0..4_999)
        .map(|i| format!("  kept.c-{i}: {{level: 1}}\n"))
        .collect::<String>();
    let r = score_of(&answers_file(
        dir.path(),
        &format!("  governance.mandate: {{level: 2}}\n{many}"),
    ));
    assert_eq!(r.code, 0, "{}", &r.stderr[..200.min(r.stderr.len())]);
}

#[test]
fn a_level_is_one_of_0_to_4_as_a_digit_a_label_never_another_spelling() {
    let dir = tempfile::tempdir().unwrap();
    for spelling in ["0x3", "+3", "-0", "03", "3.0", "0o3", "1e0"] {
        let path = answers_file(
            dir.path(),
            &format!("  governance.mandate:\n    level: {spelling}\n"),
        );
        let r = score_of(&path);
        assert_eq!(r.code, 2, "{spelling} accepted");
        assert_eq!(
            r.stderr,
            format!(
                "{}:5:12: error[invalid-level]: level of `governance.mandate` must be 0, 1, 2, 3, 4 or na, found `{spelling}`\n1 of 1 file could not be scored\n",
                path.display()
            )
        );
    }
    for good in [
        "0",
        "3",
        "4",
        "na\n    reason: none",
        "N/A\n    reason: none",
    ] {
        let path = answers_file(
            dir.path(),
            &format!("  governance.mandate:\n    level: {good}\n"),
        );
        assert_eq!(score_of(&path).code, 0, "{good} refused");
    }
}

#[test]
fn evidence_items_are_trimmed_one_or_many_and_blank_ones_dropped() {
    let dir = tempfile::tempdir().unwrap();
    for (written, read) in [
        ("\" padded \"", vec!["padded"]),
        ("[\" one \", \"two  \", \"  \"]", vec!["one", "two"]),
        ("\n      - \" a \"\n      - b", vec!["a", "b"]),
    ] {
        let path = answers_file(
            dir.path(),
            &format!("  governance.mandate:\n    level: 1\n    evidence: {written}\n"),
        );
        let (file, _) = wen_assess::answers::load_answers(&path).unwrap();
        assert_eq!(
            file.answer("governance.mandate").unwrap().evidence,
            read,
            "{written}"
        );
    }
}

#[test]
fn one_country_in_two_unicode_forms_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, country) in [
        ("nfc.yaml", "Côte d'Ivoire"),
        ("nfd.yaml", "Co\u{302}te D\u{2019}ivoire "),
    ] {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            format!("format: 1\nguideline: minimal\nrespondent: {{country: \"{country}\"}}\nanswers:\n  governance.mandate: {{level: 2}}\n"),
        )
        .unwrap();
        paths.push(path);
    }
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "aggregate",
        paths[0].to_str().unwrap(),
        paths[1].to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains("is also given by"), "{}", r.stderr);
}
