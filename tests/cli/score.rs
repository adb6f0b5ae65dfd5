//! `score`: tables, JSON, CSV, gates, many files, bad files.

use super::{MINIMAL, wen};

#[test]
fn table_for_one_file() {
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "score",
        "tests/fixtures/answers/minimal.yaml",
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn warnings_go_to_stderr_and_targets_apply() {
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "score",
        "tests/fixtures/answers/old-version.yaml",
    ]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr,
        "tests/fixtures/answers/old-version.yaml: warning[guideline-version]: answers were given against `minimal` 0.9.0 and are scored against 1.0.0\n\
         tests/fixtures/answers/old-version.yaml:4:33: warning[unknown-area]: `training` is not an area of `minimal`; its target is ignored\n\
         tests/fixtures/answers/old-version.yaml:8:3: warning[unknown-criterion]: `governance.retired-criterion` is not a criterion of `minimal` 1.0.0; the answer is kept but not scored\n"
    );
    assert!(
        r.stdout
            .contains("│ Finance    ┆      3.0 ┆ Established ┆      4 ┆ 1.0 ┆      1/1 │"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .ends_with("coverage 67% (2 scored, 0 N/A, 1 not answered)\nProvisional: 2 of 3 criteria answered (67%). The scores will change as the others are answered.\n")
    );
}

#[test]
fn json_has_a_schema_and_every_area() {
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "score",
        "--format",
        "json",
        "tests/fixtures/answers/minimal.yaml",
    ]);
    assert_eq!(r.code, 0);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["schema"], "wen-assess/score/1");
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn csv_has_one_row_per_area_and_overall() {
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "score",
        "--format",
        "csv",
        "tests/fixtures/answers/minimal.yaml",
        "tests/fixtures/answers/old-version.yaml",
    ]);
    assert_eq!(r.code, 0);
    insta::assert_snapshot!(r.stdout);
}

#[test]
fn fail_under_gates_on_overall_maturity() {
    let args = |n: &'static str| {
        [
            "--guidelines",
            MINIMAL,
            "score",
            "--fail-under",
            n,
            "tests/fixtures/answers/minimal.yaml",
        ]
    };
    let r = wen(&args("2.7"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = wen(&args("3"));
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stderr,
        "tests/fixtures/answers/minimal.yaml: overall maturity 2.7 is below --fail-under 3\n"
    );
    let r = wen(&args("7"));
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "error: --fail-under 7 is outside the scale 0-4\n");
}

#[test]
fn bad_files_are_reported_and_the_others_still_scored() {
    let r = wen(&[
        "--guidelines",
        MINIMAL,
        "score",
        "tests/fixtures/answers/invalid-level.yaml",
        "tests/fixtures/answers/minimal.yaml",
        "tests/fixtures/answers/na-without-reason.yaml",
        "tests/fixtures/answers/missing.yaml",
    ]);
    assert_eq!(r.code, 2);
    let alone = wen(&[
        "--guidelines",
        MINIMAL,
        "score",
        "tests/fixtures/answers/minimal.yaml",
    ]);
    assert_eq!(r.stdout, alone.stdout);
    assert_eq!(
        r.stderr,
        "tests/fixtures/answers/invalid-level.yaml:5:12: error[invalid-level]: level of `governance.mandate` must be 0, 1, 2, 3, 4 or na, found `5`\n\
         tests/fixtures/answers/invalid-level.yaml:7:12: error[invalid-level]: level of `governance.meetings` must be 0, 1, 2, 3, 4 or na, found `two`\n\
         tests/fixtures/answers/invalid-level.yaml:9:12: error[invalid-level]: level of `finance.core-funding` must be 0, 1, 2, 3, 4 or na, found `-1`\n\
         tests/fixtures/answers/na-without-reason.yaml:5:12: error[na-without-reason]: `governance.mandate` is marked `na` but has no `reason:`; say why it does not apply\n\
         error: tests/fixtures/answers/missing.yaml: cannot read: no such file\n\
         3 of 4 files could not be scored\n"
    );
}

