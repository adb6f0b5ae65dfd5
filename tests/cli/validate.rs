//! `validate`: every code has a fixture, whose output is a snapshot;
//! positions point at the node. Then what the people who keep a guideline
//! file meet: `--against` the previous version, `--allow` and `--deny`,
//! repeated findings grouped, versions ordered as semver orders them, hints
//! where a person can fix the file, and `--guidelines` beside the built-in
//! guidelines.

use super::{MINIMAL, Run, repo, seen, wen};

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
      "criteria": 38,
      "valid": true,
      "version": "1.2.0"
    },
    {
      "builtin": "strengthening",
      "criteria": 38,
      "valid": true,
      "version": "1.2.0"
    }
  ],
  "schema": "wen-assess/validate/1",
  "silenced": 0,
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
        let warning_only = [
            "undeclared-language",
            "unused-reference",
            "reused-builtin-version",
        ]
        .contains(&code);
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
        "tests/fixtures/guidelines/invalid/duplicate-id.yaml:41:13: error[duplicate-id]: criterion id `governance.mandate` is already used at line 22"
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
            "line": 47,
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

/// Runs `validate` with `args`, checks the exit code, and snapshots what
/// the user reads (stdout, then stderr when there is any) under `name`,
/// the command line as its description.
fn check(name: &str, args: &[&str], code: i32) -> Run {
    let r = wen(args);
    assert_eq!(r.code, code, "{args:?}: {}{}", r.stdout, r.stderr);
    insta::with_settings!({
        description => format!("wen-assess {}", args.join(" ")),
        omit_expression => true,
    }, {
        insta::assert_snapshot!(name.to_string(), seen(&r));
    });
    r
}

const ATLANTIS: &str = "tests/fixtures/guidelines/against/strengthening-atlantis.yaml";

fn against(name: &str) -> String {
    format!("tests/fixtures/guidelines/against/{name}.yaml")
}

/// The case of the issue: a national variant of `strengthening` renames a
/// criterion without `replaces:`. Alone it is valid; against the built-in
/// guideline, or the file it was copied from, the old id is named, at the
/// criterion that took its place, with the line to add.
#[test]
fn against_a_national_variant_names_the_renamed_criterion() {
    let r = wen(&["validate", ATLANTIS]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    check(
        "against_builtin_strengthening",
        &["validate", ATLANTIS, "--against", "strengthening"],
        1,
    );
    check(
        "against_the_file_it_was_copied_from",
        &[
            "validate",
            ATLANTIS,
            "--against",
            "guidelines/strengthening.yaml",
        ],
        1,
    );
}

/// A rename with `replaces:` and a higher version is clean, and the line
/// after the findings counts it.
#[test]
fn against_a_rename_with_replaces_is_clean() {
    let r = check(
        "against_rename_with_replaces",
        &[
            "validate",
            &against("minimal-1.1.0-replaces"),
            "--against",
            MINIMAL,
        ],
        0,
    );
    assert!(r.stdout.contains("0 criteria added, 1 renamed, 0 removed"));
}

/// A criterion renamed without `replaces:`, or removed, is an error naming
/// the old id (and, for a rename, the new one); when the major version
/// grows, the removal is meant, and a warning.
#[test]
fn against_a_removed_criterion_is_an_error_unless_the_major_version_grows() {
    check(
        "against_renamed_without_replaces",
        &[
            "validate",
            &against("minimal-1.1.0-renamed"),
            "--against",
            MINIMAL,
        ],
        1,
    );
    check(
        "against_removed",
        &[
            "validate",
            &against("minimal-1.1.0-removed"),
            "--against",
            MINIMAL,
        ],
        1,
    );
    check(
        "against_removed_in_a_major_version",
        &[
            "validate",
            &against("minimal-2.0.0-removed"),
            "--against",
            MINIMAL,
        ],
        0,
    );
}

/// Under the same version: a criterion added is an error (the version must
/// grow), a changed scope, weight, level text and area weight are warnings,
/// grouped into one line without `--verbose`.
#[test]
fn against_changes_under_the_same_version() {
    let new = against("minimal-1.0.0-changed");
    check(
        "against_same_version_verbose",
        &["validate", &new, "--against", MINIMAL, "--verbose"],
        1,
    );
    check(
        "against_same_version_grouped",
        &["validate", &new, "--against", MINIMAL],
        1,
    );
}

/// Versions order as semver orders them: 0.9.0 and 1.0.0-rc.1 are lower
/// than 1.0.0, and 1.0.0 is higher than its release candidate.
#[test]
fn against_orders_versions_as_semver_does() {
    check(
        "against_lower_versions",
        &[
            "validate",
            &against("minimal-0.9.0"),
            &against("minimal-1.0.0-rc.1"),
            "--against",
            MINIMAL,
        ],
        1,
    );
    let r = wen(&[
        "validate",
        MINIMAL,
        "--against",
        &against("minimal-1.0.0-rc.1"),
    ]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (
            0,
            "tests/fixtures/guidelines/valid/minimal.yaml: ok, 3 criteria in 2 areas\n\
             tests/fixtures/guidelines/valid/minimal.yaml against tests/fixtures/guidelines/against/minimal-1.0.0-rc.1.yaml (1.0.0-rc.1): 0 criteria added, 0 renamed, 0 removed, 0 changed\n\
             1 file checked: 0 errors, 0 warnings\n"
        )
    );
    let r = wen(&[
        "validate",
        "tests/fixtures/guidelines/valid/prerelease.yaml",
    ]);
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (
            0,
            "tests/fixtures/guidelines/valid/prerelease.yaml: ok, 3 criteria in 2 areas\n\
             1 file checked: 0 errors, 0 warnings\n"
        )
    );
}

