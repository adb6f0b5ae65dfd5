//! `validate`: every code has a fixture, whose output is a snapshot;
//! positions point at the node.

use super::{repo, wen};

/// Without arguments `validate` checks the guidelines inside the program,
/// named as such: an installed program has no `guidelines/` folder.
#[test]
fn builtin_guidelines_are_valid() {
    let r = wen(&["validate"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    insta::assert_snapshot!(r.stdout);
}

/// In JSON a built-in guideline has `builtin` and `version` instead of a
/// `file`; GitHub annotations, made for findings only, are none.
#[test]
fn builtin_guidelines_in_json_and_github_formats() {
    let r = wen(&["validate", "--format", "json"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(
        r.stdout,
        r#"{
  "diagnostics": [],
  "errors": 0,
  "files": [
    {
      "builtin": "establishing",
      "criteria": 37,
      "valid": true,
      "version": "1.1.0"
    },
    {
      "builtin": "strengthening",
      "criteria": 39,
      "valid": true,
      "version": "1.1.0"
    }
  ],
  "schema": "wen-assess/validate/1",
  "warnings": 0
}
"#
    );
    let r = wen(&["validate", "--format", "github"]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
}

#[test]
fn the_guidelines_folder_validates_like_the_builtins() {
    let r = wen(&["validate", "guidelines/"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout
            .ends_with("2 files checked: 0 errors, 0 warnings\n"),
        "{}",
        r.stdout
    );
}

/// Each fixture `invalid/<code>.yaml` gives the output in its snapshot
/// (`snapshots/cli__validate__every_code_has_a_fixture@<code>.yaml.snap`),
/// contains a finding with that code, and exits 1 (0 for warnings).
#[test]
fn every_code_has_a_fixture() {
    let dir = repo("tests/fixtures/guidelines/invalid");
    let fixtures = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "yaml")
        })
        .count();
    assert!(fixtures >= 25, "{fixtures} fixtures");
    let root = repo("").canonicalize().unwrap();
    insta::glob!("../fixtures/guidelines/invalid", "*.yaml", |path| {
        // `/`-separated on every system, as the snapshots show it (Windows
        // takes `/` as a separator too).
        let rel = &path
            .strip_prefix(&root)
            .unwrap()
            .to_str()
            .unwrap()
            .replace('\\', "/");
        let code = path.file_stem().unwrap().to_str().unwrap();
        let r = wen(&["validate", rel]);
        let warning_only = ["undeclared-language", "unused-reference"].contains(&code);
        let marker = if warning_only {
            format!("warning[{code}]")
        } else {
            format!("error[{code}]")
        };
        assert!(
            r.stdout.contains(&marker),
            "{rel}: no {marker} in\n{}",
            r.stdout
        );
        assert_eq!(r.code, if warning_only { 0 } else { 1 }, "{rel}");
        assert_eq!(r.stderr, "", "{rel}");
        insta::with_settings!({
            description => format!("wen-assess validate {rel}"),
            omit_expression => true,
        }, {
            insta::assert_snapshot!(r.stdout);
        });
    });
}

#[test]
fn duplicate_id_points_at_the_second_occurrence() {
    let r = wen(&[
        "validate",
        "tests/fixtures/guidelines/invalid/duplicate-id.yaml",
    ]);
    assert_eq!(
        r.stdout.lines().next().unwrap(),
        "tests/fixtures/guidelines/invalid/duplicate-id.yaml:39:13: error[duplicate-id]: criterion id `governance.mandate` is already used at line 22"
    );
}

#[test]
fn collects_problems_from_several_files_and_keeps_going() {
    let r = wen(&[
        "validate",
        "tests/fixtures/guidelines/invalid/invalid-weight.yaml",
        "tests/fixtures/guidelines/invalid/invalid-url.yaml",
        "tests/fixtures/guidelines/valid/minimal.yaml",
    ]);
    assert_eq!(r.code, 1);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn unreadable_paths_exit_2_and_the_rest_is_still_checked() {
    let r = wen(&[
        "validate",
        "no/such/file.yaml",
        "tests/fixtures/guidelines/valid/minimal.yaml",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: no/such/file.yaml: cannot read: no such file\n"
    );
    assert!(r.stdout.contains("minimal.yaml: ok"));
    let r = wen(&["validate", "src/report"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: src/report: no guideline files (*.yaml, *.yml) in this folder\n"
    );
}

#[test]
fn json_format_has_the_same_findings() {
    let r = wen(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/guidelines/invalid/missing-level.yaml",
    ]);
    assert_eq!(r.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["schema"], "wen-assess/validate/1");
    assert_eq!(doc["errors"], 1);
    assert_eq!(
        doc["diagnostics"][0],
        serde_json::json!({
            "severity": "error",
            "code": "missing-level",
            "file": "tests/fixtures/guidelines/invalid/missing-level.yaml",
            "line": 44,
            "column": 11,
            "message": "criterion `governance.meetings` has no descriptor for level 3"
        })
    );
    assert_eq!(doc["files"][0]["valid"], false);
}

#[test]
fn github_format_prints_annotations() {
    let r = wen(&[
        "validate",
        "--format",
        "github",
        "tests/fixtures/guidelines/invalid/invalid-target.yaml",
    ]);
    assert_eq!(
        r.stdout,
        "::error file=tests/fixtures/guidelines/invalid/invalid-target.yaml,line=16,col=9,title=invalid-target::target 5 is outside the scale 0-4\n"
    );
    assert_eq!(r.code, 1);
}

#[test]
fn hostile_guideline_files_fail_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.yaml");
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 0..10 {
        let p = if i == 0 {
            "a".to_string()
        } else {
            format!("b{}", i - 1)
        };
        text.push_str(&format!(
            "b{i}: &b{i} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        ));
    }
    std::fs::write(&bomb, text).unwrap();
    let deep = dir.path().join("deep.yaml");
    std::fs::write(&deep, "[".repeat(100_000)).unwrap();
    let binary = dir.path().join("binary.yaml");
    std::fs::write(&binary, b"format: 1\n\x00\xff\xfe").unwrap();
    for (path, expected) in [
        (
            &bomb,
            "error[yaml-syntax]: aliases (`*name`) expand the file to more than 100000 values",
        ),
        (
            &deep,
            ":1:33: error[yaml-syntax]: nesting deeper than 32 levels",
        ),
    ] {
        let r = wen(&["validate", path.to_str().unwrap()]);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stdout.contains(expected), "{}", r.stdout);
    }
    let r = wen(&["validate", binary.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.ends_with(
            "binary.yaml:2:1: not UTF-8 text; save the file as UTF-8 (or is it a binary file?)\n"
        ),
        "{}",
        r.stderr
    );
}