#[test]
fn answers_for_a_guideline_not_loaded_are_refused() {
    let r = wen(&[
        "--no-builtin-guidelines",
        "--guidelines",
        MINIMAL,
        "score",
        "tests/fixtures/answers/other-guideline.yaml",
    ]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: tests/fixtures/answers/other-guideline.yaml: answers are for guideline `strengthening`, which is not loaded (available: minimal); use --guidelines PATH to load it\n\
         1 of 1 file could not be scored\n"
    );
}

#[test]
fn syntax_errors_duplicates_and_empty_files_have_positions() {
    for (file, expected) in [
        (
            "syntax-error",
            "tests/fixtures/answers/syntax-error.yaml:4:23: error[yaml-syntax]: brackets `[ ]` or braces `{ }` do not match, or a comma is missing between items\n",
        ),
        (
            "duplicate-answer",
            "tests/fixtures/answers/duplicate-answer.yaml:6:3: error[duplicate-key]: duplicate key `governance.mandate`: it is already used at line 4, and each key may appear only once in a mapping\n",
        ),
        (
            "empty",
            "tests/fixtures/answers/empty.yaml:1:1: error[yaml-syntax]: the file is empty\n",
        ),
    ] {
        let path = format!("tests/fixtures/answers/{file}.yaml");
        let r = wen(&["--guidelines", MINIMAL, "score", &path]);
        assert_eq!(r.code, 2);
        assert_eq!(
            r.stderr,
            format!("{expected}1 of 1 file could not be scored\n")
        );
    }
}

/// The examples are answered against the built-in guidelines' version and
/// score without a word on standard error, every criterion answered. The
/// establishing example as it was at 1.0.0, kept as a fixture, gets the
/// version warning; its answers to criteria that later versions moved
/// (`replaces`) are scored at their new place; its empty entry for a
/// criterion merged into an answered one is no answer, and no warning.
#[test]
fn the_examples_score_against_the_builtin_guidelines() {
    let r = wen(&[
        "score",
        "examples/strengthening-example.yaml",
        "examples/establishing-example.yaml",
    ]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    assert_eq!(r.stdout.matches("│ Overall").count(), 2);
    assert_eq!(r.stdout.matches("coverage 100%").count(), 2, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("│ Membership   ┆      0.8 ┆ Absent  ┆      3 ┆ 2.2 ┆      8/8 │"),
        "{}",
        r.stdout
    );

    let old = "tests/fixtures/answers/establishing-1.0.0.yaml";
    let r = wen(&["score", old]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (
            0,
            "tests/fixtures/answers/establishing-1.0.0.yaml: warning[guideline-version]: answers were given against `establishing` 1.0.0 and are scored against 1.2.0\n\
             tests/fixtures/answers/establishing-1.0.0.yaml:153:3: warning[migrated-answer]: `deliverables.contact-directory` is `membership.contact-directory` in `establishing` 1.2.0; its answer is scored there (wen-assess migrate rewrites the file)\n\
             tests/fixtures/answers/establishing-1.0.0.yaml:157:3: warning[migrated-answer]: `deliverables.working-languages` is `membership.working-languages` in `establishing` 1.2.0; its answer is scored there (wen-assess migrate rewrites the file)\n"
        )
    );
    assert!(
        r.stdout
            .contains("│ Membership   ┆      1.2 ┆ Initial ┆      3 ┆ 1.8 ┆      7/8 │"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_csv_file_is_told_apart_from_answers() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("scores.csv");
    std::fs::write(&csv, "file,area,maturity\na.yaml,membership,2.1\n").unwrap();
    let r = wen(&["score", csv.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!(
            "{}:1:1: error[wrong-type]: the answer file must be a mapping (`format: 1`, `guideline: ...`, `answers: ...`), found text: is it another kind of file, such as a CSV? Answers are YAML, or a workbook (.xlsx, .ods)\n1 of 1 file could not be scored\n",
            csv.display()
        )
    );
}