/// Two files of different ids compare, with a warning that answers to the
/// old one are not read against the new one.
#[test]
fn against_a_guideline_of_another_id() {
    check(
        "against_another_id",
        &[
            "validate",
            &against("minimal-atlantis"),
            "--against",
            MINIMAL,
        ],
        0,
    );
}

/// An `--against` that is no file and no built-in guideline, or a file
/// that is not a guideline, stops with exit 2 and says why.
#[test]
fn against_something_that_is_not_a_guideline() {
    let r = wen(&["validate", MINIMAL, "--against", "strenghtening"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            "error: --against strenghtening: no such file or folder, and no built-in guideline of that id (built in: establishing, strengthening); did you mean `strengthening`?\n"
        )
    );
    let r = wen(&[
        "validate",
        MINIMAL,
        "--against",
        "tests/fixtures/answers/other-guideline.yaml",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: --against tests/fixtures/answers/other-guideline.yaml: not a guideline file to compare with: tests/fixtures/answers/other-guideline.yaml:1:1: error[not-a-guideline]: this is an answer file (it has `answers:`), not a guideline file; score it with `wen-assess score tests/fixtures/answers/other-guideline.yaml`\n"
    );
}

/// In JSON a file compared `--against` another says with what, and which
/// ids were added, renamed, removed and changed; GitHub annotations carry
/// the findings on the new file's lines.
#[test]
fn against_in_json_and_github_formats() {
    let r = wen(&[
        "validate",
        "--format",
        "json",
        ATLANTIS,
        "--against",
        "strengthening",
    ]);
    assert_eq!(r.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        doc["files"][0]["against"],
        serde_json::json!({
            "builtin": "strengthening",
            "version": "1.2.0",
            "added": ["deliverables.cyber-enabled-crime"],
            "renamed": [],
            "removed": ["deliverables.online-crime"],
            "changed": [],
        })
    );
    assert_eq!(doc["files"][0]["valid"], false);
    assert_eq!(doc["diagnostics"][0]["code"], "removed-criterion");
    let r = wen(&[
        "validate",
        "--format",
        "json",
        &against("minimal-1.1.0-replaces"),
        "--against",
        MINIMAL,
    ]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        doc["files"][0]["against"],
        serde_json::json!({
            "file": MINIMAL,
            "version": "1.0.0",
            "added": [],
            "renamed": [{"from": "governance.mandate", "to": "governance.charter"}],
            "removed": [],
            "changed": [],
        })
    );
    check(
        "against_github",
        &[
            "validate",
            "--format",
            "github",
            ATLANTIS,
            "--against",
            "strengthening",
        ],
        1,
    );
}

const UNUSED: &str = "tests/fixtures/guidelines/invalid/unused-reference.yaml";

/// `--allow` hides the warnings of a code and says how many; `--deny`
/// makes them errors (exit 1).
#[test]
fn allow_silences_a_warning_code_and_deny_makes_it_an_error() {
    check(
        "allow_unused_reference",
        &["validate", UNUSED, "--allow", "unused-reference"],
        0,
    );
    check(
        "deny_unused_reference",
        &["validate", UNUSED, "--deny", "unused-reference"],
        1,
    );
}

/// A code that is none, an error given to `--allow`, or one code given to
/// both: a usage error (exit 2) saying which codes there are.
#[test]
fn allow_and_deny_refuse_what_they_cannot_do() {
    check(
        "allow_a_mistyped_code",
        &["validate", UNUSED, "--allow", "unused-refrence"],
        2,
    );
    check(
        "deny_a_code_that_is_none",
        &["validate", UNUSED, "--deny", "scope"],
        2,
    );
    check(
        "allow_an_error",
        &["validate", UNUSED, "--allow", "duplicate-id"],
        2,
    );
    let r = wen(&[
        "validate",
        UNUSED,
        "--allow",
        "unused-reference",
        "--deny",
        "unused-reference",
    ]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (
            2,
            "",
            "error: `unused-reference` is given to both --allow and --deny; keep one\n"
        )
    );
}

/// A language declared and missing from every text is one line with a
/// count, in the human form, as one GitHub annotation and as one JSON
/// entry with `count`; `--verbose` lists them all.
#[test]
fn repeated_findings_are_one_line_with_a_count_unless_verbose() {
    let file = "tests/fixtures/guidelines/hints/french-missing.yaml";
    check("repeated_grouped", &["validate", file], 1);
    check(
        "repeated_github",
        &["validate", "--format", "github", file],
        1,
    );
    let r = wen(&["validate", "--format", "json", file]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["errors"], 57);
    assert_eq!(
        doc["diagnostics"],
        serde_json::json!([{
            "severity": "error",
            "code": "missing-translation",
            "file": file,
            "line": 6,
            "column": 8,
            "message": "the guideline title has no `fr` text",
            "count": 57,
        }])
    );
    let r = wen(&["validate", "--verbose", file]);
    assert_eq!(r.stdout.lines().count(), 57 + 1);
    let r = wen(&["validate", "--format", "json", "-v", file]);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["diagnostics"].as_array().unwrap().len(), 57);
}

/// The issue's file: the built-in `strengthening` with `languages: [en,
/// fr]`, its Spanish and Portuguese texts undeclared, gave a thousand
/// warnings, one line each; now one line.
#[test]
fn a_thousand_findings_of_a_code_are_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(repo("guidelines/strengthening.yaml"))
        .unwrap()
        .replace("languages: [en, fr, es, pt]", "languages: [en, fr]")
        .replace("version: 1.2.0", "version: 1.3.0-rc.1");
    let file = dir.path().join("strengthening-en-fr.yaml");
    std::fs::write(&file, text).unwrap();
    let r = wen(&["validate", file.to_str().unwrap()]);
    assert_eq!(r.code, 0);
    let shown = r.stdout.replace(&*dir.path().to_string_lossy(), "TMP");
    insta::assert_snapshot!("a_thousand_warnings", shown);
}

/// Where a person can fix the file, the message says how: a weight with a
/// decimal comma, a mistyped reference, a criterion id that does not start
/// with its area's.
#[test]
fn hints_say_how_to_fix_the_file() {
    check(
        "hints",
        &[
            "validate",
            "tests/fixtures/guidelines/hints/decimal-comma.yaml",
            "tests/fixtures/guidelines/hints/mistyped-reference.yaml",
            "tests/fixtures/guidelines/hints/criterion-id-prefix.yaml",
        ],
        1,
    );
}

/// `--guidelines` adds to the built-in guidelines; a file with a built-in
/// id takes its place and says so on standard error;
/// `--no-builtin-guidelines` keeps only the given files, and needs them.
#[test]
fn guidelines_add_to_the_builtin_ones() {
    check(
        "guidelines_added",
        &["--guidelines", MINIMAL, "guidelines"],
        0,
    );
    check(
        "guidelines_replacing_a_builtin",
        &["--guidelines", ATLANTIS, "guidelines"],
        0,
    );
    check(
        "guidelines_only",
        &[
            "--guidelines",
            MINIMAL,
            "--no-builtin-guidelines",
            "guidelines",
        ],
        0,
    );
    let r = wen(&["--no-builtin-guidelines", "guidelines"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with(
            "error: the following required arguments were not provided:\n  --guidelines <PATH>\n"
        ),
        "{}",
        r.stderr
    );
}

/// The JSON Schema editors use takes the versions `validate` takes:
/// pre-releases yes, leading zeros and build metadata no.
#[test]
fn the_guideline_schema_takes_the_versions_validate_takes() {
    let r = wen(&["schema", "guideline"]);
    let schema: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let pattern = &schema["properties"]["version"]["pattern"];
    let validator =
        jsonschema::validator_for(&serde_json::json!({"type": "string", "pattern": pattern}))
            .unwrap();
    for ok in [
        "1.2.0",
        "1.2.0-rc.1",
        "1.1.0-rocaf.1",
        "1.3.0-atlantis.1",
        "0.0.0-0",
    ] {
        assert!(validator.is_valid(&serde_json::json!(ok)), "{ok}");
        let r = wen_assess::model::Version::parse(ok);
        assert!(r.is_ok(), "{ok}");
    }
    for bad in [
        "1.2",
        "01.2.0",
        "1.2.0-rc.01",
        "1.2.0+atlantis",
        "1.2.0-",
        "v1.2.0",
    ] {
        assert!(!validator.is_valid(&serde_json::json!(bad)), "{bad}");
        assert!(wen_assess::model::Version::parse(bad).is_err(), "{bad}");
    }
}

/// An `--against` whose guidelines match none of the files checked would
/// let a CI step pass having compared nothing: exit 2, the files still
/// checked.
#[test]
fn against_a_guideline_matching_none_of_the_files_is_an_error() {
    let r = wen(&[
        "validate",
        MINIMAL,
        "tests/fixtures/guidelines/valid/prerelease.yaml",
        "--against",
        "strengthening",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: --against strengthening: nothing to compare: it holds `strengthening`, and no guideline checked has that id\n"
    );
    assert!(
        r.stdout
            .ends_with("2 files checked: 0 errors, 0 warnings\n")
    );
}
